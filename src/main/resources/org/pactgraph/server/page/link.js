// The query in the address: the page keeps "#query=<the query, URI-encoded>" in the address bar
// as the editor changes ("&run=1" once it has run, "&view=map" when the person picked a view), so the
// address can be bookmarked or shared, as in the Wikidata Query Service. Opening such an address
// fills the editor, and runs the query when the link says run=1. The Wikidata form "#<query>"
// and "?query=<query>" are read too. The fragment never reaches the server, so a long query
// does not make a long request line.
"use strict";

(function () {
  const VIEWS = ["table", "map", "timeline", "barchart"];
  const state = { lastRun: null, view: null, written: null };

  /** The query, run flag and view that the address asks for, or null. */
  function read() {
    const hash = location.hash.substring(1);
    if (hash) {
      if (/^(query|run|view)=|&query=/.test(hash)) {
        const params = new URLSearchParams(hash.replace(/\+/g, "%2B"));
        if (params.get("query")) return linkOf(params);
      } else {
        try {
          return { query: decodeURIComponent(hash), run: false, view: null };
        } catch (e) {
          return null;
        }
      }
    }
    const search = new URLSearchParams(location.search);
    return search.get("query") ? linkOf(search) : null;
  }

  function linkOf(params) {
    const view = params.get("view");
    return { query: params.get("query"), run: ["1", "true", ""].includes(params.get("run")),
      view: VIEWS.includes(view) ? view : null };
  }

  /** The fragment for a query; it runs when opened if run is true. */
  function fragment(query, run, view) {
    return "#query=" + encodeURIComponent(query) + (run ? "&run=1" : "") + (view ? "&view=" + view : "");
  }

  function update() {
    const page = window.pactgraph.page;
    if (!page.yasqe) return;
    const query = page.yasqe.getValue();
    const ran = query === state.lastRun;
    const view = ran && state.view ? state.view : null;
    state.written = fragment(query, ran, view);
    if (location.hash !== state.written) history.replaceState(null, "", location.pathname + state.written);
    const runs = document.getElementById("share-runs").checked;
    document.getElementById("share-link").value = location.origin + location.pathname + fragment(query, runs, view);
  }

  /** Fills the editor from a link; the view it names is chosen for the result. */
  function load(link) {
    window.pactgraph.page.yasqe.setValue(link.query);
    window.pactgraphViews.choose(link.view);
  }

  async function copy() {
    const input = document.getElementById("share-link");
    const button = document.getElementById("copy-link");
    try {
      await navigator.clipboard.writeText(input.value);
    } catch (e) {
      input.select();
      document.execCommand("copy");
    }
    button.textContent = "Copied";
    setTimeout(() => { button.textContent = "Copy"; }, 1500);
  }

  /** Reads the address once the editor exists; returns the link it held, or null. */
  function start() {
    const link = read();
    if (link) load(link);
    let typing = null;
    window.pactgraph.page.yasqe.on("change", () => {
      clearTimeout(typing);
      typing = setTimeout(update, 250);
    });
    window.addEventListener("hashchange", () => {
      if (location.hash === state.written) return;
      const next = read();
      if (!next) return;
      load(next);
      if (next.run) window.pactgraph.run(next.query);
      else update();
    });
    document.getElementById("share-runs").addEventListener("change", update);
    document.getElementById("copy-link").addEventListener("click", copy);
    update();
    return link;
  }

  window.pactgraphLink = {
    start,
    ran: query => { state.lastRun = query; state.view = null; update(); },
    viewShown: view => { state.view = window.pactgraphViews.chosen() ? view : null; update(); },
    read,
  };
})();
