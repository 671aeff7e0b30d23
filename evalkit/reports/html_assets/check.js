"use strict";
// Every input text reaches the page through textContent (via el): nothing is parsed as HTML.
const RESULTS = JSON.parse(document.getElementById("data").textContent);
const SEVERITIES = ["high", "medium", "low"];

function el(tag, props, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props || {})) {
    if (key === "class") node.className = value;
    else node.setAttribute(key, value);
  }
  for (const child of children) if (child !== null && child !== undefined) node.append(child);
  return node;
}

function worst(findings) {
  let best = null;
  for (const f of findings) if (best === null || SEVERITIES.indexOf(f.severity) < SEVERITIES.indexOf(best)) best = f.severity;
  return best;
}

// The span's draft text cut at every finding boundary; each piece is marked with the findings covering it.
function highlighted(span, findings) {
  const cell = el("td", { class: "text" });
  if (!span.draft) {
    const kinds = findings.map((f) => f.kind).join(" ");
    cell.append(el("mark", { class: "missing sev-" + (worst(findings) || "low"), "data-kinds": kinds, title: findings.map((f) => f.message).join("\n") }, "(no draft text)"));
    return cell;
  }
  const cuts = new Set([0, span.draft.length]);
  for (const f of findings) {
    cuts.add(Math.max(0, Math.min(span.draft.length, f.start - span.start)));
    cuts.add(Math.max(0, Math.min(span.draft.length, f.end - span.start)));
  }
  const points = [...cuts].sort((a, b) => a - b);
  for (let k = 0; k + 1 < points.length; k++) {
    const [a, b] = [points[k], points[k + 1]];
    const covering = findings.filter((f) => f.start - span.start < b && f.end - span.start > a);
    const piece = span.draft.slice(a, b);
    if (!covering.length) { cell.append(piece); continue; }
    cell.append(el("mark", { class: "sev-" + worst(covering), "data-kinds": covering.map((f) => f.kind).join(" "),
      title: covering.map((f) => `${f.kind}: ${f.message}`).join("\n") }, piece));
  }
  return cell;
}

function section(result, number) {
  const box = el("section", {});
  const counts = Object.entries(result.counts).map(([kind, n]) => `${kind} ${n}`).join(", ");
  box.append(el("h1", {}, `Check: ${result.draft}`));
  box.append(el("p", { class: "meta" }, `${result.lang} against ${result.against}; ${result.findings.length} findings (${counts})`));

  const filters = el("p", { class: "filters" });
  const shown = new Set(Object.keys(result.counts));
  for (const kind of Object.keys(result.counts)) {
    const box2 = el("input", { type: "checkbox", checked: "checked" });
    box2.addEventListener("change", () => { box2.checked ? shown.add(kind) : shown.delete(kind); apply(); });
    filters.append(el("label", {}, box2, ` ${kind} (${result.counts[kind]})`));
  }
  box.append(el("h2", {}, "Findings, worst first"), filters);
  const table = el("table", { class: "findings" });
  table.append(el("thead", {}, el("tr", {}, ...["severity", "kind", "line:col", "segments", "finding"].map((h) => el("th", {}, h)))));
  const body = el("tbody", {});
  // f.span: an omission belongs to its empty span, any other finding to the span its text falls in
  const bySpan = result.spans.map(() => []);
  for (const f of result.findings) {
    if (f.span >= 0) bySpan[f.span].push(f);
    const link = el("a", { href: `#r${number}s${f.span}` }, f.where);
    body.append(el("tr", { "data-kind": f.kind }, el("td", {}, el("span", { class: `badge sev-${f.severity}` }, f.severity)),
      el("td", {}, f.kind), el("td", {}, link), el("td", {}, f.ids.join(", ")), el("td", {}, f.message)));
  }
  if (!result.findings.length) body.append(el("tr", {}, el("td", { colspan: "5" }, "No findings.")));
  table.append(body);
  box.append(table);

  box.append(el("h2", {}, "Draft beside the source and the reference"));
  box.append(el("p", { class: "note" }, "Each row is one span of the document alignment. Marked text carries findings (hover for the message); a segment the draft leaves out shows as “(no draft text)”."));
  const spans = el("table", { class: "spans" });
  const heads = ["segments", "line"].concat(result.source ? ["source"] : [], result.reference ? ["reference"] : [], ["draft"]);
  spans.append(el("thead", {}, el("tr", {}, ...heads.map((h, k) => el("th", k < 2 ? { class: k ? "line" : "ids" } : {}, h)))));
  const rows = el("tbody", {});
  result.spans.forEach((span, k) => {
    const mine = bySpan[k];
    const row = el("tr", { id: `r${number}s${k}`, class: mine.length ? "flagged" : "" },
      el("td", { class: "ids" }, span.ids.join(", ") || "(none)"), el("td", { class: "ids" }, String(span.line)));
    if (result.source) row.append(el("td", { class: "text" }, span.source ?? ""));
    if (result.reference) row.append(el("td", { class: "text" }, span.reference ?? ""));
    row.append(highlighted(span, mine));
    rows.append(row);
  });
  spans.append(rows);
  box.append(spans);

  function apply() {
    for (const row of body.querySelectorAll("tr[data-kind]")) row.classList.toggle("hidden", !shown.has(row.dataset.kind));
    for (const mark of spans.querySelectorAll("mark[data-kinds]")) {
      mark.classList.toggle("off", !mark.dataset.kinds.split(" ").some((kind) => shown.has(kind)));
    }
  }
  return box;
}

RESULTS.forEach((result, number) => document.getElementById("results").append(section(result, number)));
document.title = "evalkit check: " + RESULTS.map((r) => r.draft).join(", ");
document.body.dataset.ready = "1";
