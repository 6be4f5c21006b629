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

  window.pactgraphSvg = { element, label, mark, picture };
})();
