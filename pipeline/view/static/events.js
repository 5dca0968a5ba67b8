"use strict";
// Mouse and keyboard on a document page: the same things can be done with either.
(() => {
  const P = window.TilmashPage;
  const Panel = window.TilmashPanel;
  const markOf = (node) => (node instanceof Element ? node.closest("mark.m[data-k]") : null);

  function hide() {
    P.tip.hidden = true;
    P.highlight(P.selected);
  }

  document.addEventListener("mouseover", (ev) => {
    const m = markOf(ev.target);
    if (m && m.closest(".sec")) P.showTip(m);
  });
  document.addEventListener("mouseout", (ev) => {
    const m = markOf(ev.target);
    if (m && !m.contains(ev.relatedTarget)) hide();
  });
  document.addEventListener("focusin", (ev) => {
    const m = markOf(ev.target);
    if (m) P.showTip(m);
  });
  document.addEventListener("focusout", (ev) => {
    if (markOf(ev.target)) hide();
  });
  document.addEventListener("keydown", (ev) => {
    if (ev.key === "Escape") { hide(); return; }
    const m = markOf(ev.target);
    if (m && (ev.key === "Enter" || ev.key === " ")) {
      ev.preventDefault();
      Panel.choose(m.dataset.k);
    }
  });

  document.addEventListener("click", (ev) => {
    const button = ev.target.closest("button");
    if (button && button.classList.contains("act")) return Panel.act(button);
    if (button && button.classList.contains("goto")) {
      const target = document.getElementById(button.dataset.k);
      if (target) { target.focus(); target.scrollIntoView({ block: "center" }); }
      return;
    }
    const m = markOf(ev.target);
    if (m && window.getSelection().isCollapsed) Panel.choose(m.dataset.k);
  });

  // A text selection inside one section is offered as a missed mention.
  function codePoints(range) { return Array.from(range.toString()).length; }

  function offsetIn(txt, node, offset) {
    const r = document.createRange();
    r.setStart(txt, 0);
    r.setEnd(node, offset);
    return parseInt(txt.dataset.start, 10) + codePoints(r);
  }

  function offerSelection() {
    const sel = window.getSelection();
    if (!sel.rangeCount || sel.isCollapsed) return;
    const range = sel.getRangeAt(0);
    const txt = range.startContainer.parentElement?.closest(".txt");
    if (!txt || !txt.contains(range.endContainer)) return;
    const sid = txt.closest(".sec").dataset.section;
    let start = offsetIn(txt, range.startContainer, range.startOffset);
    let end = offsetIn(txt, range.endContainer, range.endOffset);
    let text = Panel.spanText(sid, start, end);
    const lead = text.length - text.trimStart().length;
    const trail = text.length - text.trimEnd().length;
    start += Array.from(text.slice(0, lead)).length;
    end -= Array.from(text.slice(text.length - trail)).length;
    text = Panel.spanText(sid, start, end);
    if (!text) return;
    const sec = P.data.sections[sid];
    P.selected = null;
    P.pending = { start, end, text, section: sid, lang: sec.lang };
    Panel.show();
  }
  document.addEventListener("mouseup", (ev) => {
    if (ev.target.closest && ev.target.closest(".txt")) setTimeout(offerSelection, 0);
  });
  document.addEventListener("keyup", (ev) => {
    if (ev.shiftKey) setTimeout(offerSelection, 0);
  });

  Panel.show();
  if (location.hash) {
    const target = document.getElementById(decodeURIComponent(location.hash.slice(1)));
    const details = target && target.closest("details");
    if (details) details.open = true;
    if (target) { target.focus(); target.scrollIntoView({ block: "center" }); }
  }
})();
