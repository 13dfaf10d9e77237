// The side lists: the legend of node types, the relation filter and the dates the data spans.

import { RELATION_COLORS, TYPES, shapeSVG } from "./style.js";
import { ALL_RELATIONS } from "./hash.js";
import { esc } from "./util.js";

const $ = (sel) => document.querySelector(sel);

/** The legend of node types, with how many of each the view shows; a type switched off is marked. */
export function renderLegend(cy, state, typeLabel) {
  const counts = {};
  cy.nodes().forEach((n) => { counts[n.data("type")] = (counts[n.data("type")] || 0) + 1; });
  $("#legend").innerHTML = Object.keys(TYPES).map((type) =>
    `<li data-type="${type}" class="${state.typesOff.has(type) ? "off" : ""}" title="${esc(type)}">`
    + `${shapeSVG(type)}<span>${esc(typeLabel(type))}</span><span class="count">${counts[type] || 0}</span></li>`).join("");
}

/** The relation filter, with how many edges of each type the view holds. */
export function renderRelations(cy, state, relLabel) {
  const counts = {};
  cy.edges().forEach((e) => { counts[e.data("type")] = (counts[e.data("type")] || 0) + 1; });
  $("#relfilter").innerHTML = ALL_RELATIONS.map((r) =>
    `<li><label><input type="checkbox" value="${r}" ${state.rels.has(r) ? "checked" : ""}>`
    + `<span class="swatch" style="background:${RELATION_COLORS[r]}"></span>`
    + `<span>${esc(relLabel(r))}</span><span class="count">${counts[r] || ""}</span></label></li>`).join("");
}

/** The dates the view's edges span; the date filters are disabled on an undated corpus. */
export function renderSpan(cy, network, t) {
  const dates = [];
  cy.edges().forEach((e) => { for (const k of ["first_seen", "last_seen"]) if (e.data(k)) dates.push(e.data(k)); });
  dates.sort();
  const undatedCorpus = network ? !network.dated && !dates.length : cy.edges().nonempty() && !dates.length;
  $("#data-span").textContent = dates.length ? t("data_span", { from: dates[0], to: dates[dates.length - 1] })
    : undatedCorpus ? t("no_dates") : "";
  $("#data-span").classList.toggle("notice", Boolean(undatedCorpus));
  for (const sel of ["#date-from", "#date-to", "#undated"]) $(sel).disabled = Boolean(undatedCorpus);
}
