// Small SVG helpers shared by the result views and the network: elements, labels that fit,
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

  /** A text element showing as much of the words as fits in maxWidth pixels; the whole in its tooltip. */
  function label(parent, words, attributes, maxWidth) {
    const text = element("text", attributes, parent);
    text.textContent = words;
    if (maxWidth > 0 && text.getComputedTextLength() > maxWidth) {
      let keep = words.length;
      while (keep > 1 && text.getComputedTextLength() > maxWidth) {
        keep = Math.max(1, Math.floor(keep * Math.min(0.95, maxWidth / text.getComputedTextLength())));
        text.textContent = words.substring(0, keep).trimEnd() + "…";
      }
      element("title", {}, text).textContent = words;
    }
    return text;
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

  window.pactgraphSvg = { element, label, mark, picture, placeApart };
})();
