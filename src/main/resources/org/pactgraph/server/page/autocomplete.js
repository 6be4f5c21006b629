// Entity autocomplete from /search: attach(input, list, choose) shows the best matches of what is
// typed in the input as items of the list; a click, or Enter on the current item (arrows move),
// calls choose(result) with the search result ({id, name, ...}). Used by the query page (inserts
// an IRI into the editor) and by the review page (picks a subject, object or merge target).
(function () {
  'use strict';

  function attach(input, list, choose) {
    let results = [];
    let current = -1;
    let timer = null;
    let asked = 0;

    function show() {
      list.textContent = '';
      results.forEach(function (r, i) {
        const li = document.createElement('li');
        if (i === current) li.className = 'current';
        li.textContent = r.name;
        const iri = document.createElement('span');
        iri.className = 'iri';
        iri.textContent = r.id;
        li.appendChild(iri);
        li.addEventListener('mousedown', function (ev) {
          ev.preventDefault();
          pick(i);
        });
        list.appendChild(li);
      });
    }

    function pick(i) {
      if (i < 0 || i >= results.length) return;
      choose(results[i]);
      results = [];
      current = -1;
      show();
    }

    function search() {
      const q = input.value.trim();
      const mine = ++asked;
      if (q.length < 2) {
        results = [];
        show();
        return;
      }
      fetch('/search?limit=8&q=' + encodeURIComponent(q), { headers: { Accept: 'application/json' } })
        .then(function (r) { return r.ok ? r.json() : { results: [] }; })
        .then(function (answer) {
          if (mine !== asked) return; // a later keystroke asked again
          results = answer.results || [];
          current = results.length ? 0 : -1;
          show();
        })
        .catch(function () { results = []; show(); });
    }

    input.addEventListener('input', function () {
      clearTimeout(timer);
      timer = setTimeout(search, 150);
    });
    input.addEventListener('keydown', function (ev) {
      if (ev.key === 'ArrowDown' && results.length) { current = (current + 1) % results.length; show(); ev.preventDefault(); }
      else if (ev.key === 'ArrowUp' && results.length) { current = (current + results.length - 1) % results.length; show(); ev.preventDefault(); }
      else if (ev.key === 'Enter' && current >= 0) { pick(current); ev.preventDefault(); }
      else if (ev.key === 'Escape') { results = []; show(); }
    });
  }

  window.PactAutocomplete = { attach: attach };
})();
