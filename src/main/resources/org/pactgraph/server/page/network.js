// The network view: the CONSTRUCT query network.rq, asked as RDF/JSON, laid out with a small
// force simulation of our own and drawn as SVG. Partnerships are squares; colours tell kinds.
"use strict";

(function () {
  const RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";
  const LABEL = "http://www.w3.org/2000/01/rdf-schema#label";
  const PACT = "https://w3id.org/pactgraph/ontology#";
  const { element } = window.pactgraphSvg;
  // Most specific first: a university is also an institution.
  const KINDS = [
    ["Partnership", "Partnership", "#1f3a5f"], ["Official", "Official", "#d4a017"],
    ["University", "University", "#2a9d8f"], ["Institution", "Institution", "#57cc99"],
    ["Company", "Company", "#e76f51"], ["Consortium", "Consortium", "#f4a261"],
    ["GovernmentBody", "Government body", "#8e6c8a"],
  ];
  const LINKS = [
    [PACT + "partner", "partner in", "#5b8a72", ""],
    [PACT + "fundedBy", "funds", "#e76f51", "6 4"],
    [PACT + "announcedBy", "announced", "#b8962e", "2 3"],
  ];
  let drawn = false;
  let shown = null;
  let resizing = null;
  window.addEventListener("resize", () => {
    clearTimeout(resizing);
    resizing = setTimeout(() => {
      const svg = document.getElementById("network");
      if (shown && svg.clientWidth > 0) render(svg, shown);
    }, 150);
  });

  function kindOf(types) {
    const found = KINDS.find(([name]) => types.includes(PACT + name));
    return found || ["Other", "Other", "#98a2b3"];
  }

  function toNetwork(rdfJson) {
    const nodes = new Map();
    const edges = [];
    const node = iri => {
      if (!nodes.has(iri)) nodes.set(iri, { iri, label: iri.replace(/.*[/#]/, ""), types: [] });
      return nodes.get(iri);
    };
    for (const [s, props] of Object.entries(rdfJson)) {
      const n = node(s);
      for (const [p, objects] of Object.entries(props)) {
        for (const o of objects) {
          if (p === RDF_TYPE) n.types.push(o.value);
          else if (p === LABEL) n.label = o.value;
          else if (o.type === "uri" && LINKS.some(([iri]) => iri === p)) edges.push({ from: n, to: node(o.value), link: LINKS.find(([iri]) => iri === p) });
        }
      }
    }
    nodes.forEach(n => { n.kind = kindOf(n.types); });
    return { nodes: [...nodes.values()], edges };
  }

  /** A deterministic force layout: repulsion between all nodes, springs along edges, a pull to the centre. */
  function layout(nodes, edges, width, height) {
    nodes.forEach((n, i) => {
      const angle = (2 * Math.PI * i) / nodes.length;
      n.x = width / 2 + (width / 3) * Math.cos(angle);
      n.y = height / 2 + (height / 3) * Math.sin(angle);
    });
    const steps = 400;
    for (let step = 0; step < steps; step++) {
      const cooling = 1 - step / steps;
      nodes.forEach(n => { n.dx = (width / 2 - n.x) * 0.01; n.dy = (height / 2 - n.y) * 0.01; });
      for (let i = 0; i < nodes.length; i++) {
        for (let j = i + 1; j < nodes.length; j++) {
          const a = nodes[i], b = nodes[j];
          let dx = a.x - b.x, dy = a.y - b.y;
          const d2 = Math.max(dx * dx + dy * dy, 1);
          const force = 9000 / d2;
          const d = Math.sqrt(d2);
          dx /= d; dy /= d;
          a.dx += dx * force; a.dy += dy * force;
          b.dx -= dx * force; b.dy -= dy * force;
        }
      }
      edges.forEach(e => {
        const dx = e.to.x - e.from.x, dy = e.to.y - e.from.y;
        const d = Math.max(Math.sqrt(dx * dx + dy * dy), 1);
        const force = (d - 110) * 0.04;
        e.from.dx += (dx / d) * force; e.from.dy += (dy / d) * force;
        e.to.dx -= (dx / d) * force; e.to.dy -= (dy / d) * force;
      });
      nodes.forEach(n => {
        const move = Math.min(Math.sqrt(n.dx * n.dx + n.dy * n.dy), 30 * cooling + 1);
        const len = Math.max(Math.sqrt(n.dx * n.dx + n.dy * n.dy), 1e-9);
        n.x = Math.min(width - 40, Math.max(40, n.x + (n.dx / len) * move));
        n.y = Math.min(height - 20, Math.max(20, n.y + (n.dy / len) * move));
      });
    }
    fit(nodes, width, height);
  }

  /** Scales the layout to fill the picture, a margin kept on every side. */
  function fit(nodes, width, height) {
    const margin = 18;
    const xs = nodes.map(n => n.x), ys = nodes.map(n => n.y);
    const minX = Math.min(...xs), maxX = Math.max(...xs), minY = Math.min(...ys), maxY = Math.max(...ys);
    const sx = (width - 2 * margin) / Math.max(maxX - minX, 1), sy = (height - 2 * margin) / Math.max(maxY - minY, 1);
    nodes.forEach(n => { n.x = margin + (n.x - minX) * sx; n.y = margin + (n.y - minY) * sy; });
  }

  /**
   * The picture's size: the page's width, and the window's height below the picture's top; when
   * that leaves too little (a phone, where the legend takes room), the window's height, so that
   * the whole picture fits in the window once scrolled to.
   */
  function size(svg) {
    const below = window.innerHeight - svg.getBoundingClientRect().top - window.scrollY - 16;
    const height = Math.round(Math.min(820, below >= 0.6 * window.innerHeight ? below : Math.max(240, window.innerHeight - 24)));
    svg.style.height = height + "px";
    return { width: svg.clientWidth || 1100, height };
  }

  /**
   * Labels beside their nodes, partnerships first, then the nodes with most links; a label with
   * no free side is hidden (it shows while the pointer is on its node, and in the node's tooltip).
   */
  function placeLabels(network, width, height) {
    const degree = new Map();
    network.edges.forEach(e => [e.from, e.to].forEach(n => degree.set(n, (degree.get(n) || 0) + 1)));
    const order = [...network.nodes].sort((a, b) => (b.kind[0] === "Partnership") - (a.kind[0] === "Partnership")
      || (degree.get(b) || 0) - (degree.get(a) || 0));
    const taken = network.nodes.map(n => ({ x: n.x - 9, y: n.y - 9, width: 18, height: 18 }));
    order.forEach(n => window.pactgraphSvg.placeApart(n.text, n.x, n.y, n, { width, height }, taken));
  }

  function render(svg, network) {
    const { width, height } = size(svg);
    svg.setAttribute("viewBox", `0 0 ${width} ${height}`);
    svg.replaceChildren();
    layout(network.nodes, network.edges, width, height);
    const lines = element("g", {}, svg);
    const marks = element("g", {}, svg);
    network.edges.forEach(e => {
      e.line = element("line", { stroke: e.link[2], "stroke-width": 1.6, "stroke-dasharray": e.link[3], "stroke-opacity": 0.85 }, lines);
      element("title", {}, e.line).textContent = `${e.to.label} ${e.link[1]} ${e.from.label}`;
    });
    network.nodes.forEach(n => {
      const g = element("g", { class: "node", "data-iri": n.iri, "data-kind": n.kind[0] }, marks);
      const isPartnership = n.kind[0] === "Partnership";
      n.shape = isPartnership
        ? element("rect", { width: 16, height: 16, x: -8, y: -8, fill: n.kind[2], rx: 2 }, g)
        : element("circle", { r: 8, fill: n.kind[2], stroke: "#fff", "stroke-width": 1.5 }, g);
      element("title", {}, g).textContent = `${n.label} (${n.kind[1]})`;
      n.text = window.pactgraphSvg.label(g, n.label, { x: 11, y: 4 }, Math.max(90, Math.min(260, width * 0.42)));
      n.group = g;
      draggable(svg, g, n, network);
    });
    place(network);
    placeLabels(network, width, height);
  }

  function place(network) {
    network.nodes.forEach(n => n.group.setAttribute("transform", `translate(${n.x},${n.y})`));
    network.edges.forEach(e => {
      e.line.setAttribute("x1", e.from.x); e.line.setAttribute("y1", e.from.y);
      e.line.setAttribute("x2", e.to.x); e.line.setAttribute("y2", e.to.y);
    });
  }

  function draggable(svg, g, n, network) {
    let start = null;
    g.addEventListener("pointerdown", ev => { start = { x: ev.clientX, y: ev.clientY, nx: n.x, ny: n.y, moved: false }; g.setPointerCapture(ev.pointerId); });
    g.addEventListener("pointermove", ev => {
      if (!start) return;
      const scale = svg.viewBox.baseVal.width / svg.clientWidth;
      const dx = (ev.clientX - start.x) * scale, dy = (ev.clientY - start.y) * scale;
      if (Math.abs(dx) + Math.abs(dy) > 3) start.moved = true;
      n.x = start.nx + dx; n.y = start.ny + dy;
      place(network);
    });
    g.addEventListener("pointerup", () => {
      if (start && !start.moved) window.location.href = window.pactgraph.resourceHref(n.iri);
      start = null;
    });
  }

  function legend() {
    const box = document.getElementById("legend");
    box.replaceChildren();
    KINDS.forEach(([, label, colour]) => {
      const item = document.createElement("span");
      item.innerHTML = `<span class="swatch" style="background:${colour}"></span>`;
      item.appendChild(document.createTextNode(label));
      box.appendChild(item);
    });
    LINKS.forEach(([, label, colour, dash]) => {
      const item = document.createElement("span");
      item.innerHTML = `<span class="line" style="border-top:2px ${dash === "" ? "solid" : dash.startsWith("2") ? "dotted" : "dashed"} ${colour}"></span>`;
      item.appendChild(document.createTextNode(label));
      box.appendChild(item);
    });
  }

  window.drawNetwork = async function () {
    if (drawn) return;
    drawn = true;
    try {
      const query = await (await fetch("/page/network.rq")).text();
      const response = await fetch("/pactgraph/sparql", {
        method: "POST",
        headers: { "Content-Type": "application/x-www-form-urlencoded", "Accept": "application/rdf+json" },
        body: new URLSearchParams({ query }),
      });
      if (!response.ok) throw new Error(response.status + " " + (await response.text()));
      const network = toNetwork(await response.json());
      legend();
      shown = network;
      render(document.getElementById("network"), network);
      document.getElementById("network").dataset.nodes = network.nodes.length;
    } catch (e) {
      drawn = false;
      document.getElementById("legend").textContent = "The network could not be drawn: " + e.message;
    }
  };
})();
