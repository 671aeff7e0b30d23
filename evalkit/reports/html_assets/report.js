"use strict";
// Everything from the inputs is put on screen with textContent (via el/append):
// no innerHTML anywhere, so markup inside a candidate is shown as text.
const D = JSON.parse(document.getElementById("data").textContent);
const NSEG = D.ids.length, NSYS = D.systems.length, PAGE = 50;
const $ = (id) => document.getElementById(id);
// A large input's page carries a sample of its segments (evalkit/reports/sample.py):
// D.sample.index holds their indices in the whole input, which the analysis refers to.
const INDEX = D.sample ? D.sample.index : null;
const POSITION = INDEX ? new Map(INDEX.map((segment, i) => [segment, i])) : null;
const segNumber = (i) => (INDEX ? INDEX[i] : i) + 1;  // 1-based, in the input

function el(tag, props, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props || {})) {
    if (key === "class") node.className = value;
    else if (key === "onclick") node.addEventListener("click", value);
    else node.setAttribute(key, value);
  }
  for (const child of children) if (child !== null && child !== undefined) node.append(child);
  return node;
}
const arrow = (m) => (D.lower.includes(m) ? " ↓" : " ↑");
const fmt = (x) => (x === null || x === undefined ? "" : Number(x).toFixed(2));
// a blank candidate would be an invisible cell: say so, styled apart from real text
const hypText = (text) => (text.trim() === "" ? el("span", { class: "empty" }, "(empty)") : text);
const segLink = (index, label) =>  // index: in the whole input
  el("a", { href: "#detail", onclick: (e) => { e.preventDefault(); showDetail(POSITION ? POSITION.get(index) : index); } },
    label);

function header() {
  $("title").textContent = D.title;
  document.title = "evalkit: " + D.title;
  const s = D.significance;
  const test = { bootstrap: "paired bootstrap", ar: "approximate randomization", none: "no resampling" }[s.method];
  $("meta").textContent = `reference ${D.reference}` + (D.target ? `, target ${D.target}` : "") +
    `; ${test}` + (s.method === "none" ? "" : `, ${s.resamples} ${s.method === "ar" ? "trials" : "resamples"}, seed ${s.seed}`) +
    `; baseline ${s.baseline}`;
  for (const w of D.warnings) $("warnings").append(el("li", {}, w));
  if (D.sample) {
    $("sample").textContent = D.sample.note;
    $("sample").hidden = false;
  }
}

function leaderboard() {
  const table = $("leaderboard");
  table.tHead.append(el("tr", {}, el("th", { class: "num" }, "rank"), el("th", {}, "system"),
    ...D.metrics.map((m) => el("th", { class: "num" }, m + arrow(m))), el("th", { class: "num" }, "empty")));
  for (const row of D.leaderboard) {
    const first = row.cells[D.metrics[0]];
    const cells = D.metrics.map((m) => {
      const c = row.cells[m];
      const p = c.p ? el("span", { class: c.p.endsWith("†") ? "p sig" : "p" }, c.p) : null;
      return el("td", { class: "num" + (c.cluster === 1 ? " cluster1" : "") }, c.text, p);
    });
    table.tBodies[0].append(el("tr", {}, el("td", { class: "num" }, first.cluster === null ? "" : String(first.cluster)),
      el("td", {}, row.system, row.baseline ? el("span", { class: "tag" }, "baseline") : null), ...cells,
      el("td", { class: "num" }, String(row.empty))));
  }
  const s = D.significance;
  $("legend").textContent = s.method === "none"
    ? "Scores only (--significance none)."
    : `± is the half-width of the 95% bootstrap confidence interval (${s.ci_resamples} resamples). ` +
      `p: ${s.method === "ar" ? "approximate randomization" : "paired bootstrap"} against the baseline; † marks p < 0.05. ` +
      "Shaded: not significantly different from the best system on that metric (cluster 1). " +
      `Rank: cluster on ${D.metrics[0]}.`;
}

