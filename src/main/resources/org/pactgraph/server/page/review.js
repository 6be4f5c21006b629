// The review queue page: lists a page of /review/queue (?offset=&limit= of the page's own address),
// moves with j/k, decides with a/r (and e/m, which open a search box fed by /search), posts each
// decision to /review/decide and takes one back with u (/review/undo). The browser sends the
// writer's credentials it was asked for when it opened /review.
(function () {
  'use strict';

  const queue = document.getElementById('queue');
  const status = document.getElementById('status');
  const template = document.getElementById('item');
  let items = [];
  let current = 0;
  let lastDecided = null;

  function say(text, error) {
    status.textContent = text;
    status.className = error ? 'error' : '';
  }

  function label(term) {
    return term.label ? term.label + ' (' + term.short + ')' : term.short;
  }

  function render(item) {
    const li = template.content.firstElementChild.cloneNode(true);
    li.dataset.key = item.key;
    li.querySelector('.kind').textContent = item.kind;
    li.querySelector('.confidence').textContent = item.confidence !== undefined ? 'confidence ' + item.confidence : '';
    li.querySelector('.rule').textContent = item.rule ? 'rule ' + item.rule : '';
    li.querySelector('.key').textContent = item.key;
    li.querySelector('.head').append(document.createElement('span'));
    li.querySelector('.head').lastChild.className = 'verdict';
    li.querySelector('.statement').textContent = item.kind === 'fact'
      ? item.facts.join('\n')
      : 'new entity ' + label(item.entity);
    li.querySelector('.before').textContent = item.before;
    li.querySelector('.sentence').textContent = item.sentence;
    li.querySelector('.after').textContent = item.after;
    li.querySelector('.reason').textContent = item.reason ? 'Sent to review by the load: ' + item.reason : '';
    li.querySelector('.effect').textContent = item.kind === 'fact'
      ? (item.adds.length ? 'Approving asserts:\n  ' + item.adds.join('\n  ') : 'Approving adds nothing new (asserted already).')
        + '\nEditing replaces ' + label(item.object.iri ? item.object : item.subject) + ' in all of them.'
      : 'Approving removes its review mark (the next load checks it like curated data); rejecting removes it from '
        + item.graph.replace(/^.*\/graph\//, 'graph/') + '; merging rewrites it to the resource you pick.';
    li.querySelector('.edit').hidden = item.kind !== 'fact';
    li.querySelector('.merge').hidden = item.kind !== 'entity';
    li.querySelector('.approve').addEventListener('click', function () { decide(item, { action: 'approve', key: item.key }); });
    li.querySelector('.reject').addEventListener('click', function () { decide(item, { action: 'reject', key: item.key }); });
    li.querySelector('.edit').addEventListener('click', function () { openEditor(li, item, 'edit'); });
    li.querySelector('.merge').addEventListener('click', function () { openEditor(li, item, 'merge'); });
    li.querySelector('.undo').addEventListener('click', function () { undo(item); });
    li.addEventListener('click', function () { select(items.indexOf(item)); });
    item.element = li;
    return li;
  }

  function openEditor(li, item, mode) {
    const form = li.querySelector('.editor');
    const input = form.querySelector('input');
    const role = form.querySelector('.role');
    const list = form.querySelector('.suggestions');
    let field = mode === 'merge' ? 'into' : (item.object.iri && item.object.iri.indexOf('/id/org/') > 0 ? 'object' : 'subject');
    role.textContent = mode === 'merge' ? 'Merge into' : 'New ' + field;
    form.hidden = false;
    input.value = '';
    if (!form.dataset.ready) {
      form.dataset.ready = 'yes';
      window.PactAutocomplete.attach(input, list, function (r) { input.value = r.id; });
      form.querySelector('.cancel').addEventListener('click', function () { form.hidden = true; li.focus(); });
      form.addEventListener('submit', function (ev) {
        ev.preventDefault();
        const chosen = input.value.trim();
        if (!chosen) return;
        const body = form.dataset.mode === 'merge'
          ? { action: 'merge', from: item.entity.iri, into: chosen }
          : { action: 'edit', key: item.key };
        if (form.dataset.mode !== 'merge') body[form.dataset.field] = chosen;
        decide(item, body);
      });
    }
    form.dataset.mode = mode;
    form.dataset.field = field;
    input.focus();
  }

  function select(i) {
    if (!items.length) return;
    current = Math.max(0, Math.min(items.length - 1, i));
    items.forEach(function (it, j) { it.element.classList.toggle('current', j === current); });
    items[current].element.focus();
    items[current].element.scrollIntoView({ block: 'nearest' });
  }

  function decide(item, fields) {
    if (item.decided) return;
    const body = new URLSearchParams(fields);
    // The item's graph lets the server find it there instead of building the whole queue.
    if (fields.action !== 'merge') body.set('graph', item.graph);
    fetch('/review/decide', { method: 'POST', body: body, credentials: 'same-origin' })
      .then(function (r) { return r.json().then(function (j) { return { ok: r.ok, json: j }; }); })
      .then(function (a) {
        if (!a.ok) { say(a.json.error || 'refused', true); return; }
        item.decided = a.json.key;
        lastDecided = item;
        item.element.classList.add('done');
        item.element.querySelector('.editor').hidden = true;
        item.element.querySelector('.undo').hidden = false;
        item.element.querySelector('.verdict').textContent = ' - ' + a.json.decision + ' by ' + a.json.by;
        say(a.json.decision + ' ' + a.json.key + ' recorded (u undoes it)');
        select(current + 1);
      })
      .catch(function (e) { say('The decision was not sent: ' + e, true); });
  }

  function undo(item) {
    if (!item || !item.decided) return;
    fetch('/review/undo', { method: 'POST', body: new URLSearchParams({ key: item.decided }), credentials: 'same-origin' })
      .then(function (r) { return r.json().then(function (j) { return { ok: r.ok, json: j }; }); })
      .then(function (a) {
        if (!a.ok) { say(a.json.error || 'refused', true); return; }
        item.decided = false;
        item.element.classList.remove('done');
        item.element.querySelector('.undo').hidden = true;
        item.element.querySelector('.verdict').textContent = ' - undone by ' + a.json.by;
        say('undone ' + a.json.key + ': back in the queue');
      })
      .catch(function (e) { say('The undo was not sent: ' + e, true); });
  }

  document.addEventListener('keydown', function (ev) {
    if (ev.target.tagName === 'INPUT' || ev.ctrlKey || ev.metaKey || ev.altKey || !items.length) return;
    const item = items[current];
    if (ev.key === 'j') select(current + 1);
    else if (ev.key === 'k') select(current - 1);
    else if (ev.key === 'a') decide(item, { action: 'approve', key: item.key });
    else if (ev.key === 'r') decide(item, { action: 'reject', key: item.key });
    else if (ev.key === 'e' && item.kind === 'fact') openEditor(item.element, item, 'edit');
    else if (ev.key === 'm' && item.kind === 'entity') openEditor(item.element, item, 'merge');
    else if (ev.key === 'u' && (item.decided || lastDecided)) undo(item.decided ? item : lastDecided);
    else return;
    ev.preventDefault();
  });

  function pages(page) {
    const position = document.getElementById('position');
    position.textContent = page.items.length
      ? (page.offset + 1) + '-' + (page.offset + page.items.length) + ' of ' + page.total
      : 'none of ' + page.total;
    [['previous', page.previous], ['next', page.next]].forEach(function (p) {
      const link = document.getElementById(p[0]);
      link.hidden = !p[1];
      if (p[1]) link.href = '/review' + p[1].substring(p[1].indexOf('?'));
    });
  }

  const asked = new URLSearchParams(window.location.search);
  const bounds = new URLSearchParams();
  ['offset', 'limit'].forEach(function (name) { if (asked.has(name)) bounds.set(name, asked.get(name)); });
  fetch('/review/queue?' + bounds, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
    .then(function (r) { return r.json().then(function (j) { return { ok: r.ok, json: j }; }); })
    .then(function (a) {
      if (!a.ok) { say(a.json.error || 'The queue could not be read', true); return; }
      items = a.json.items;
      items.forEach(function (it) { queue.appendChild(render(it)); });
      pages(a.json);
      say(a.json.total ? a.json.total + ' to review' : 'Nothing to review.');
      select(0);
    })
    .catch(function (e) { say('The queue could not be read: ' + e, true); });
})();
