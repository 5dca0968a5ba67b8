"use strict";
// Index pages: sortable tables and the export of every stored correction.
(() => {
  function cellKey(row, i, numeric) {
    const cell = row.cells[i];
    const v = cell ? cell.dataset.v ?? cell.textContent : "";
    return numeric ? parseFloat(v) || 0 : v.toLocaleLowerCase();
  }

  function sortBy(table, th, numeric) {
    const i = th.cellIndex;
    const asc = th.getAttribute("aria-sort") !== "ascending";
    for (const other of th.parentNode.children) other.setAttribute("aria-sort", "none");
    th.setAttribute("aria-sort", asc ? "ascending" : "descending");
    const body = table.tBodies[0];
    const rows = Array.from(body.rows).map((r) => [cellKey(r, i, numeric), r]);
    rows.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0) * (asc ? 1 : -1));
    const frag = document.createDocumentFragment();
    for (const [, r] of rows) frag.appendChild(r);
    body.appendChild(frag);
  }

  document.addEventListener("click", (ev) => {
    const button = ev.target.closest("th button[data-sort]");
    if (!button) return;
    sortBy(button.closest("table"), button.closest("th"), button.dataset.sort === "num");
  });

  const site = document.body.dataset.site;
  const exportButton = document.getElementById("export");
  const stored = document.getElementById("stored");
  if (exportButton && site) {
    const n = Tilmash.all(site).length;
    stored.textContent = n ? `(${n} corrections kept in this browser)` : "";
    exportButton.addEventListener("click", () => Tilmash.exportJsonl(site));
  }
})();
