// The query page: the YASQE editor, the catalogue of questions, a results table whose resource
// links open the server's own pages, and downloads. Plain SPARQL 1.1 Protocol against the endpoint.
"use strict";

const ENDPOINT = "/pactgraph/sparql";
const ID_BASE = "https://w3id.org/pactgraph/id/";
const DEFAULT_QUERY = `PREFIX pact: <https://w3id.org/pactgraph/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>

# Every partnership with its English name
SELECT ?partnership ?name
WHERE {
  ?partnership a pact:Partnership ; rdfs:label ?name .
  FILTER (lang(?name) = "en")
}
ORDER BY ?name`;

const page = { prefixes: {}, lastQuery: null, yasqe: null };

/** A link to a resource: the server's own page for PactGraph IRIs, the IRI itself otherwise. */
function resourceHref(iri) {
  return iri.startsWith(ID_BASE) ? "/id/" + iri.substring(ID_BASE.length) : iri;
}

/** The shortest prefixed name of an IRI under the standard prefixes, or <IRI>. */
function shortName(iri) {
  let best = null;
  for (const [prefix, ns] of Object.entries(page.prefixes)) {
    const local = iri.startsWith(ns) ? iri.substring(ns.length) : null;
    if (local !== null && /^[\w.-]*$/.test(local) && (best === null || local.length < best.length)) {
      best = prefix + ":" + local;
    }
  }
  return best === null ? "<" + iri + ">" : best;
}

