// The HTML report's style and script (src/eval/report/html.ts puts them inline and allows exactly
// these two by hash). The script reads the report's data from #report-data and builds the page
// with createElement and textContent only: no innerHTML, no attribute made from data but a class
// name of its own or a number, no link, no image, no request. Plain ES2020 for any current browser;
// it is a string (not compiled) so that its hash is the hash of what the browser runs.

export const PAGE_STYLE = `
:root { --fg: #1f2328; --muted: #59636e; --line: #d1d9e0; --soft: #f6f8fa; --pass: #1a7f37; --fail: #cf222e; --warn: #9a6700; --accent: #0969da; }
* { box-sizing: border-box; }
body { margin: 0; color: var(--fg); background: #fff; font: 14px/1.5 -apple-system, "Segoe UI", "DejaVu Sans", "Noto Sans", Helvetica, Arial, sans-serif; }
main { max-width: 1280px; margin: 0 auto; padding: 20px 24px 48px; }
h1 { font-size: 22px; margin: 0; }
h2 { font-size: 17px; margin: 28px 0 8px; padding-bottom: 4px; border-bottom: 1px solid var(--line); }
h3 { font-size: 13px; margin: 0 0 4px; }
p { margin: 6px 0; }
.verdict { border: 1px solid var(--line); border-left: 6px solid var(--warn); border-radius: 6px; padding: 12px 16px; }
.verdict.pass { border-left-color: var(--pass); } .verdict.fail { border-left-color: var(--fail); }
.badge { display: inline-block; font-weight: 700; font-size: 12px; padding: 1px 8px; border-radius: 10px; color: #fff; background: var(--warn); margin-right: 8px; vertical-align: middle; }
.pass .badge { background: var(--pass); } .fail .badge { background: var(--fail); }
.verdict h1 { display: inline; vertical-align: middle; }
.summary { font-size: 15px; margin-top: 8px; }
.note { color: var(--muted); }
.table-wrap { overflow-x: auto; margin: 8px 0; }
table { border-collapse: collapse; }
th, td { padding: 5px 10px; border: 1px solid var(--line); vertical-align: top; text-align: left; white-space: pre-wrap; }
th { background: var(--soft); font-weight: 600; }
td.r, th.r { text-align: right; white-space: nowrap; }
details.section > summary { cursor: pointer; font-weight: 600; font-size: 17px; margin: 28px 0 8px; }
ul.items { padding-left: 20px; } ul.items li { white-space: pre-wrap; }
svg.chart { display: block; max-width: 760px; width: 100%; height: auto; margin: 8px 0; }
svg.chart text { font-size: 12px; fill: var(--fg); }
svg.chart .grid { stroke: var(--line); stroke-width: 1; }
svg.chart .interval { stroke: #4a90d9; stroke-width: 3; }
svg.chart .candidate .interval { stroke: var(--accent); stroke-width: 5; }
svg.chart .mean { fill: #1d4f91; }
.controls { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; margin: 10px 0; position: sticky; top: 0; background: #fff; padding: 8px 0; z-index: 1; border-bottom: 1px solid var(--line); }
.controls button { font: inherit; padding: 4px 12px; border: 1px solid var(--line); border-radius: 6px; background: var(--soft); cursor: pointer; }
.controls button[aria-pressed="true"] { background: var(--accent); border-color: var(--accent); color: #fff; }
.controls input { font: inherit; padding: 4px 8px; border: 1px solid var(--line); border-radius: 6px; min-width: 280px; flex: 1; max-width: 480px; }
.shown { color: var(--muted); }
.example { border: 1px solid var(--line); border-radius: 6px; margin: 10px 0; }
.example > header { display: flex; gap: 12px; align-items: baseline; justify-content: space-between; padding: 6px 12px; background: var(--soft); border-bottom: 1px solid var(--line); border-radius: 6px 6px 0 0; }
.place { font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: 12px; }
.change { font-size: 12px; font-weight: 600; }
.change.worse { color: var(--fail); } .change.better { color: var(--pass); } .change.same { color: var(--muted); }
.given { display: grid; grid-template-columns: 1fr 1fr; gap: 12px; padding: 8px 12px 0; }
.arms { display: grid; grid-template-columns: repeat(auto-fit, minmax(220px, 1fr)); gap: 12px; padding: 8px 12px 12px; }
.answer { border: 1px solid var(--line); border-radius: 6px; padding: 6px 8px; }
.answer.candidate { border-color: var(--accent); }
.answer .value { float: right; font-size: 12px; color: var(--muted); }
.label { font-size: 12px; font-weight: 600; color: var(--muted); }
.text { margin: 0; white-space: pre-wrap; overflow-wrap: anywhere; font: 12px/1.45 ui-monospace, "DejaVu Sans Mono", monospace; }
.missing { color: var(--fail); font-style: italic; white-space: pre-wrap; overflow-wrap: anywhere; }
.empty { color: var(--muted); font-style: italic; }
button.more { font: inherit; padding: 6px 14px; border: 1px solid var(--line); border-radius: 6px; background: var(--soft); cursor: pointer; }
footer.about { margin-top: 32px; color: var(--muted); font-size: 12px; overflow-wrap: anywhere; }
`;

