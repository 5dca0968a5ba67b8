"use strict";
// Corrections kept in this browser (localStorage), keyed by output folder and document.
// Nothing is sent anywhere: the only way out is the exported corrections.jsonl.
const Tilmash = (() => {
  const PREFIX = "tilmash-corrections:";
  const key = (site, doc) => PREFIX + site + ":" + doc;

  function load(site, doc) {
    try {
      const list = JSON.parse(localStorage.getItem(key(site, doc)) || "[]");
      return Array.isArray(list) ? list : [];
    } catch (e) {
      return [];
    }
  }

  function save(site, doc, list) {
    try {
      if (list.length) localStorage.setItem(key(site, doc), JSON.stringify(list));
      else localStorage.removeItem(key(site, doc));
    } catch (e) {
      /* storage full or disabled: the page still works, corrections are not kept */
    }
  }

  function all(site) {
    const keys = [];
    for (let i = 0; i < localStorage.length; i++) {
      const k = localStorage.key(i);
      if (k && k.startsWith(PREFIX + site + ":")) keys.push(k);
    }
    keys.sort();
    const out = [];
    for (const k of keys) out.push(...load(site, k.slice((PREFIX + site + ":").length)));
    return out;
  }

  function exportJsonl(site) {
    const records = all(site);
    const text = records.map((r) => JSON.stringify(r)).join("\n") + (records.length ? "\n" : "");
    const url = URL.createObjectURL(new Blob([text], { type: "application/x-ndjson" }));
    const a = document.createElement("a");
    a.href = url;
    a.download = "corrections.jsonl";
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 5000);
    return records.length;
  }

  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (k === "class") node.className = v;
      else if (k === "dataset") Object.assign(node.dataset, v);
      else node.setAttribute(k, v);
    }
    for (const c of children) {
      if (c === null || c === undefined) continue;
      node.append(typeof c === "string" || typeof c === "number" ? String(c) : c);
    }
    return node;
  }

  return { load, save, all, exportJsonl, el };
})();