function bucketTable(id, buckets, label) {
  const metric = D.analysis.primary_metric;
  const table = $(id);
  table.tHead.append(el("tr", {}, el("th", {}, label), el("th", { class: "num" }, "segments"),
    ...D.systems.map((s) => el("th", { class: "num" }, s))));
  // sacrebleu's corpus BLEU is 0 without 4-grams: say why rather than show a bare 0.00
  const short = (b, s) => metric === "bleu" && b.short.includes(s);
  for (const b of buckets) {
    table.tBodies[0].append(el("tr", {}, el("td", {}, b.label), el("td", { class: "num" }, String(b.n)),
      ...D.systems.map((s) => el("td", { class: "num" }, fmt(b.scores[s][metric]) + (short(b, s) ? "*" : "")))));
  }
  if (buckets.some((b) => D.systems.some((s) => short(b, s)))) {
    table.after(el("p", { class: "note" }, "* under 4 tokens (words, or characters of Chinese) in every " +
      "candidate: with no 4-gram, sacrebleu's corpus BLEU is 0, even for an exact match (sentence BLEU, in " +
      "the segment table, lowers the order instead)."));
  }
}

function analysis() {
  const a = D.analysis;
  bucketTable("by-length", a.by_length, `${a.primary_metric} by ${a.length_of} ${a.length_unit}`);
  if (a.by_paragraph) {
    $("paragraph-section").hidden = false;
    bucketTable("by-paragraph", a.by_paragraph, `${a.primary_metric} by paragraph`);
  }
  const worst = $("worst");
  worst.tHead.append(el("tr", {}, el("th", {}, "system"), el("th", {}, "id"),
    el("th", { class: "num" }, a.primary_metric), el("th", {}, "candidate")));
  for (const [system, segments] of Object.entries(a.worst_segments)) {
    for (const seg of segments.slice(0, 3)) {
      worst.tBodies[0].append(el("tr", {}, el("td", {}, system), el("td", {}, segLink(seg.index, seg.id)),
        el("td", { class: "num" }, fmt(seg.scores[system])), el("td", {}, hypText(seg.texts[system]))));
    }
  }
  if (a.largest_differences.length) {
    $("differences-section").hidden = false;
    const diff = $("differences");
    diff.tHead.append(el("tr", {}, el("th", {}, "system"), el("th", {}, "id"),
      el("th", { class: "num" }, "baseline"), el("th", { class: "num" }, "system"), el("th", { class: "num" }, "Δ")));
    for (const d of a.largest_differences) {
      for (const seg of d.segments.slice(0, 5)) {
        const s = seg.scores[d.system], b = seg.scores[d.baseline];
        diff.tBodies[0].append(el("tr", {}, el("td", {}, d.system), el("td", {}, segLink(seg.index, seg.id)),
          el("td", { class: "num" }, fmt(b)), el("td", { class: "num" }, fmt(s)), el("td", { class: "num" }, fmt(s - b))));
      }
    }
  }
}

// ---- segment table: one row per system x segment, encoded as sys * NSEG + seg
const state = { rows: [], sortKey: null, sortDir: 1, page: 0, lower: null };
const columns = [
  { key: "index", label: "#", num: true, width: "4em", value: (r) => segNumber(r % NSEG) },
  { key: "id", label: "id", width: "8em", value: (r) => D.ids[r % NSEG] },
  { key: "system", label: "system", width: "10em", value: (r) => D.systems[Math.floor(r / NSEG)] },
  ...D.metrics.map((m) => ({ key: m, label: m + arrow(m), num: true, width: "6em",
    value: (r) => D.scores[m][Math.floor(r / NSEG)][r % NSEG] })),
  { key: "hyp", label: "candidate", text: true, value: (r) => D.hyp[Math.floor(r / NSEG)][r % NSEG] },
];

function lowered() {
  // built on the first search only: most page loads never need it
  if (!state.lower) {
    state.lower = {
      hyp: D.hyp.map((texts) => texts.map((t) => t.toLowerCase())),
      seg: D.ids.map((id, i) => [id, D.ref ? D.ref[i] : "", D.src ? D.src[i] : ""].join("\n").toLowerCase()),
    };
  }
  return state.lower;
}