/** The query with PREFIX declarations added for standard prefixes it uses but does not declare. */
function withStandardPrefixes(query) {
  const declared = new Set([...query.matchAll(/PREFIX\s+([\w-]*):/gi)].map(m => m[1]));
  const used = new Set([...query.matchAll(/(?:^|[\s(\[{,;\/^|!])([A-Za-z][\w-]*):/gm)].map(m => m[1]));
  const missing = [...used].filter(p => !declared.has(p) && page.prefixes[p]);
  return missing.map(p => `PREFIX ${p}: <${page.prefixes[p]}>\n`).join("") + query;
}

function queryType(query) {
  const body = query.replace(/#[^\n]*/g, "").replace(/(PREFIX|BASE)\s+[^<]*<[^>]*>/gi, "");
  const m = body.match(/\b(SELECT|ASK|CONSTRUCT|DESCRIBE)\b/i);
  return m ? m[1].toUpperCase() : "SELECT";
}

async function post(query, accept) {
  const response = await fetch(ENDPOINT, {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded", "Accept": accept },
    body: new URLSearchParams({ query }),
  });
  if (!response.ok) {
    throw new Error(`${response.status} ${response.statusText}\n${await response.text()}`);
  }
  return response;
}

function setStatus(text, isError) {
  const status = document.getElementById("status");
  status.textContent = text;
  status.classList.toggle("error", !!isError);
}

function cell(term) {
  const td = document.createElement("td");
  if (!term) return td;
  if (term.type === "uri") {
    const a = document.createElement("a");
    a.href = resourceHref(term.value);
    a.title = term.value;
    a.textContent = shortName(term.value);
    if (!term.value.startsWith(ID_BASE)) a.target = "_blank";
    td.appendChild(a);
  } else if (term.type === "bnode") {
    td.textContent = "_:" + term.value;
  } else {
    td.appendChild(document.createTextNode(term.value));
    const extra = term["xml:lang"] ? "@" + term["xml:lang"] : term.datatype ? shortName(term.datatype) : null;
    if (extra) {
      const span = document.createElement("span");
      span.className = term["xml:lang"] ? "lang" : "datatype";
      span.textContent = extra;
      td.appendChild(span);
    }
  }
  return td;
}

function showTable(json, box) {
  if (json.boolean !== undefined) {
    const p = document.createElement("p");
    p.className = "ask";
    p.textContent = "Answer: " + (json.boolean ? "yes (true)" : "no (false)");
    box.appendChild(p);
    return;
  }
  const table = document.createElement("table");
  table.className = "results";
  const head = table.createTHead().insertRow();
  json.head.vars.forEach(v => {
    const th = document.createElement("th");
    th.textContent = v;
    head.appendChild(th);
  });
  const body = table.createTBody();
  json.results.bindings.forEach(b => {
    const tr = body.insertRow();
    json.head.vars.forEach(v => tr.appendChild(cell(b[v])));
  });
  const scroller = document.createElement("div");
  scroller.className = "table-scroller";
  scroller.appendChild(table);
  box.appendChild(scroller);
}

function setNotice(text) {
  const notice = document.getElementById("notice");
  notice.textContent = text || "";
  notice.hidden = !text;
}

/** The state after a failed run: no result, nothing to download, no views to choose. */
function clearResult() {
  page.lastQuery = null;
  page.result = null;
  document.getElementById("results").replaceChildren();
  document.getElementById("result-views").hidden = true;
  document.getElementById("download-csv").disabled = true;
  document.getElementById("download-json").disabled = true;
}

async function run(query) {
  const full = withStandardPrefixes(query);
  const type = queryType(full);
  const runButton = document.getElementById("run");
  // Only the latest run may show its answer: an earlier, slower one must not overwrite it.
  const ticket = page.runs = (page.runs || 0) + 1;
  const stale = () => ticket !== page.runs;
  runButton.disabled = true;
  clearResult();
  setNotice(null);
  setStatus("Running ...");
  window.pactgraphLink.ran(query);
  const started = performance.now();
  try {
    if (type === "CONSTRUCT" || type === "DESCRIBE") {
      const text = await (await post(full, "text/turtle")).text();
      if (stale()) return;
      const pre = document.createElement("pre");
      pre.className = "graph";
      pre.textContent = text;
      document.getElementById("results").replaceChildren(pre);
      setStatus(`Graph in Turtle, ${Math.round(performance.now() - started)} ms`);
    } else {
      const response = await post(full, "application/sparql-results+json");
      const cap = response.headers.get("PactGraph-Row-Limit");
      const json = await response.json();
      if (stale()) return;
      const rows = json.boolean !== undefined ? 1 : json.results.bindings.length;
      setStatus(`${rows} ${rows === 1 ? "row" : "rows"} in ${Math.round(performance.now() - started)} ms`);
      const capped = cap && rows >= Number(cap);
      window.pactgraphViews.show(json, query, capped ? rowCapNotice(cap) : null);
    }
    page.lastQuery = { query: full, type };
    document.getElementById("download-csv").disabled = !(type === "SELECT");
    document.getElementById("download-json").disabled = false;
  } catch (e) {
    if (stale()) return;
    clearResult();
    setStatus(e.message, true);
  } finally {
    if (!stale()) runButton.disabled = false;
  }
}

/** What the row cap header means for the person reading the answer. */
function rowCapNotice(cap) {
  return `Only the first ${cap} rows are shown: the server gives at most ${cap} rows to a query without credentials,`
    + " so the full answer may be longer. Add a LIMIT and OFFSET to page through it, or ask with a user name and password"
    + " (HTTP Basic) for the whole answer. Downloads are cut the same way.";
}

async function download(kind) {
  if (!page.lastQuery) return;
  const graph = page.lastQuery.type === "CONSTRUCT" || page.lastQuery.type === "DESCRIBE";
  const accept = kind === "csv" ? "text/csv" : graph ? "application/ld+json" : "application/sparql-results+json";
  try {
    const blob = await (await post(page.lastQuery.query, accept)).blob();
    const a = document.createElement("a");
    a.href = URL.createObjectURL(blob);
    a.download = "pactgraph-results." + (kind === "csv" ? "csv" : graph ? "jsonld" : "json");
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(a.href), 10000);
  } catch (e) {
    setStatus(e.message, true);
  }
}

async function loadCatalogue() {
  const list = document.getElementById("questions");
  const entries = await (await fetch("/page/catalogue.json")).json();
  if (entries.length === 0) {
    list.outerHTML = "<p class='hint'>No .rq files in the queries folder.</p>";
    return;
  }
  entries.forEach(entry => {
    const li = document.createElement("li");
    const button = document.createElement("button");
    button.type = "button";
    button.className = "question";
    button.dataset.file = entry.file;
    button.textContent = entry.question;
    const file = document.createElement("span");
    file.className = "file";
    file.textContent = entry.file;
    const view = window.pactgraphColumns.defaultView(entry.query);
    if (view && view.key) {
      const tag = document.createElement("span");
      tag.className = "view-tag";
      tag.textContent = window.pactgraphColumns.VIEWS[view.key];
      file.append(" ", tag);
    }
    button.appendChild(file);
    button.addEventListener("click", () => {
      document.querySelectorAll("#questions button.current").forEach(b => b.classList.remove("current"));
      button.classList.add("current");
      page.yasqe.setValue(entry.query);
      window.pactgraphViews.choose(null);
      run(entry.query);
    });
    li.appendChild(button);
    list.appendChild(li);
  });
}

function setUpEditor() {
  // Only local completions: the stock ones call prefix.cc and LOV, which a closed network lacks.
  Yasqe.defaults.autocompleters = ["variables"];
  Yasqe.forkAutocompleter("prefixes", {
    name: "prefixes-local",
    persistenceId: null,
    get: () => Promise.resolve(Object.entries(page.prefixes).map(([p, ns]) => `${p}: <${ns}>`).sort()),
  });
  page.yasqe = new Yasqe(document.getElementById("editor"), {
    value: DEFAULT_QUERY,
    persistenceId: null,
    showQueryButton: false,
    createShareableLink: null,
    editorHeight: "320px",
    resizeable: true,
    requestConfig: { endpoint: ENDPOINT },
  });
  page.yasqe.setValue(DEFAULT_QUERY);
  page.yasqe.setOption("extraKeys", Object.assign({}, page.yasqe.getOption("extraKeys"), {
    "Ctrl-Enter": () => run(page.yasqe.getValue()),
    "Cmd-Enter": () => run(page.yasqe.getValue()),
  }));
}

function setUpTabs() {
  document.querySelectorAll("nav .tab").forEach(tab => tab.addEventListener("click", () => {
    document.querySelectorAll("nav .tab, .view").forEach(e => e.classList.remove("active"));
    tab.classList.add("active");
    document.getElementById(tab.dataset.tab).classList.add("active");
    if (tab.dataset.tab === "network-view" && window.drawNetwork) window.drawNetwork();
  }));
}

async function main() {
  document.getElementById("endpoint").textContent = location.origin + ENDPOINT;
  page.prefixes = await (await fetch("/page/prefixes.json")).json();
  setUpEditor();
  setUpTabs();
  document.getElementById("run").addEventListener("click", () => run(page.yasqe.getValue()));
  document.getElementById("download-csv").addEventListener("click", () => download("csv"));
  document.getElementById("download-json").addEventListener("click", () => download("json"));
  await loadCatalogue();
  // On a phone the questions fold away above the editor; one tap opens them.
  if (window.matchMedia("(max-width: 820px)").matches) document.getElementById("catalogue").open = false;
  const link = window.pactgraphLink.start();
  document.body.dataset.ready = "true";
  if (!link || link.run) run(page.yasqe.getValue());
  else setStatus("The query of the link is in the editor: press Run query (or Ctrl+Enter) to run it.");
}

window.pactgraph = { resourceHref, shortName, page, run, showTable, setNotice };
document.addEventListener("DOMContentLoaded", () =>
  main().catch(e => setStatus("The page could not start: " + e.message, true)));
