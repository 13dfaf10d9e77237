// The path tool: the shortest paths between two nodes, the nodes they share, and what the search avoids.

import { esc, truncate } from "./util.js";

/** The path tool over the page's graph; `page` gives the graph, its state and the page's own helpers. */
export function pathTool(page) {
  const { cy, state, api, t, typeLabel, relLabel, $, work, leaveOverview, addElements, edgeKeys, keyOf, nodeLabel,
    applyFilters, layout, writeHash, select, afterChange } = page;

  function setPathEnd(which, id) {
    if (which === "from") state.pathFrom = id; else state.pathTo = id;
    state.pathOn = false;
    clearPathMarks();
    renderPath();
    writeHash();
  }

  function clearPathMarks() {
    cy.elements().removeClass("path dim path-end");
    $("#path-result").innerHTML = "";
    $("#path-summary").textContent = "";
  }

  async function findPath({ layout: doLayout = true } = {}) {
    if (!state.pathFrom || !state.pathTo) return;
    await work(async () => {
      const found = await api.paths(state.pathFrom, state.pathTo, state.hops, 20, state.avoid, state.avoidTypes);
      clearPathMarks();
      state.pathOn = true;
      if (!found.length) {
        $("#path-summary").textContent = t("path_none", { n: state.hops });
        return;
      }
      leaveOverview();
      const marked = cy.collection();
      for (const p of found) {
        marked.merge(addElements(p.nodes, p.edges));
        for (const n of p.nodes) marked.merge(cy.getElementById(n.id));
        for (const e of p.edges) marked.merge(cy.getElementById(edgeKeys.get(keyOf(e)) || `edge:${e.id}`));
      }
      marked.addClass("path");
      cy.getElementById(state.pathFrom).addClass("path-end");
      cy.getElementById(state.pathTo).addClass("path-end");
      cy.elements().not(marked).addClass("dim");
      renderPathSteps(found);
      renderPath();
      $("#path-summary").scrollIntoView({ block: "nearest" });
      applyFilters();
      if (doLayout) await layout();
    });
  }

  function renderPathSteps(found) {
    const names = (id) => esc(nodeLabel(cy.getElementById(id).data() || { name: id }));
    const n = found[0].edges.length;
    $("#path-summary").textContent = found.length > 1 ? t("paths_found", { k: found.length, n }) : t("path_found", { n });
    const step = (e) => {
      const rel = e.type === "HOLDS_POSITION" && e.properties.title
        ? (state.lang === "en" ? `${relLabel(e.type)}: ${e.properties.title}` : e.properties.title) : relLabel(e.type);
      const ev = e.evidence.find((x) => x.sentence);
      return `<li data-edge="${esc(edgeKeys.get(keyOf(e)) || "")}">${names(e.source)} <span class="rel">— ${esc(rel)} →</span> ${names(e.target)}`
        + (ev ? `<br><span class="muted">“${esc(truncate(ev.sentence, 120))}”</span>` : "") + "</li>";
    };
    $("#path-result").innerHTML = found.length === 1 ? found[0].edges.map(step).join("")
      : found.map((p, i) => `<li class="path-n"><strong>${i + 1}.</strong><ol>${p.edges.map(step).join("")}</ol></li>`).join("");
  }

  async function findCommon() {
    if (!state.pathFrom || !state.pathTo) return;
    await work(async () => {
      const res = await api.common(state.pathFrom, state.pathTo);
      const el = $("#common-result");
      if (!res.total) { el.innerHTML = `<p class="hint">${esc(t("common_none"))}</p>`; return; }
      const tie = (x) => x.map((r) => (r.title ? r.title : relLabel(r.relation))).join(", ");
      el.innerHTML = Object.entries(res.groups).filter(([, items]) => items.length).map(([k, items]) =>
        `<h4>${esc(t(`common_${k}`))} (${items.length})</h4><ul>${items.map((x) => `<li><a href="#" data-node="${esc(x.id)}" data-type="${esc(x.type)}">${esc(x.name)}</a>`
          + ` <span class="muted">${esc(tie(x.a))} / ${esc(tie(x.b))}</span></li>`).join("")}</ul>`).join("");
    });
  }

  function renderAvoid() {
    $("#path-types").innerHTML = ["Person", "Event", "Agreement", "Location", "Agency"].map((type) =>
      `<label><input type="checkbox" value="${type}" ${state.avoidTypes.includes(type) ? "checked" : ""}>${esc(typeLabel(type))}</label>`).join("");
    $("#path-avoid").innerHTML = state.avoid.map((id) => {
      const n = cy.getElementById(id);
      return `<span class="chip" data-id="${esc(id)}" title="×">${esc(n.nonempty() ? nodeLabel(n.data()) : id)} ×</span>`;
    }).join("");
  }

  function toggleAvoid(id) {
    state.avoid = state.avoid.includes(id) ? state.avoid.filter((x) => x !== id) : [...state.avoid, id];
    renderAvoid();
    writeHash();
  }

  function renderPath() {
    renderAvoid();
    const name = (id) => (id ? esc(nodeLabel(cy.getElementById(id).data() || { name: id })) : esc(t("path_pick")));
    $("#path-from").innerHTML = name(state.pathFrom);
    $("#path-to").innerHTML = name(state.pathTo);
    $("#path-from").classList.toggle("muted", !state.pathFrom);
    $("#path-to").classList.toggle("muted", !state.pathTo);
    $("#path-find").disabled = !(state.pathFrom && state.pathTo && state.pathFrom !== state.pathTo);
    $("#path-common").disabled = $("#path-find").disabled;
  }

  $("#path-hops").addEventListener("change", (ev) => {
    state.hops = Math.min(8, Math.max(1, Number(ev.target.value) || 5));
    writeHash();
  });
  $("#path-common").addEventListener("click", () => findCommon());
  $("#path-types").addEventListener("change", (ev) => {
    const type = ev.target.value;
    state.avoidTypes = ev.target.checked ? [...state.avoidTypes, type] : state.avoidTypes.filter((x) => x !== type);
    writeHash();
  });
  $("#path-avoid").addEventListener("click", (ev) => {
    const chip = ev.target.closest("[data-id]");
    if (chip) toggleAvoid(chip.dataset.id);
  });
  $("#path-find").addEventListener("click", () => findPath().then(writeHash));
  $("#path-clear").addEventListener("click", () => {
    state.pathFrom = null; state.pathTo = null; state.pathOn = false;
    clearPathMarks(); afterChange();
  });
  $("#path-result").addEventListener("click", (ev) => {
    const li = ev.target.closest("li[data-edge]");
    if (li && li.dataset.edge) select(li.dataset.edge);
  });

  return { setPathEnd, clearPathMarks, findPath, renderPath, toggleAvoid };
}