function applyFilters() {
  const sys = $("f-system").value, metric = $("f-metric").value;
  const lo = $("f-min").value === "" ? -Infinity : Number($("f-min").value);
  const hi = $("f-max").value === "" ? Infinity : Number($("f-max").value);
  const query = $("f-search").value.trim().toLowerCase();
  const low = query ? lowered() : null;
  const rows = [];
  for (let s = 0; s < NSYS; s++) {
    if (sys !== "" && Number(sys) !== s) continue;
    const scores = D.scores[metric][s];
    for (let i = 0; i < NSEG; i++) {
      const v = scores[i];
      if (v < lo || v > hi) continue;
      if (query && !low.hyp[s][i].includes(query) && !low.seg[i].includes(query)) continue;
      rows.push(s * NSEG + i);
    }
  }
  state.rows = rows;
  sortRows();
}

function sortRows() {
  const col = columns.find((c) => c.key === state.sortKey);
  if (col) {
    const dir = state.sortDir;
    const keyed = state.rows.map((r) => [col.value(r), r]);
    keyed.sort((a, b) => (a[0] < b[0] ? -dir : a[0] > b[0] ? dir : a[1] - b[1]));
    state.rows = keyed.map((k) => k[1]);
  }
  state.page = 0;
  render();
}

function render() {
  const pages = Math.max(1, Math.ceil(state.rows.length / PAGE));
  state.page = Math.min(state.page, pages - 1);
  const body = el("tbody");
  for (const r of state.rows.slice(state.page * PAGE, (state.page + 1) * PAGE)) {
    const tr = el("tr", { "data-row": String(r), onclick: () => { showDetail(r % NSEG); tr.classList.add("selected"); } },
      ...columns.map((c) => el("td", { class: c.num ? "num" : c.text ? "text" : "" },
        c.num && c.key !== "index" ? fmt(c.value(r)) : c.key === "hyp" ? hypText(c.value(r)) : String(c.value(r)))));
    body.append(tr);
  }
  $("segments").tBodies[0].replaceWith(body);
  $("count").textContent = `${state.rows.length} of ${NSEG * NSYS} rows` +
    (D.sample ? ` (a sample of ${D.sample.total * NSYS})` : "");
  $("page").textContent = `page ${state.page + 1} of ${pages}`;
  $("prev").disabled = state.page === 0;
  $("next").disabled = state.page >= pages - 1;
}

function segmentTable() {
  D.systems.forEach((s, i) => $("f-system").append(el("option", { value: String(i) }, s)));
  D.metrics.forEach((m) => $("f-metric").append(el("option", { value: m }, m)));
  const head = el("tr");
  for (const c of columns) {
    const th = el("th", { class: c.num ? "num" : "", style: c.width ? `width:${c.width}` : "", "data-key": c.key }, c.label);
    th.addEventListener("click", () => {
      state.sortDir = state.sortKey === c.key ? -state.sortDir : 1;
      state.sortKey = c.key;
      for (const other of head.children) other.removeAttribute("aria-sort");
      th.setAttribute("aria-sort", state.sortDir === 1 ? "ascending" : "descending");
      sortRows();
    });
    head.append(th);
  }
  $("segments").tHead.append(head);
  // The fixed layout keeps columns still while paging and sorting, but a header wider than its
  // column (embed_src, a plugin's name, the sort arrow) would run over the next one: widen it.
  for (const th of head.children) {
    th.setAttribute("aria-sort", "descending");
    // an overflowing cell's scrollWidth runs to the end of its text: add the right padding back
    if (th.scrollWidth > th.clientWidth) {
      th.style.width = `${Math.ceil(th.scrollWidth + parseFloat(getComputedStyle(th).paddingRight))}px`;
    }
    th.removeAttribute("aria-sort");
  }
  for (const id of ["f-system", "f-metric", "f-min", "f-max"]) $(id).addEventListener("change", applyFilters);
  let timer = null;
  $("f-search").addEventListener("input", () => { clearTimeout(timer); timer = setTimeout(applyFilters, 150); });
  $("prev").addEventListener("click", () => { state.page--; render(); });
  $("next").addEventListener("click", () => { state.page++; render(); });
  applyFilters();
}

// ---- word differences between a candidate and the reference
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*|\S/gu;

