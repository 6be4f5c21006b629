// The query page's "Insert an IRI" box: typing a name searches /search, and choosing a match
// inserts its IRI, in angle brackets, at the editor's cursor.
(function () {
  'use strict';
  const input = document.getElementById('iri-search');
  const list = document.getElementById('iri-suggestions');
  if (!input || !list || !window.PactAutocomplete) return;
  window.PactAutocomplete.attach(input, list, function (r) {
    const editor = window.pactgraph && window.pactgraph.page.yasqe;
    if (editor) {
      editor.replaceSelection('<' + r.id + '>');
      editor.focus();
    }
    input.value = '';
  });
})();