export const PAGE_SCRIPT = `
"use strict";
(function () {
  var data = JSON.parse(document.getElementById("report-data").textContent);
  var main = document.getElementById("report");
  var SVG = "http://www.w3.org/2000/svg";

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = text;
    return e;
  }
  function svg(tag, attrs, text) {
    var e = document.createElementNS(SVG, tag);
    for (var k in attrs) e.setAttribute(k, String(attrs[k]));
    if (text !== undefined) e.textContent = text;
    return e;
  }
  function add(parent, child) { parent.appendChild(child); return child; }

  function table(t) {
    var wrap = el("div", "table-wrap");
    var tb = add(wrap, el("table"));
    var head = add(add(tb, el("thead")), el("tr"));
    t.header.forEach(function (c, i) { add(head, el("th", t.align[i], c)); });
    var body = add(tb, el("tbody"));
    t.rows.forEach(function (row) {
      var tr = add(body, el("tr"));
      row.forEach(function (c, i) { add(tr, el("td", t.align[i], c)); });
    });
    return wrap;
  }

  function chart(c) {
    var left = 130, right = 210, width = 760, row = 30, top = 28;
    var plot = width - left - right;
    var height = top + c.bars.length * row + 24;
    var x = function (v) { return left + ((v - c.axis[0]) / (c.axis[1] - c.axis[0] || 1)) * plot; };
    var s = svg("svg", { "class": "chart", viewBox: "0 0 " + width + " " + height, role: "img" });
    add(s, svg("title", {}, c.title));
    add(s, svg("text", { x: left, y: 16 }, c.title));
    for (var i = 0; i <= 4; i++) {
      var v = c.axis[0] + ((c.axis[1] - c.axis[0]) * i) / 4;
      add(s, svg("line", { "class": "grid", x1: x(v), x2: x(v), y1: top - 4, y2: top + c.bars.length * row }));
      add(s, svg("text", { x: x(v), y: height - 6, "text-anchor": "middle" }, String(Math.round(v * 100) / 100)));
    }
    c.bars.forEach(function (b, i) {
      var y = top + i * row + row / 2;
      var g = add(s, svg("g", { "class": b.candidate ? "bar candidate" : "bar" }));
      add(g, svg("text", { x: left - 10, y: y + 4, "text-anchor": "end" }, b.label));
      add(g, svg("line", { "class": "interval", x1: x(b.lower), x2: x(b.upper), y1: y, y2: y }));
      add(g, svg("circle", { "class": "mean", cx: x(b.mean), cy: y, r: 5 }));
      add(g, svg("text", { x: left + plot + 12, y: y + 4 }, b.text));
    });
    return s;
  }

  function section(parent, s) {
    var box;
    if (s.collapsed) {
      box = add(parent, el("details", "section"));
      add(box, el("summary", null, s.title));
    } else {
      box = add(parent, el("section", "section"));
      add(box, el("h2", null, s.title));
    }
    if (s.chart) add(box, chart(s.chart));
    s.notes.forEach(function (n) { add(box, el("p", "note", n)); });
    if (s.table) add(box, table(s.table));
    if (s.items) {
      var ul = add(box, el("ul", "items"));
      s.items.forEach(function (item) { add(ul, el("li", null, item)); });
    }
  }

  /** Examples shown at a time; "Show more" adds as many again. */
  var PAGE = 100;
  var FILTERS = [["all", "All"], ["worse", "Regressions"], ["better", "Improvements"], ["same", "Unchanged"]];

  function examples(parent, ex) {
    var box = add(parent, el("section", "section"));
    box.id = "examples";
    add(box, el("h2", null, "Examples"));
    add(box, el("p", "note", ex.heading));
    var controls = add(box, el("div", "controls"));
    var buttons = {};
    var filter = "all";
    FILTERS.forEach(function (f) {
      if (f[0] !== "all" && !ex.counts) return;
      var count = ex.counts ? ex.counts[f[0]] : ex.rows.length;
      var b = add(controls, el("button", null, f[1] + " (" + count.toLocaleString("en-US") + ")"));
      b.type = "button";
      b.dataset.filter = f[0];
      b.setAttribute("aria-pressed", f[0] === filter ? "true" : "false");
      b.addEventListener("click", function () { filter = f[0]; update(false); });
      buttons[f[0]] = b;
    });
    var search = add(controls, el("input"));
    search.type = "search";
    search.placeholder = "Search prompts, references, answers, files";
    search.setAttribute("aria-label", "Search the examples");
    search.addEventListener("input", function () { update(false); });
    var shown = add(controls, el("span", "shown"));
    var list = add(box, el("div", "list"));
    var none = el("p", "empty", "No example matches.");

    var more = el("button", "more");
    more.type = "button";
    var limit = PAGE;
    more.addEventListener("click", function () { limit += PAGE; update(true); });

    // A card is built the first time it is shown: a long holdout opens as fast as a short one.
    function build(r) {
      var prompt = r[2], reference = r[3], answers = r[4], values = r[5], deltaText = r[7], missing = r[8];
      var change = changeOf(r[6]);
      var card = el("article", "example " + change);
      var head = add(card, el("header"));
      add(head, el("span", "place", placeOf(r)));
      if (ex.vs >= 0 && values.length) {
        var words = ex.arms[ex.candidate] + " " + values[ex.candidate] + " vs " + ex.arms[ex.vs] + " " + values[ex.vs] + (deltaText ? " (" + deltaText + ")" : "");
        add(head, el("span", "change " + change, words));
      }
      var given = add(card, el("div", "given"));
      [["Prompt (last user message)", prompt], ["Reference", reference]].forEach(function (p) {
        var d = add(given, el("div"));
        add(d, el("div", "label", p[0]));
        add(d, el("pre", "text", p[1]));
      });
      var arms = add(card, el("div", "arms"));
      ex.arms.forEach(function (name, i) {
        var a = add(arms, el("div", i === ex.candidate ? "answer candidate" : "answer"));
        if (values.length) add(a, el("span", "value", values[i]));
        add(a, el("h3", null, name === ex.kinds[i] ? name : name + " (" + ex.kinds[i] + ")"));
        if (answers[i] === null) add(a, el("p", "missing", missing ? missing[i] : "no answer"));
        else add(a, el("pre", "text", answers[i]));
      });
      return card;
    }
    function changeOf(delta) { return delta === null ? "none" : delta < 0 ? "worse" : delta > 0 ? "better" : "same"; }
    function placeOf(r) { return r[1] > 0 ? ex.files[r[0]] + ":" + r[1] : ex.files[r[0]]; }

    var items = ex.rows.map(function (r, index) {
      var haystack = [placeOf(r), r[2], r[3]].concat(r[4].filter(function (a) { return a !== null; })).join("\\n").toLowerCase();
      return { row: r, card: null, change: changeOf(r[6]), delta: r[6], index: index, haystack: haystack };
    });

    function update(keepLimit) {
      if (!keepLimit) limit = PAGE;
      var q = search.value.trim().toLowerCase();
      var matched = items.filter(function (c) {
        return (filter === "all" || c.change === filter) && (q === "" || c.haystack.indexOf(q) >= 0);
      });
      // Regressions: the largest drop first; improvements: the largest gain first; otherwise holdout order.
      if (filter === "worse") matched.sort(function (a, b) { return a.delta - b.delta || a.index - b.index; });
      if (filter === "better") matched.sort(function (a, b) { return b.delta - a.delta || a.index - b.index; });
      var page = matched.slice(0, limit).map(function (c) { return c.card || (c.card = build(c.row)); });
      if (matched.length === 0) page.push(none);
      if (matched.length > limit) {
        more.textContent = "Show " + Math.min(PAGE, matched.length - limit) + " more (" + (matched.length - limit).toLocaleString("en-US") + " not shown)";
        page.push(more);
      }
      list.replaceChildren.apply(list, page);
      shown.textContent = "Showing " + Math.min(limit, matched.length).toLocaleString("en-US") + " of " + matched.length.toLocaleString("en-US") + " matching, " + items.length.toLocaleString("en-US") + " in all";
      for (var k in buttons) buttons[k].setAttribute("aria-pressed", k === filter ? "true" : "false");
    }
    update(false);
  }

  document.title = "finetune-ci evaluation: " + data.word;
  main.replaceChildren();
  var verdict = add(main, el("header", "verdict " + data.status));
  add(verdict, el("span", "badge", data.word));
  add(verdict, el("h1", null, "finetune-ci evaluation"));
  add(verdict, el("p", "summary", data.summary));
  data.notes.forEach(function (n) { add(main, el("p", "note", n)); });
  data.sections.forEach(function (s) { section(main, s); });
  examples(main, data.examples);
  data.after.forEach(function (s) { section(main, s); });
  add(main, el("footer", "about", data.footer));
})();
`;
