// Two views of a SELECT result: a timeline of its rows with dates and a bar chart of its rows
// with numbers. Plain SVG sized to the width of the page, labels cut to fit with the whole
// label in the tooltip (on a narrow screen the timeline's wrap onto lines of their own instead); each mark links to the page of its row's first resource.
"use strict";

(function () {
  const { element, label, wrappedLabel, mark, picture } = window.pactgraphSvg;
  const C = window.pactgraphColumns;
  const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

  /** Axis ticks between two times: years, or months for spans under two years. */
  function ticks(min, max, width) {
    const out = [];
    const first = new Date(min), span = max - min;
    const byMonth = span < 2 * 365.25 * 864e5;
    const most = Math.max(2, Math.floor(width / 70));
    if (byMonth) {
      const months = Math.ceil(span / (30.4 * 864e5)) + 1;
      const step = Math.max(1, Math.ceil(months / most));
      for (let d = Date.UTC(first.getUTCFullYear(), first.getUTCMonth(), 1); d <= max; ) {
        if (d >= min) out.push([d, MONTHS[new Date(d).getUTCMonth()] + " " + new Date(d).getUTCFullYear()]);
        const n = new Date(d);
        d = Date.UTC(n.getUTCFullYear(), n.getUTCMonth() + step, 1);
      }
    } else {
      const years = new Date(max).getUTCFullYear() - first.getUTCFullYear() + 1;
      const step = Math.max(1, Math.ceil(years / most));
      for (let y = first.getUTCFullYear(); Date.UTC(y, 0, 1) <= max; y += step) {
        if (Date.UTC(y, 0, 1) >= min) out.push([Date.UTC(y, 0, 1), String(y)]);
      }
    }
    return out;
  }

  function timeline(box, a) {
    const items = a.rows.filter(r => C.isDate(r[a.date]))
      .map(r => ({ row: r, time: C.toTime(r[a.date].value), date: r[a.date].value.substring(0, 10), words: C.labelOf(a, r) }))
      .sort((x, y) => x.time - y.time);
    // On a narrow screen each label gets lines of its own under its point, as many as its words
    // need (up to four), rather than one line cut short; the picture's height follows them.
    const narrow = box.clientWidth < 560;
    const top = 44, lineHeight = 15;
    const { svg, width } = picture(box, top + items.length * 28 + 10, "Timeline of the result's rows by " + a.date);
    svg.classList.add("timeline");
    const left = 14, right = 14;
    let min = items[0].time, max = items[items.length - 1].time;
    if (min === max) { min -= 182 * 864e5; max += 182 * 864e5; }
    const pad = (max - min) * 0.04;
    min -= pad; max += pad;
    const x = t => left + ((t - min) / (max - min)) * (width - left - right);
    const axis = element("g", { class: "axis" }, svg);
    element("line", { x1: left, x2: width - right, y1: 28, y2: 28 }, axis);
    let bottom = top;
    items.forEach(item => {
      const cx = x(item.time), cy = bottom + 10;
      const g = mark(svg, C.hrefOf(a, item.row), { class: "timeline-item", "data-date": item.date });
      element("circle", { cx, cy, r: 6 }, g);
      if (narrow) {
        const { lines } = wrappedLabel(g, item.date + " " + item.words, { x: left, y: cy + 22 }, width - left - right, lineHeight, 4);
        bottom += 42 + (lines - 1) * lineHeight;
      } else {
        const onRight = cx < width * 0.55;
        const room = onRight ? width - right - cx - 12 : cx - left - 12;
        label(g, item.date + "  " + item.words,
          { x: onRight ? cx + 11 : cx - 11, y: cy + 4, "text-anchor": onRight ? "start" : "end" }, room);
        bottom += 28;
      }
      element("title", {}, g).textContent = item.date + " " + item.words;
    });
    ticks(min, max, width).forEach(([t, text]) => {
      element("line", { x1: x(t), x2: x(t), y1: 24, y2: bottom, class: "grid" }, axis);
      label(axis, text, { x: x(t), y: 16, "text-anchor": "middle", class: "tick" }, 80);
    });
    svg.setAttribute("height", bottom + 10);
    svg.setAttribute("viewBox", `0 0 ${width} ${bottom + 10}`);
    return { shown: items.length, skipped: a.rows.length - items.length, what: "dates" };
  }

  function barChart(box, a) {
    const number = new Intl.NumberFormat("en", { maximumFractionDigits: 2 });
    const items = a.rows.filter(r => C.isNumber(r[a.number]))
      .map(r => ({ row: r, value: Number(r[a.number].value), words: C.labelOf(a, r),
        unit: a.unit && r[a.unit] ? " " + r[a.unit].value : "" }));
    const rowHeight = 46, top = 8;
    const { svg, width } = picture(box, top + items.length * rowHeight, "Bar chart of the result's " + a.number);
    svg.classList.add("barchart");
    const left = 8, right = 8;
    const low = Math.min(0, ...items.map(i => i.value)), high = Math.max(0, ...items.map(i => i.value));
    const x = v => left + ((v - low) / ((high - low) || 1)) * (width - left - right);
    items.forEach((item, i) => {
      const y = top + i * rowHeight;
      const g = mark(svg, C.hrefOf(a, item.row), { class: "bar", "data-value": item.value });
      label(g, item.words, { x: left, y: y + 14, class: "bar-label" }, width - left - right);
      const x0 = x(Math.min(0, item.value)), x1 = x(Math.max(0, item.value));
      element("rect", { x: x0, y: y + 20, width: Math.max(x1 - x0, 1), height: 18, rx: 2 }, g);
      const value = number.format(item.value) + item.unit;
      const outside = element("text", { x: x1 + 6, y: y + 33, class: "bar-value" }, g);
      outside.textContent = value;
      if (x1 + 6 + outside.getComputedTextLength() > width - right) {
        outside.setAttribute("x", x1 - 6);
        outside.setAttribute("text-anchor", "end");
        outside.classList.add("inside");
      }
      element("title", {}, g).textContent = item.words + ": " + value;
    });
    return { shown: items.length, skipped: a.rows.length - items.length, what: "numbers in " + a.number };
  }

  window.pactgraphCharts = { timeline, barChart };
})();