function tokens(text, lengths) {
  const out = [];
  if (lengths) {  // jieba words as base-36 lengths in code points, whitespace between them skipped
    const chars = Array.from(text);
    let i = 0;
    for (const digit of lengths) {
      let space = "";
      while (i < chars.length && /\s/.test(chars[i])) space += chars[i++];
      const n = parseInt(digit, 36);
      out.push({ t: chars.slice(i, i + n).join(""), s: space });
      i += n;
    }
    return out;
  }
  let last = 0;
  for (const m of text.matchAll(WORD)) {
    out.push({ t: m[0], s: text.slice(last, m.index) });
    last = m.index + m[0].length;
  }
  return out;
}

function diff(ref, hyp) {
  // longest common subsequence of words; segments are short, so O(n*m) is fine
  const n = ref.length, m = hyp.length;
  if (n * m > 4e6) return hyp.map((h) => ({ op: "=", tok: h }));
  const L = Array.from({ length: n + 1 }, () => new Int32Array(m + 1));
  for (let i = n - 1; i >= 0; i--)
    for (let j = m - 1; j >= 0; j--)
      L[i][j] = ref[i].t === hyp[j].t ? L[i + 1][j + 1] + 1 : Math.max(L[i + 1][j], L[i][j + 1]);
  const ops = [];
  let i = 0, j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && ref[i].t === hyp[j].t) { ops.push({ op: "=", tok: hyp[j] }); i++; j++; }
    else if (j < m && (i === n || L[i][j + 1] >= L[i + 1][j])) ops.push({ op: "+", tok: hyp[j++] });
    else ops.push({ op: "-", tok: ref[i++] });
  }
  // within each changed stretch, all missed reference words first, then the candidate's
  // own words, so that a rewritten phrase reads as "old → new" rather than interleaved
  const out = [];
  let run = [];
  const flush = () => {
    out.push(...run.filter((o) => o.op === "-"), ...run.filter((o) => o.op === "+"));
    run = [];
  };
  for (const o of ops) {
    if (o.op === "=") { flush(); out.push(o); } else run.push(o);
  }
  flush();
  return out;
}

function diffNode(refText, refLengths, hypText, hypLengths) {
  const dd = el("dd");
  let started = false, afterDel = false;
  for (const { op, tok } of diff(tokens(refText, refLengths), tokens(hypText, hypLengths))) {
    // candidate words keep the candidate's own spacing; missed reference words get a space
    // on either side in spaced languages, so "old new" never runs together
    const space = D.spaced && started ? " " : "";
    if (op === "-") dd.append(space, el("del", {}, tok.t));
    else {
      const before = afterDel && !tok.s ? space : started ? tok.s : "";
      dd.append(before, op === "+" ? el("ins", {}, tok.t) : tok.t);
    }
    started = true;
    afterDel = op === "-";
  }
  return dd;
}

function showDetail(index) {
  for (const tr of document.querySelectorAll("#segments tr.selected")) tr.classList.remove("selected");
  $("detail").hidden = false;
  $("detail-title").textContent = `Segment ${D.ids[index]} (#${segNumber(index)}` +
    (D.paragraphs ? `, paragraph ${D.paragraphs[index]})` : ")");
  const body = el("dl", { id: "detail-body" });
  if (D.src) body.append(el("dt", {}, "Source"), el("dd", {}, D.src[index]));
  if (D.ref) body.append(el("dt", {}, "Reference"), el("dd", {}, D.ref[index]));
  D.systems.forEach((name, s) => {
    const scores = D.metrics.map((m) => `${m} ${fmt(D.scores[m][s][index])}`).join(" · ");
    body.append(el("dt", {}, name, el("span", { class: "scores" }, scores)), D.ref
      ? diffNode(D.ref[index], D.refw && D.refw[index], D.hyp[s][index], D.hypw && D.hypw[s][index])
      : el("dd", {}, hypText(D.hyp[s][index])));
  });
  $("detail-body").replaceWith(body);
  $("detail").scrollIntoView({ block: "start" });
}

header();
leaderboard();
analysis();
segmentTable();
document.body.setAttribute("data-ready", "1");
