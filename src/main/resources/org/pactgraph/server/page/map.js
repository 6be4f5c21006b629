// The map view of a SELECT result: its rows with WGS84 coordinates as numbered points on an
// equirectangular projection with a graticule over Natural Earth's land outlines, served by
// this server (no tiles: nothing is fetched from elsewhere).
// Rows at the same coordinates share a point; the list under the map names every row.
"use strict";

(function () {
  const { element, label, mark, picture, placeApart } = window.pactgraphSvg;
  const C = window.pactgraphColumns;

  /** The places of the rows: one per distinct coordinates, with the rows there. */
  function places(a) {
    const byKey = new Map();
    a.rows.forEach(row => {
      const c = C.coordinatesOf(a, row);
      if (!c) return;
      const key = c.join(",");
      if (!byKey.has(key)) byKey.set(key, { long: c[0], lat: c[1], rows: [] });
      byKey.get(key).rows.push(row);
    });
    return [...byKey.values()];
  }

  /**
   * The meridian where the map is cut: the middle of the widest gap between the points' longitudes,
   * so that points on both sides of the Pacific lie together rather than at the two ends of a world map.
   */
  function cutMeridian(longs) {
    const sorted = [...new Set(longs)].sort((x, y) => x - y);
    let cut = sorted[sorted.length - 1] + (sorted[0] + 360 - sorted[sorted.length - 1]) / 2;
    let widest = sorted[0] + 360 - sorted[sorted.length - 1];
    for (let i = 1; i < sorted.length; i++) {
      if (sorted[i] - sorted[i - 1] > widest) {
        widest = sorted[i] - sorted[i - 1];
        cut = sorted[i - 1] + widest / 2;
      }
    }
    return cut > 180 ? cut - 360 : cut;
  }

  function projection(points, width, height) {
    const cut = cutMeridian(points.map(p => p.long));
    const unwrap = long => (long < cut ? long + 360 : long);
    const longs = points.map(p => unwrap(p.long)), lats = points.map(p => p.lat);
    let [x0, x1, y0, y1] = [Math.min(...longs), Math.max(...longs), Math.min(...lats), Math.max(...lats)];
    const spanX = Math.max(x1 - x0, 8), spanY = Math.max(y1 - y0, 6);
    const cx = (x0 + x1) / 2, cy = (y0 + y1) / 2;
    const stretch = Math.cos((cy * Math.PI) / 180);
    const k = Math.min((width - 60) / (spanX * 1.15 * stretch), (height - 50) / (spanY * 1.3));
    const x = long => width / 2 + (unwrap(long) - cx) * stretch * k;
    const y = lat => height / 2 - (lat - cy) * k;
    const inverse = { long: px => cx + (px - width / 2) / (stretch * k), lat: py => cy - (py - height / 2) / k };
    const rawX = long => width / 2 + (long - cx) * stretch * k;
    return { x, y, rawX, inverse, height: Math.max(...lats.map(y)) - Math.min(...lats.map(y)) };
  }

  let land = null;

  /** Natural Earth's land (public domain, 1:110m; src/build/basemap.py made land.json), fetched once from this server. */
  function loadLand() {
    if (!land) land = fetch("/page/land.json").then(r => (r.ok ? r.json() : null)).catch(() => null);
    return land;
  }

  /**
   * Draws the land under the graticule. A ring is drawn where it falls in the picture, shifted
   * by a turn of the globe when the map is centred across the 180th meridian.
   */
  function drawLand(svg, before, rings, p, width) {
    const g = element("g", { class: "land" });
    svg.insertBefore(g, before);
    const west = p.inverse.long(0), east = p.inverse.long(width);
    const parts = [];
    rings.forEach(ring => {
      let low = Infinity, high = -Infinity;
      for (let i = 0; i < ring.length; i += 2) { low = Math.min(low, ring[i]); high = Math.max(high, ring[i]); }
      [-360, 0, 360].forEach(shift => {
        if (high + shift < west || low + shift > east) return;
        let d = "";
        for (let i = 0; i < ring.length; i += 2) {
          d += (i === 0 ? "M" : "L") + p.rawX(ring[i] + shift).toFixed(1) + " " + p.y(ring[i + 1]).toFixed(1);
        }
        parts.push(d + "Z");
      });
    });
    element("path", { d: parts.join("") }, g);
    svg.dataset.land = parts.length;
  }

  function graticule(svg, p, width, height) {
    const g = element("g", { class: "graticule" }, svg);
    const longs = [p.inverse.long(0), p.inverse.long(width)], lats = [p.inverse.lat(height), p.inverse.lat(0)];
    const stepFor = (span, lines) => [1, 2, 5, 10, 15, 30, 45].find(s => span / s <= lines) || 60;
    const longStep = stepFor(longs[1] - longs[0], Math.max(3, width / 90)), latStep = stepFor(lats[1] - lats[0], Math.max(3, height / 50));
    const name = (v, pos, neg) => Math.abs(v) + "°" + (v === 0 ? "" : v > 0 ? pos : neg);
    for (let l = Math.ceil(longs[0] / longStep) * longStep; l <= longs[1]; l += longStep) {
      const long = ((l + 540) % 360) - 180;
      const px = p.x(long);
      element("line", { x1: px, x2: px, y1: 0, y2: height }, g);
      label(g, name(long, "E", "W"), { x: px + 3, y: height - 5, class: "degrees" }, 60);
    }
    for (let l = Math.ceil(lats[0] / latStep) * latStep; l <= lats[1]; l += latStep) {
      const py = p.y(l);
      element("line", { x1: 0, x2: width, y1: py, y2: py }, g);
      label(g, name(l, "N", "S"), { x: 3, y: py - 3, class: "degrees" }, 60);
    }
  }

  function nameOf(a, place) {
    const row = place.rows[0];
    if (a.place && row[a.place]) {
      return row[a.place].type === "uri" ? window.pactgraph.shortName(row[a.place].value) : row[a.place].value;
    }
    return C.labelOf(a, row) + (place.rows.length > 1 ? " +" + (place.rows.length - 1) : "");
  }

  function map(box, a) {
    const points = places(a);
    const shown = points.reduce((n, p) => n + p.rows.length, 0);
    const holder = document.createElement("div");
    box.replaceChildren(holder);
    // As high as the points need at the scale the width allows, within bounds.
    const width0 = Math.max(box.clientWidth, 200), tallest = Math.min(520, Math.max(260, width0 * 0.62));
    const needed = projection(points, width0, tallest).height + 120;
    const { svg, width, height } = picture(holder, Math.round(Math.max(220, Math.min(tallest, needed))), "Map of the result's rows");
    svg.classList.add("map");
    element("rect", { x: 0, y: 0, width, height, class: "sea" }, svg);
    const p = projection(points, width, height);
    graticule(svg, p, width, height);
    const lines = svg.querySelector(".graticule");
    loadLand().then(rings => { if (rings && svg.isConnected) drawLand(svg, lines, rings, p, width); else svg.dataset.land = 0; });
    const taken = [];
    const marks = points.map((place, i) => {
      const px = p.x(place.long), py = p.y(place.lat);
      taken.push({ x: px - 9, y: py - 9, width: 18, height: 18 });
      const g = mark(svg, place.rows.length === 1 ? C.hrefOf(a, place.rows[0]) : null,
        { class: "map-point", "data-rows": place.rows.length, "data-lat": place.lat, "data-long": place.long });
      element("circle", { cx: px, cy: py, r: 9 }, g);
      element("text", { x: px, y: py + 4, "text-anchor": "middle", class: "number" }, g).textContent = i + 1;
      element("title", {}, g).textContent = nameOf(a, place) + ": " + place.rows.map(r => C.labelOf(a, r)).join(", ");
      return { g, px, py, place };
    });
    marks.forEach(m => placeApart(label(m.g, nameOf(a, m.place), { x: m.px + 12, y: m.py + 4, class: "place" }, width / 2.5),
      m.px, m.py, { x: 0, y: 0 }, { width, height }, taken));
    holder.appendChild(list(a, points));
    return { shown, skipped: a.rows.length - shown, what: "coordinates" };
  }

  /** Every point's number, place and rows, as links. */
  function list(a, points) {
    const ol = document.createElement("ol");
    ol.className = "map-list";
    points.forEach(place => {
      const li = document.createElement("li");
      li.appendChild(document.createTextNode(nameOf(a, place) + ": "));
      place.rows.forEach((row, i) => {
        if (i > 0) li.appendChild(document.createTextNode(", "));
        const href = C.hrefOf(a, row);
        const item = document.createElement(href ? "a" : "span");
        if (href) item.href = href;
        item.textContent = C.labelOf(a, row);
        li.appendChild(item);
      });
      ol.appendChild(li);
    });
    return ol;
  }

  window.pactgraphMap = { map };
})();
