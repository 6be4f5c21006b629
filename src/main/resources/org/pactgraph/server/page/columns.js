// What a SELECT result can be shown as, read from its columns as the Wikidata Query Service does:
// a map needs coordinates, a timeline dates, a bar chart numbers. The query may name its view
// with a "#defaultView:Map" (Timeline, BarChart, Table) comment.
"use strict";

(function () {
  const XSD = "http://www.w3.org/2001/XMLSchema#";
  const WKT = "http://www.opengis.net/ont/geosparql#wktLiteral";
  const NUMBERS = ["integer", "decimal", "double", "float", "int", "long", "short", "byte",
    "nonNegativeInteger", "positiveInteger", "negativeInteger", "nonPositiveInteger",
    "unsignedInt", "unsignedLong", "unsignedShort", "unsignedByte"].map(t => XSD + t);
  const DATES = ["date", "dateTime", "dateTimeStamp", "gYear", "gYearMonth"].map(t => XSD + t);
  const VIEWS = { table: "Table", map: "Map", timeline: "Timeline", barchart: "BarChart" };

  const isNumber = term => !!term && term.type !== "uri" && NUMBERS.includes(term.datatype) && isFinite(Number(term.value));
  const isDate = term => !!term && term.type !== "uri" && DATES.includes(term.datatype) && !isNaN(toTime(term.value));
  const isPoint = term => !!term && term.datatype === WKT && parsePoint(term.value) !== null;

  /** Milliseconds since 1970 of an xsd:date, dateTime, gYear or gYearMonth lexical form. */
  function toTime(value) {
    const m = /^(-?\d{4,})(?:-(\d\d))?(?:-(\d\d))?(?:T(\d\d):(\d\d):(\d\d(?:\.\d+)?))?/.exec(value);
    if (!m) return NaN;
    return Date.UTC(Number(m[1]), m[2] ? Number(m[2]) - 1 : 0, m[3] ? Number(m[3]) : 1,
      m[4] ? Number(m[4]) : 0, m[5] ? Number(m[5]) : 0, m[6] ? Number(m[6]) : 0);
  }

  /** [longitude, latitude] of a WKT "Point(long lat)" (the Wikidata form), or null. */
  function parsePoint(wkt) {
    const m = /^\s*(?:<[^>]*>\s*)?POINT\s*\(\s*(-?[\d.]+(?:e-?\d+)?)\s+(-?[\d.]+(?:e-?\d+)?)\s*\)\s*$/i.exec(wkt);
    if (!m) return null;
    const long = Number(m[1]), lat = Number(m[2]);
    return Math.abs(lat) <= 90 && Math.abs(long) <= 180 ? [long, lat] : null;
  }

  /** The first column of which some row's value passes the test, or null. */
  function columnWhere(vars, rows, test, name) {
    return vars.find(v => (!name || name.test(v)) && rows.some(r => test(r[v]))) || null;
  }

  /** Where each view takes its data from, for this result; a view is possible when its columns are found. */
  function analyse(json) {
    const vars = json.head.vars, rows = json.results.bindings;
    const lat = columnWhere(vars, rows, isNumber, /^(lat|latitude)$/i);
    const long = columnWhere(vars, rows, isNumber, /^(long|lon|lng|longitude)$/i);
    const point = columnWhere(vars, rows, isPoint);
    const date = columnWhere(vars, rows, isDate);
    const number = columnWhere(vars.filter(v => v !== lat && v !== long), rows, isNumber);
    const label = vars.find(v => ![lat, long, point, date, number].includes(v)
      && rows.some(r => r[v] && r[v].type === "literal" && !r[v].datatype)) || null;
    const link = vars.find(v => rows.some(r => r[v] && r[v].type === "uri")) || null;
    const place = vars.find(v => /place|city|location/i.test(v) && v !== label && rows.some(r => r[v] && r[v].type !== "bnode")) || null;
    const unit = vars.find(v => /^(currency|unit)$/i.test(v)) || null;
    return {
      vars, rows, label, link, place, unit, date, number,
      coordinates: point ? { point } : lat && long ? { lat, long } : null,
      possible: { table: true, map: !!(point || (lat && long)), timeline: !!date, barchart: !!number },
    };
  }

  /** The view named by a "#defaultView:Name" comment of the query, or null. */
  function defaultView(query) {
    const m = /^\s*#\s*defaultView\s*:\s*([A-Za-z]+)/mi.exec(query);
    if (!m) return null;
    const key = Object.keys(VIEWS).find(k => VIEWS[k].toLowerCase() === m[1].toLowerCase());
    return key ? { key, asked: m[1] } : { key: null, asked: m[1] };
  }

  /** The [longitude, latitude] of a row, or null when it has none. */
  function coordinatesOf(analysis, row) {
    const c = analysis.coordinates;
    if (!c) return null;
    if (c.point) return row[c.point] ? parsePoint(row[c.point].value) : null;
    if (!isNumber(row[c.lat]) || !isNumber(row[c.long])) return null;
    const lat = Number(row[c.lat].value), long = Number(row[c.long].value);
    return Math.abs(lat) <= 90 && Math.abs(long) <= 180 ? [long, lat] : null;
  }

  /** The words that name a row: its label column, else the short name of its first resource. */
  function labelOf(analysis, row) {
    if (analysis.label && row[analysis.label]) return row[analysis.label].value;
    if (analysis.link && row[analysis.link]) return window.pactgraph.shortName(row[analysis.link].value);
    const first = analysis.vars.find(v => row[v]);
    return first ? row[first].value : "";
  }

  /** Where a click on a row's mark leads: the page of its first resource, or null. */
  function hrefOf(analysis, row) {
    return analysis.link && row[analysis.link] ? window.pactgraph.resourceHref(row[analysis.link].value) : null;
  }

  window.pactgraphColumns = { analyse, defaultView, coordinatesOf, labelOf, hrefOf, toTime, isNumber, isDate, VIEWS };
})();
