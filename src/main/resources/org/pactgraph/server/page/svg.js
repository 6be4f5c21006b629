// Small SVG helpers shared by the result views and the network: elements, labels that fit (cut
// or wrapped),
// and marks that link to a resource's page.
"use strict";

(function () {
  const NS = "http://www.w3.org/2000/svg";

  function element(name, attributes, parent) {
    const e = document.createElementNS(NS, name);
    Object.entries(attributes || {}).forEach(([k, v]) => e.setAttribute(k, v));
    if (parent) parent.appendChild(e);
    return e;
  }

  /** Sets the words of a text or tspan element, cut with "…" to fit in maxWidth pixels; true when cut. */
  function fit(node, words, maxWidth) {
    node.textContent = words;
    if (!(maxWidth > 0) || node.getComputedTextLength() <= maxWidth) return false;
    let keep = words.length;
    while (keep > 1 && node.getComputedTextLength() > maxWidth) {
      keep = Math.max(1, Math.floor(keep * Math.min(0.95, maxWidth / node.getComputedTextLength())));
      node.textContent = words.substring(0, keep).trimEnd() + "…";
    }
    return true;
  }

  /** A text element showing as much of the words as fits in maxWidth pixels; the whole in its tooltip. */
  function label(parent, words, attributes, maxWidth) {
    const text = element("text", attributes, parent);
    if (fit(text, words, maxWidth)) element("title", {}, text).textContent = words;
    return text;
  }

  /**
   * A text element showing the words on lines of at most maxWidth pixels, broken between words,
   * lineHeight apart from the attributes' y down; past `most` lines the last is cut with "…" and
   * the whole goes in the tooltip (as does a word wider than a line). Returns the text element
   * and how many lines it took.
   */
  function wrappedLabel(parent, words, attributes, maxWidth, lineHeight, most) {
    const text = element("text", attributes, parent);
    let rest = words.trim().split(/\s+/), lines = 0, cut = false;
    while (rest.length > 0) {
      const line = element("tspan", { x: attributes.x, dy: lines === 0 ? 0 : lineHeight }, text);
      lines++;
      let take = lines === most ? rest.length : 1;
      while (take < rest.length) {
        line.textContent = rest.slice(0, take + 1).join(" ");
        if (line.getComputedTextLength() > maxWidth) break;
        take++;
      }
      cut = fit(line, rest.slice(0, take).join(" "), maxWidth) || cut;
      rest = rest.slice(take);
    }
    if (cut) element("title", {}, text).textContent = words;
    return { text, lines };
  }

  /** A group for one mark; a link to href when there is one. */
  function mark(parent, href, attributes) {
    const g = href ? element("a", Object.assign({ href }, attributes), parent) : element("g", attributes, parent);
    return g;
  }

  /** An SVG picture filling the box's width, height given; the box is emptied first. */
  function picture(box, height, label) {
    box.replaceChildren();
    const width = Math.max(box.clientWidth, 200);
    const svg = element("svg", { width, height, viewBox: `0 0 ${width} ${height}`, role: "img", "aria-label": label }, box);
    return { svg, width, height };
  }

  const overlaps = (a, b) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
  /** Where a label may go beside its point: right, left, below, above (offsets from the point, text anchor). */
  const SIDES = [[12, 4, "start"], [-12, 4, "end"], [0, 22, "middle"], [0, -13, "middle"]];

  /**
   * Puts a label beside its point (px, py in the picture; the label's own coordinates are taken
   * from origin ox, oy) on the first side where it stays in the picture and covers none of the
   * boxes taken, and takes its box; hides it (class "hidden") where no side is free, so the
   * labels shown stay readable. The whole label stays in the tooltip of its mark.
   */
  function placeApart(text, px, py, origin, picture, taken) {
    text.classList.remove("hidden");
    const length = text.getComputedTextLength();
    for (const [dx, dy, anchor] of SIDES) {
      const left = px + dx - (anchor === "start" ? 0 : anchor === "end" ? length : length / 2);
      const box = { x: left, y: py + dy - 11, width: length, height: 14 };
      if (box.x >= 1 && box.x + box.width <= picture.width - 1 && box.y >= 0 && box.y + box.height <= picture.height
          && !taken.some(t => overlaps(t, box))) {
        text.setAttribute("x", px + dx - origin.x);
        text.setAttribute("y", py + dy - origin.y);
        text.setAttribute("text-anchor", anchor);
        taken.push(box);
        return true;
      }
    }
    text.classList.add("hidden");
    return false;
  }

  window.pactgraphSvg = { element, label, wrappedLabel, mark, picture, placeApart };
})();
