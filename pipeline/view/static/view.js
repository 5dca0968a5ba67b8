"use strict";
// A document page: details on hover and focus, aligned partners highlighted, corrections.
// Offsets are code points into the document's normalised text, as in the JSON outputs.
(() => {
  const { el } = Tilmash;
  const data = JSON.parse(document.getElementById("data").textContent);
  const tip = document.getElementById("tip");
  const panel = document.getElementById("panel");
  const texts = {}; // section id -> array of code points
  for (const t of document.querySelectorAll(".sec .txt")) {
    texts[t.closest(".sec").dataset.section] = Array.from(t.textContent);
  }
  let corrections = Tilmash.load(data.site, data.doc);
  let state = compute();
  let selected = null;
  let linking = null;
  let pending = null; // a text selection offered as a new mention

  const mid = (m) => `m-${m.start}-${m.end}-${m.label || ""}`;
  const marksOf = (k) => document.querySelectorAll(`mark[data-k="${CSS.escape(k)}"]`);

  function compute() {
    const ms = {};
    for (const [k, m] of Object.entries(data.mentions)) ms[k] = { ...m, status: "found" };
    const partners = {};
    for (const [k, ps] of Object.entries(data.partners)) partners[k] = new Set(ps);
    for (const c of corrections) applyOne(ms, partners, c);
    return { ms, partners };
  }

  function rename(s, oldK, m) {
    const k = mid(m);
    delete s.ms[oldK];
    s.ms[k] = m;
    const ps = s.partners[oldK] || new Set();
    delete s.partners[oldK];
    s.partners[k] = ps;
    for (const p of ps) {
      const back = s.partners[p];
      if (back) { back.delete(oldK); back.add(k); }
    }
    return k;
  }

  function applyOne(ms, partners, c) {
    const s = { ms, partners };
    const from = c.from || {};
    const k = mid({ start: from.start ?? c.start, end: from.end ?? c.end,
      label: from.label ?? c.label });
    const m = ms[k];
    if (c.action === "add") {
      ms[mid(c)] = { ...c, source: "linguist", status: "added" };
    } else if (!m) {
      return; // the mention it names is not on this page (any more)
    } else if (c.action === "reject" || c.action === "accept") {
      m.status = c.action === "reject" ? "rejected" : "confirmed";
    } else if (c.action === "relabel" || c.action === "fix") {
      rename(s, k, { ...m, start: c.start, end: c.end, text: c.text, label: c.label,
        status: "corrected" });
    } else if (c.action === "link" || c.action === "unlink") {
      const t = mid(c.target || {});
      if (!ms[t]) return;
      for (const [a, b] of [[k, t], [t, k]]) {
        partners[a] = partners[a] || new Set();
        if (c.action === "link") partners[a].add(b); else partners[a].delete(b);
      }
    }
  }

  // The same marking as pipeline/view/render.py: nested marks, crossing ones in fragments.
  function render(txt) {
    const sid = txt.closest(".sec").dataset.section;
    const chars = texts[sid];
    const base = parseInt(txt.dataset.start, 10);
    const end = base + chars.length;
    const ms = Object.values(state.ms)
      .filter((m) => m.section === sid && base <= m.start && m.start < m.end && m.end <= end)
      .sort((a, b) => a.start - b.start || b.end - a.end || (a.label < b.label ? -1 : 1));
    const points = [...new Set([base, end, ...ms.flatMap((m) => [m.start, m.end])])]
      .sort((a, b) => a - b);
    const root = document.createDocumentFragment();
    let stack = [];
    const opened = new Set();
    for (let i = 0; i + 1 < points.length; i++) {
      const [a, b] = [points[i], points[i + 1]];
      const active = ms.filter((m) => m.start <= a && m.end >= b);
      let keep = 0;
      while (keep < Math.min(stack.length, active.length) && stack[keep].m === active[keep]) keep++;
      stack = stack.slice(0, keep);
      for (const m of active.slice(keep)) {
        const node = markFor(m, !opened.has(mid(m)));
        opened.add(mid(m));
        (stack.length ? stack[stack.length - 1].node : root).appendChild(node);
        stack.push({ m, node });
      }
      const piece = document.createTextNode(chars.slice(a - base, b - base).join(""));
      (stack.length ? stack[stack.length - 1].node : root).appendChild(piece);
    }
    txt.replaceChildren(root);
  }

  function markFor(m, first) {
    const type = data.labels.includes(m.label) ? `t-${m.label}` : "t-other";
    const node = el("mark", { class: `m ${type} s-${m.status}${first ? "" : " cont"}`,
      dataset: { k: mid(m), tag: tagOf(m.label) } });
    if (first) {
      node.id = mid(m);
      node.tabIndex = 0;
      node.setAttribute("aria-describedby", "tip");
      node.setAttribute("aria-label", `${m.label}, ${m.status}: ${m.text}`);
    }
    return node;
  }

  const TAGS = { PROGRAM: "PROG", PERCENT: "PCT", CARDINAL: "NUM", QUANTITY: "QTY" };
  const tagOf = (label) => TAGS[label] || label;

  function renderAll() {
    state = compute();
    for (const txt of document.querySelectorAll(".sec .txt")) render(txt);
    if (selected && !state.ms[selected]) selected = null;
    showPanel();
  }

  function describe(m) {
    const rows = [["type", m.label], ["text", m.text], ["language", m.lang],
      ["offsets", `${m.start}–${m.end}`], ["source", m.source], ["status", m.status]];
    if (m.score !== undefined) rows.push(["score", String(m.score)]);
    if (m.value !== undefined) rows.push(["value", `${m.value} ${m.unit || ""}`.trim()]);
    if (m.kind) rows.push(["kind", m.kind]);
    if (m.canonical) rows.push(["canonical", m.canonical]);
    if (m.record) rows.push(["record", m.record]);
    const dl = el("dl");
    for (const [k, v] of rows) dl.append(el("dt", {}, k), el("dd", {}, v));
    return dl;
  }

  function evidenceFor(k) {
    return data.links.filter((e) => e.a === k || e.b === k);
  }

  function evidenceList(k) {
    const ps = [...(state.partners[k] || [])];
    if (!ps.length) return el("p", { class: "none" }, "Not linked to any other mention.");
    const ul = el("ul", { class: "links" });
    for (const p of ps) {
      const m = state.ms[p];
      if (!m) continue;
      const ev = evidenceFor(k).filter((e) => e.a === p || e.b === p);
      const parts = ev.map((e) => `${e.rule} ${e.score}: ` + Object.entries(e.parts)
        .map(([n, v]) => `${n} ${v}`).join(", ")).join("; ");
      const go = el("button", { type: "button", class: "goto", dataset: { k: p } },
        `${m.lang}: ${m.text}`);
      const unlink = el("button", { type: "button", class: "act", dataset: { act: "unlink",
        target: p } }, "Break link");
      ul.append(el("li", {}, go, " ", el("span", { class: "ev" },
        parts || "linked by a correction or through the record"), " ", unlink));
    }
    return ul;
  }

  function showTip(mark) {
    const m = state.ms[mark.dataset.k];
    if (!m) return;
    const n = (state.partners[mark.dataset.k] || new Set()).size;
    const ev = evidenceFor(mark.dataset.k).map((e) => `${e.rule} ${e.score}`);
    tip.replaceChildren(describe(m),
      el("p", {}, n ? `aligned with ${n} mention(s)` + (ev.length ? `: ${ev.join(", ")}` : "")
        : "no aligned mention"));
    tip.hidden = false;
    const r = mark.getBoundingClientRect();
    tip.style.left = `${Math.max(4, Math.min(r.left, innerWidth - 340)) + scrollX}px`;
    tip.style.top = `${r.bottom + scrollY + 6}px`;
    highlight(mark.dataset.k);
  }

  function highlight(k) {
    for (const x of document.querySelectorAll("mark.current, mark.partner")) {
      x.classList.remove("current", "partner");
    }
    if (!k) return;
    for (const x of marksOf(k)) x.classList.add("current");
    for (const p of state.partners[k] || []) for (const x of marksOf(p)) x.classList.add("partner");
  }

  window.TilmashView = { state: () => state, corrections: () => corrections, render: renderAll };
  // The rest: panel, corrections and events, in view-panel.js.
  window.TilmashPage = { data, texts, el, mid, marksOf, showTip, highlight, describe,
    evidenceList, renderAll, tip, panel,
    get selected() { return selected; }, set selected(v) { selected = v; },
    get linking() { return linking; }, set linking(v) { linking = v; },
    get pending() { return pending; }, set pending(v) { pending = v; },
    get corrections() { return corrections; }, set corrections(v) { corrections = v; },
    get state() { return state; } };
  function showPanel() { if (window.TilmashPanel) window.TilmashPanel.show(); }
  if (corrections.length) renderAll();
})();
