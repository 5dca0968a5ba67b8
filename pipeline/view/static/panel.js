"use strict";
// The side panel of a document page: the selected mention, its links, and the corrections.
(() => {
  const P = window.TilmashPage;
  const { el, data } = P;

  function context(sid, start, end) {
    const sec = data.sections[sid];
    let [a, b] = [sec.start, sec.end];
    for (const [s, e] of sec.sentences) if (s <= start && end <= e) [a, b] = [s, e];
    return { start: a, end: b, text: P.texts[sid].slice(a - sec.start, b - sec.start).join("") };
  }

  function record(action, m, extra) {
    return { doc: data.doc, sha256: data.sha256, lang: m.lang, section: m.section,
      start: m.start, end: m.end, text: m.text, label: m.label, action,
      context: context(m.section, m.start, m.end), time: new Date().toISOString(), ...extra };
  }

  function add(rec) {
    P.corrections = [...P.corrections, rec];
    Tilmash.save(data.site, data.doc, P.corrections);
    P.renderAll();
  }

  function undo(i) {
    P.corrections = P.corrections.filter((_, j) => j !== i);
    Tilmash.save(data.site, data.doc, P.corrections);
    P.renderAll();
  }

  function spanText(sid, start, end) {
    return P.texts[sid].slice(start - data.sections[sid].start, end - data.sections[sid].start)
      .join("");
  }

  function labelSelect(current) {
    const s = el("select", { id: "label" });
    for (const l of data.labels) {
      const o = el("option", { value: l }, l);
      if (l === current) o.selected = true;
      s.append(o);
    }
    return s;
  }

  function button(act, text, extra) {
    return el("button", { type: "button", class: "act", dataset: { act, ...(extra || {}) } }, text);
  }

  function selectedView(m) {
    const sec = data.sections[m.section];
    const start = el("input", { type: "number", id: "fix-start", value: m.start,
      min: sec.start, max: sec.end, "aria-label": "new start" });
    const end = el("input", { type: "number", id: "fix-end", value: m.end,
      min: sec.start, max: sec.end, "aria-label": "new end" });
    return [el("h2", {}, "Selected mention"), P.describe(m),
      el("h3", {}, "Aligned mentions"), P.evidenceList(P.selected),
      el("h3", {}, "Correct it"),
      el("div", { class: "row" }, button("accept", "Confirm"),
        button(m.status === "rejected" ? "noop" : "reject", "Reject"),
        button("link-start", P.linking ? "Click the mention to link…" : "Link to…")),
      el("div", { class: "row" }, el("label", { for: "label" }, "Type "), labelSelect(m.label),
        button("relabel", "Change type")),
      el("div", { class: "row" }, el("label", {}, "Start ", start), el("label", {}, " End ", end),
        button("fix", "Fix boundaries"))];
  }

  function pendingView(p) {
    // A selection over a found mention can also become that mention's new bounds.
    const over = Object.entries(P.state.ms).filter(([, m]) => m.section === p.section &&
      m.start < p.end && p.start < m.end && (m.start !== p.start || m.end !== p.end));
    const reuse = over.map(([k, m]) => el("div", { class: "row" },
      button("fix-to", `Make this the bounds of ${m.label} «${m.text}»`, { k })));
    return [el("h2", {}, "Add a missed mention"),
      el("p", {}, `«${p.text}» (${p.lang}, ${p.start}–${p.end})`),
      el("div", { class: "row" }, el("label", { for: "label" }, "Type "), labelSelect("ORG"),
        button("add", "Add mention")), ...reuse];
  }

  function correctionsView() {
    const ul = el("ol", { class: "corrections" });
    P.corrections.forEach((c, i) => {
      ul.append(el("li", {}, `${c.action} ${c.label} «${c.text}» ${c.start}–${c.end} `,
        button("undo", "Undo", { i: String(i) })));
    });
    return [el("h2", {}, `Corrections of this document (${P.corrections.length})`), ul,
      el("div", { class: "row" }, button("export", "Export corrections.jsonl")),
      el("p", { class: "hint" }, "Kept in this browser only; the export holds every document's.")];
  }

  function show() {
    const m = P.selected ? P.state.ms[P.selected] : null;
    const parts = m ? selectedView(m) : P.pending ? pendingView(P.pending)
      : [el("p", { class: "hint" }, "Click or press Enter on a mention to select it; select " +
        "text to add a missed mention.")];
    P.panel.replaceChildren(...parts, ...correctionsView());
    if (m) P.highlight(P.selected);
  }

  function act(button) {
    const m = P.selected ? P.state.ms[P.selected] : null;
    const a = button.dataset.act;
    const label = () => document.getElementById("label").value;
    if (a === "undo") return undo(parseInt(button.dataset.i, 10));
    if (a === "export") return Tilmash.exportJsonl(data.site);
    if (a === "add" && P.pending) {
      const p = P.pending;
      P.pending = null;
      P.selected = P.mid({ ...p, label: label() });
      return add(record("add", { ...p, label: label() }));
    }
    if (a === "fix-to" && P.pending) {
      const p = P.pending;
      P.pending = null;
      P.selected = button.dataset.k;
      return fix(P.state.ms[button.dataset.k], p.start, p.end);
    }
    if (!m) return;
    if (a === "accept" || a === "reject") return add(record(a, m));
    if (a === "relabel" && label() !== m.label) {
      P.selected = P.mid({ ...m, label: label() });
      return add(record("relabel", { ...m, label: label() }, { from: { label: m.label } }));
    }
    if (a === "fix") {
      return fix(m, parseInt(document.getElementById("fix-start").value, 10),
        parseInt(document.getElementById("fix-end").value, 10));
    }
    if (a === "link-start") { P.linking = P.selected; return show(); }
    if (a === "unlink") {
      const t = P.state.ms[button.dataset.target];
      return add(record("unlink", m, { target: target(t) }));
    }
  }

  const target = (t) => ({ lang: t.lang, section: t.section, start: t.start, end: t.end,
    text: t.text, label: t.label });

  function fix(m, s, e) {
    const sec = data.sections[m.section];
    if (!(sec.start <= s && s < e && e <= sec.end) || (s === m.start && e === m.end)) return;
    const text = spanText(m.section, s, e);
    P.selected = P.mid({ start: s, end: e, label: m.label });
    add(record("fix", { ...m, start: s, end: e, text },
      { from: { start: m.start, end: m.end, text: m.text } }));
  }

  function choose(k) {
    if (P.linking && P.linking !== k && P.state.ms[P.linking]) {
      const a = P.state.ms[P.linking];
      P.linking = null;
      P.selected = k;
      return add(record("link", a, { target: target(P.state.ms[k]) }));
    }
    P.linking = null;
    P.pending = null;
    P.selected = k;
    show();
  }

  window.TilmashPanel = { show, act, choose, spanText };
})();
