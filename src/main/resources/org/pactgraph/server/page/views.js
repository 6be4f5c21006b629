// The views of a SELECT result (table, map, timeline, bar chart): which are possible, which is
// shown (the person's choice, else the query's #defaultView, else the table), and the buttons
// that switch between them. Charts are drawn again when the window changes width.
"use strict";

(function () {
  const C = window.pactgraphColumns;
  const NEEDS = { map: "coordinates (a geo:wktLiteral point, or lat and long columns)", timeline: "dates", barchart: "numbers" };
  const state = { json: null, analysis: null, view: "table", chosen: null, notices: [] };

  const draw = {
    map: (box, a) => window.pactgraphMap.map(box, a),
    timeline: (box, a) => window.pactgraphCharts.timeline(box, a),
    barchart: (box, a) => window.pactgraphCharts.barChart(box, a),
  };

  /** Shows a new result; notice is a message to keep above it (such as the row cap), or null. */
  function show(json, query, notice) {
    state.json = json;
    state.notices = notice ? [notice] : [];
    const buttons = document.getElementById("result-views");
    if (json.boolean !== undefined) {
      state.analysis = null;
      buttons.hidden = true;
      render("table");
      return;
    }
    state.analysis = C.analyse(json);
    const asked = C.defaultView(query);
    let view = state.chosen && state.analysis.possible[state.chosen] ? state.chosen : null;
    if (!view && asked && asked.key && state.analysis.possible[asked.key]) view = asked.key;
    if (!view && asked && json.results.bindings.length > 0) {
      state.notices.push(asked.key
        ? `The query asks to be shown as a ${C.VIEWS[asked.key]} (#defaultView:${asked.asked}), but its result has no ${NEEDS[asked.key]}: shown as a table.`
        : `#defaultView:${asked.asked} is not a view of this page (it has ${Object.values(C.VIEWS).join(", ")}): shown as a table.`);
    }
    buttons.hidden = false;
    buttons.querySelectorAll("button").forEach(b => {
      const possible = state.analysis.possible[b.dataset.view];
      b.disabled = !possible;
      b.title = possible ? "" : "This result has no " + NEEDS[b.dataset.view];
    });
    render(view || "table");
  }

  function render(view) {
    state.view = view;
    const results = document.getElementById("results");
    results.replaceChildren();
    document.querySelectorAll("#result-views button").forEach(b => {
      b.classList.toggle("current", b.dataset.view === view);
      b.setAttribute("aria-selected", b.dataset.view === view);
    });
    results.dataset.view = view;
    const notices = [...state.notices];
    if (view === "table") {
      window.pactgraph.showTable(state.json, results);
    } else {
      const box = document.createElement("div");
      box.className = "chart";
      results.appendChild(box);
      const drawn = draw[view](box, state.analysis);
      if (drawn.skipped > 0) notices.push(`${drawn.skipped} of ${state.json.results.bindings.length} rows have no ${drawn.what} and are not on the ${C.VIEWS[view]}: the table shows them.`);
    }
    window.pactgraph.setNotice(notices.join(" "));
    window.pactgraphLink.viewShown(view);
  }

  /** The person's choice of view, kept for the next results while possible; null to follow each query. */
  function choose(view) {
    state.chosen = view;
    if (view && state.analysis && state.analysis.possible[view]) render(view);
  }

  let resizing = null;
  window.addEventListener("resize", () => {
    clearTimeout(resizing);
    resizing = setTimeout(() => { if (state.analysis && state.view !== "table") render(state.view); }, 150);
  });

  document.addEventListener("DOMContentLoaded", () => {
    document.querySelectorAll("#result-views button").forEach(b => b.addEventListener("click", () => choose(b.dataset.view)));
  });

  window.pactgraphViews = { show, choose, current: () => state.view, chosen: () => state.chosen };
})();
