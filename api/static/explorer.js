// The graph explorer: search, expand, filter, find paths, export and share a view of the graph.

import cytoscape from "/vendor/cytoscape/cytoscape.esm.min.mjs";
import * as api from "./api.js";
import { STRINGS, TYPE_LABELS, RELATION_LABELS, fmt, englishWithPlace } from "./i18n.js";
import { RELATION_COLORS, stylesheet } from "./style.js";
import { truncate, download, debounce } from "./util.js";
import { declutter, labelBoxes, drawNetwork, renderStart, openReader, closeReader, pngWithLegend } from "./views.js";
import { Panel } from "./panel.js";
import { SearchBox } from "./search.js";
import { pathTool } from "./pathtool.js";
import { renderLegend, renderRelations, renderSpan } from "./sidelists.js";
import { ALL_RELATIONS, DEFAULT_RELATIONS, readHash, writeHash as writeStateHash } from "./hash.js";

if (window.cytoscapeFcose) cytoscape.use(window.cytoscapeFcose);
const LAYOUT = window.cytoscapeFcose ? "fcose" : "cose";

const $ = (sel) => document.querySelector(sel);

const state = {
  lang: "vi",
  seeds: [],            // expanded node ids, in the order they were opened
  selected: null,       // selected node or edge id
  rels: new Set(DEFAULT_RELATIONS),
  typesOff: new Set(),
  from: "",
  to: "",
  undated: true,
  pathFrom: null,
  pathTo: null,
  pathOn: false,
  limit: 150,           // nodes per neighbourhood, set by the user
  hops: 5,              // the path search's hop limit
  overview: false,      // the start page's network is shown
  province: "",         // the start page's place
  avoid: [],            // ids the path search avoids
  avoidTypes: [],       // entity types the path search avoids
};
let network = null;     // the start page's answer
let places = [];        // the places of the whole network's bodies, for the start page's picker
const cut = new Map();  // seed id -> true when its neighbourhood was cut at the limit

let busy = 0;
const hoods = new Map();        // node id -> neighbourhood answer (depth 1)
const edgeKeys = new Map();     // "source|type|target|title" -> cy edge id

const t = (key, values) => fmt(STRINGS[state.lang][key] ?? key, values);
const typeLabel = (type) => TYPE_LABELS[state.lang][type] ?? type;
const relLabel = (type) => RELATION_LABELS[state.lang][type] ?? type;

const cy = cytoscape({
  container: $("#cy"),
  style: stylesheet(),
  minZoom: 0.15,
  maxZoom: 3,
  boxSelectionEnabled: false,
});

const panel = new Panel({ cy, state, t, typeLabel, relLabel, api, hoods, actions: {
  expandGroup: (id, group) => expandGroup(id, group).then(afterChange),
  openArticle: (article, sentence) => work(() => openReader(api, article, sentence, { t, lang: state.lang })),
  expand: (id) => expand(id).then(afterChange),
  collapse: (id) => { collapse(id); afterChange(); },
  setPathEnd: (which, id) => setPathEnd(which, id),
  avoid: (id) => toggleAvoid(id),
  focus: (id) => { select(id); focusOn(id); },
  reveal: (node) => reveal(node),
}});

// --- busy state and messages ----------------------------------------------

async function work(fn) {
  busy += 1;
  renderStatus();
  try {
    return await fn();
  } catch (err) {
    toast(`${t("error")}: ${err.message}`, true);
    console.error(err);
    return undefined;
  } finally {
    busy -= 1;
    renderStatus();
  }
}

let toastTimer = null;
function toast(message, error = false) {
  const el = $("#toast");
  el.textContent = message;
  el.classList.toggle("error", error);
  el.hidden = false;
  clearTimeout(toastTimer);
  toastTimer = setTimeout(() => { el.hidden = true; }, error ? 6000 : 2500);
}

function renderStatus() {
  const el = $("#status");
  const shown = cy.elements().not(".filtered");
  const hidden = cy.elements(".filtered").length;
  let text = t("nodes_edges", { n: shown.nodes().length, m: shown.edges().length });
  if (hidden) text += ` · ${t("hidden", { h: hidden })}`;
  const undated = state.undated ? 0 : cy.edges(".filtered").filter((e) => !e.data("first_seen") && !e.hasClass("overview")).length;
  if (undated) text += ` · ${t("undated_hidden", { n: undated })}`;
  if (busy) text = `${t("loading")} ${text}`;
  el.textContent = text;
  el.classList.toggle("busy", busy > 0);
  el.dataset.nodes = String(cy.nodes().length);
  $("#empty").hidden = cy.nodes().length > 0 || busy > 0;
  renderNotice();
}

function renderNotice() {
  const el = $("#notice");
  const seeds = state.seeds.filter((id) => cut.get(id));
  el.hidden = !seeds.length;
  if (!seeds.length) return;
  const id = seeds[seeds.length - 1];
  const n = cy.getElementById(id);
  el.textContent = t("cut", { shown: cy.nodes().length, name: n.nonempty() ? nodeLabel(n.data()) : id, limit: state.limit });
}

// --- graph contents --------------------------------------------------------

function displayName(d) {
  return state.lang === "en" && d.english_name ? englishWithPlace(d.english_name, d.locality, d.level) : d.name;
}

function nodeLabel(d) {
  return truncate(displayName(d), 60);
}

function edgeLabel(d) {
  return d.type === "HOLDS_POSITION" && d.title ? d.title : relLabel(d.type);
}

function keyOf(e) {
  return `${e.source}|${e.type}|${e.target}|${e.properties?.title || ""}`;
}

/** Add nodes and edges not yet on screen; new nodes start around `around`. */
function addElements(nodes, edges, around = null) {
  const center = around && cy.getElementById(around).nonempty()
    ? cy.getElementById(around).position() : { x: cy.width() / 2, y: cy.height() / 2 };
  const fresh = nodes.filter((n) => n.id && cy.getElementById(n.id).empty());
  const added = cy.collection();
  fresh.forEach((n, i) => {
    const angle = (2 * Math.PI * i) / Math.max(fresh.length, 1);
    const r = 120 + 8 * fresh.length;
    added.merge(cy.add({ group: "nodes", data: { ...n, label: nodeLabel(n) },
      position: { x: center.x + r * Math.cos(angle), y: center.y + r * Math.sin(angle) } }));
  });
  for (const e of edges) {
    const key = keyOf(e);
    if (edgeKeys.has(key) || cy.getElementById(e.source).empty() || cy.getElementById(e.target).empty()) continue;
    const id = `edge:${e.id}`;
    if (cy.getElementById(id).nonempty()) continue;
    const d = { id, api_id: e.id, type: e.type, source: e.source, target: e.target,
                title: e.properties.title || null, first_seen: e.properties.first_seen || null,
                last_seen: e.properties.last_seen || null, evidence: e.evidence,
                evidence_count: e.properties.evidence_count ?? e.evidence.length };
    d.label = edgeLabel(d);
    added.merge(cy.add({ group: "edges", data: d }));
    edgeKeys.set(key, id);
  }
  return added;
}

/** In English, look up the English names the neighbourhood answers did not carry (agencies only). */
async function fillEnglishNames() {
  if (state.lang !== "en") return;
  const todo = cy.nodes('[type = "Agency"]').filter((n) => n.data("english_name") === undefined).map((n) => n.id());
  const one = async (id) => {
    let en = null;
    let place = {};
    try {
      const ent = await api.entity(id);
      en = ent.english_name ?? null;
      place = { locality: ent.properties.locality ?? null, level: ent.properties.level ?? null };
    } catch { /* keep the Vietnamese name */ }
    const n = cy.getElementById(id);
    if (n.nonempty()) n.data({ english_name: en, ...place, label: nodeLabel({ ...n.data(), english_name: en, ...place }) });
  };
  while (todo.length) await Promise.all(todo.splice(0, 6).map(one));
  panel.render();
}

/** One hop around `id`; articles (MENTIONS) only while that relation type is switched on. */
async function neighbourhood(id) {
  const mentions = state.rels.has("MENTIONS");
  const key = mentions ? `${id}|mentions` : id;
  if (!hoods.has(key)) {
    hoods.set(key, await api.neighborhood(id, 1, mentions ? ALL_RELATIONS.join(",") : null, state.limit));
  }
  return hoods.get(key);
}

/** Leave the start page: its network goes, the explorer's own view comes. */
function leaveOverview() {
  if (!state.overview) return;
  state.overview = false;
  cy.remove(cy.elements(".overview"));
  $("#start").hidden = true;
}

const GROUP_TYPES = {
  partners: [2, "PARTY_TO,Agreement,Agency"], officials: [1, "HOLDS_POSITION,Person"], posts: [1, "HOLDS_POSITION,Agency"],
  events: [1, "ORGANIZES,ATTENDS,CHAIRS,Event"], documents: [1, "PARTY_TO,ISSUED,Agreement"], units: [1, "PART_OF"],
};

/** Expand one group of an entity's neighbours (partners, officials, events, documents ...). */
async function expandGroup(id, group) {
  const [depth, types] = GROUP_TYPES[group];
  return work(async () => {
    leaveOverview();
    const hood = await api.neighborhood(id, depth, types, state.limit);
    if (cy.getElementById(id).empty()) addElements(hood.nodes.filter((n) => n.id === id), []);
    addElements(hood.nodes, hood.edges, id);
    if (hood.truncated) cut.set(id, true);
    cy.getElementById(id).addClass("seed");
    if (!state.seeds.includes(id)) state.seeds.push(id);
    await layout();
  });
}

async function expand(id, { layout: doLayout = true } = {}) {
  return work(async () => {
    leaveOverview();
    const hood = await neighbourhood(id);
    cut.set(id, hood.truncated);
    if (cy.getElementById(id).empty()) {
      const self = hood.nodes.find((n) => n.id === id) || (await api.entity(id));
      addElements([self], []);
    }
    addElements(hood.nodes, hood.edges, id);
    cy.getElementById(id).addClass("seed");
    if (!state.seeds.includes(id)) state.seeds.push(id);
    if (doLayout) await layout();
  });
}

function collapse(id) {
  state.seeds = state.seeds.filter((s) => s !== id);
  cy.getElementById(id).removeClass("seed");
  const keep = new Set(state.seeds);
  for (const s of state.seeds) cy.getElementById(s).neighborhood("node").forEach((n) => keep.add(n.id()));
  cy.nodes(".path").forEach((n) => keep.add(n.id()));
  if (state.selected) keep.add(state.selected);
  keep.add(id);
  const gone = cy.nodes().filter((n) => !keep.has(n.id()));
  gone.connectedEdges().forEach((e) => edgeKeys.delete(keyOf({ ...e.data(), properties: { title: e.data("title") } })));
  cy.remove(gone);
}

/** Put one node on screen (from a suggestion or a panel link) without expanding it. */
function reveal(node) {
  if (cy.getElementById(node.id).empty()) addElements([node], [], state.selected);
  return cy.getElementById(node.id);
}

/** Fit what is shown, without blowing a handful of nodes up to giant size. */
function fitView(animate = true) {
  const eles = cy.elements().not(".filtered");
  if (eles.empty()) return;
  cy.stop();
  const before = { zoom: cy.zoom(), pan: { ...cy.pan() } };
  cy.fit(eles, 40);
  const box = $("#start");
  if (state.overview && !box.hidden) {
    // Leave room for the start page's list on the left.
    const w = box.offsetWidth + 24;
    const bb = eles.boundingBox();
    const zoom = Math.min((cy.width() - w - 60) / bb.w, (cy.height() - 60) / bb.h, 1.2);
    cy.viewport({ zoom, pan: { x: w + 30 + ((cy.width() - w - 60) - bb.w * zoom) / 2 - bb.x1 * zoom,
                               y: 30 + ((cy.height() - 60) - bb.h * zoom) / 2 - bb.y1 * zoom } });
  }
  if (cy.zoom() > 1.2) {
    cy.zoom(1.2);
    cy.center(eles);
  }
  declutter(cy, new Set([...state.seeds, state.selected, state.pathFrom, state.pathTo]));
  if (!animate) return;
  const after = { zoom: cy.zoom(), pan: { ...cy.pan() } };
  cy.viewport(before);
  cy.animate(after, { duration: 250 });
}

let layoutRun = null;
function layout({ animate = true, randomize = false } = {}) {
  if (layoutRun) layoutRun.stop();
  const visible = cy.elements().not(".filtered");
  return new Promise((resolve) => {
    busy += 1;
    const big = visible.nodes().length > 60;
    layoutRun = visible.layout(LAYOUT === "fcose" ? {
      name: "fcose", quality: "proof", animate: animate && !big, animationDuration: 450, randomize: randomize || big,
      fit: false, padding: 40, nodeDimensionsIncludeLabels: true, packComponents: true,
      idealEdgeLength: () => (big ? 140 : 110), nodeRepulsion: () => (big ? 20000 : 9000), edgeElasticity: () => 0.45,
      gravity: 0.25, numIter: 2500, nodeSeparation: 90,
    } : {
      name: "cose", animate: animate && visible.nodes().length < 300, animationDuration: 450,
      randomize, fit: false, padding: 40, nodeDimensionsIncludeLabels: true,
      idealEdgeLength: () => 110, nodeRepulsion: () => 90000, edgeElasticity: () => 80,
      gravity: 0.6, numIter: 1200, componentSpacing: 80,
    });
    layoutRun.one("layoutstop", () => {
      busy -= 1;
      layoutRun = null;
      fitView(animate);
      renderStatus();
      resolve();
    });
    layoutRun.run();
  });
}

function focusOn(id) {
  const el = cy.getElementById(id);
  if (el.empty()) return;
  cy.elements().unselect();
  el.select();
  cy.animate({ center: { eles: el }, zoom: Math.max(cy.zoom(), 1) }, { duration: 300 });
}

// --- filters ---------------------------------------------------------------

function edgeInDates(e) {
  const first = e.data("first_seen");
  const last = e.data("last_seen") || first;
  if (!first) return state.undated;
  if (state.from && last < state.from) return false;
  if (state.to && first > state.to) return false;
  return true;
}

function applyFilters() {
  cy.batch(() => {
    cy.edges().forEach((e) => {
      const ok = e.hasClass("path") || e.hasClass("overview") || state.rels.has(e.data("type")) && edgeInDates(e)
        && !state.typesOff.has(e.source().data("type")) && !state.typesOff.has(e.target().data("type"));
      e.toggleClass("filtered", !ok);
    });
    const keep = new Set([...state.seeds, state.selected, state.pathFrom, state.pathTo]);
    cy.nodes().forEach((n) => {
      const off = state.typesOff.has(n.data("type"));
      const linked = n.connectedEdges().not(".filtered").nonempty();
      n.toggleClass("filtered", !n.hasClass("path") && (off || !(linked || keep.has(n.id()))));
    });
  });
  renderLegend(cy, state, typeLabel);
  renderRelations(cy, state, relLabel);
  renderSpan(cy, network, t);
  renderStatus();
}

// --- path ------------------------------------------------------------------

const paths = pathTool({ cy, state, api, t, typeLabel, relLabel, $, work, leaveOverview, addElements, edgeKeys, keyOf,
  nodeLabel, applyFilters, layout, writeHash, select, afterChange });
const { setPathEnd, clearPathMarks, findPath, renderPath, toggleAvoid } = paths;

// --- language --------------------------------------------------------------

function applyLanguage() {
  document.documentElement.lang = state.lang;
  document.querySelectorAll("[data-i18n]").forEach((el) => { el.textContent = t(el.dataset.i18n); });
  document.querySelectorAll("[data-i18n-placeholder]").forEach((el) => { el.placeholder = t(el.dataset.i18nPlaceholder); });
  document.querySelectorAll("[data-i18n-aria]").forEach((el) => { el.setAttribute("aria-label", t(el.dataset.i18nAria)); });
  document.querySelectorAll(".lang button").forEach((b) => b.setAttribute("aria-pressed", String(b.dataset.lang === state.lang)));
  cy.batch(() => {
    cy.nodes().forEach((n) => n.data("label", nodeLabel(n.data())));
    cy.edges().forEach((e) => e.data("label", edgeLabel(e.data())));
  });
  renderLegend(cy, state, typeLabel);
  renderRelations(cy, state, relLabel);
  renderSpan(cy, network, t);
  renderPath();
  renderStatus();
  panel.render();
  if (state.overview) renderStart(network, startOptions());
  work(fillEnglishNames);
}

// --- URL state -------------------------------------------------------------

function writeHash() {
  writeStateHash(state);
}

async function restore() {
  readHash(state);
  cy.elements().remove();
  hoods.clear();
  edgeKeys.clear();
  $("#date-from").value = state.from;
  $("#date-to").value = state.to;
  $("#undated").checked = state.undated;
  $("#limit").value = String(state.limit);
  $("#path-hops").value = String(state.hops);
  cut.clear();
  state.overview = false;
  const seeds = [...state.seeds];
  state.seeds = [];
  for (const id of seeds) await expand(id, { layout: false });
  applyLanguage();
  if (state.pathOn && state.pathFrom && state.pathTo) await findPath({ layout: false });
  const sel = state.selected;
  select(sel && cy.getElementById(sel).nonempty() ? sel : null);
  applyFilters();
  if (!seeds.length && !state.pathOn) await showStart();
  if (cy.nodes().length) await layout({ randomize: true, animate: false });
  renderPath();
  writeHash();
}

/** The start page: the whole graph's coordination network with the most active bodies and the latest agreements. */
async function showStart() {
  await work(async () => {
    const params = { province: state.province, since: state.from, until: state.to };
    network = await drawNetwork(cy, api, { label: nodeLabel, params });
    if (!places.length) {
      const all = state.province ? await api.network({ limit: 1000 }) : network;
      places = [...new Set(all.nodes.map((n) => n.locality).filter(Boolean))].sort((a, b) => a.localeCompare(b, "vi"));
    }
    state.overview = network.nodes.length > 0 || Boolean(state.province);
    renderStart(network, startOptions());
    applyFilters();
  });
}

function startOptions() {
  return { t, lang: state.lang, label: nodeLabel, places, place: state.province };
}

// --- selection ---------------------------------------------------------------

function select(id) {
  const el = id ? cy.getElementById(id) : cy.collection();
  cy.elements().unselect();
  state.selected = el.nonempty() ? id : null;
  if (el.nonempty()) el.select();
  const wasHidden = $("#panel").hidden;
  panel.show(state.selected);
  if (wasHidden !== $("#panel").hidden) cy.resize();
  writeHash();
}

function afterChange() {
  if (state.lang === "en") work(fillEnglishNames);
  applyFilters();
  renderPath();
  panel.render();
  writeHash();
}

// --- search box --------------------------------------------------------------

async function pick(item) {
  reveal(item);
  await expand(item.id);
  select(item.id);
  afterChange();
  fitView();
}

const searchBox = new SearchBox({ input: $("#q"), list: $("#suggest"), search: api.search, onPick: pick,
  t, typeLabel, lang: () => state.lang, onError: (err) => toast(`${t("error")}: ${err.message}`, true) });

// --- wiring ------------------------------------------------------------------

cy.on("tap", "node", async (ev) => {
  const id = ev.target.id();
  if (state.overview) { await openPartners(id); return; }
  select(id);
  if (!state.seeds.includes(id)) { await expand(id); afterChange(); }
});
cy.on("tap", "edge", (ev) => { if (!state.overview) select(ev.target.id()); });
cy.on("mouseover", "node", (ev) => ev.target.addClass("hover"));
cy.on("mouseout", "node", (ev) => ev.target.removeClass("hover"));
cy.on("zoom", debounce(() => declutter(cy, new Set([...state.seeds, state.selected])), 120));

/** From the start page: a body with its partners, the panel on its partners. */
async function openPartners(id) {
  const data = cy.getElementById(id).data();
  leaveOverview();
  reveal({ id, type: data.type, name: data.name, aliases: [], english_name: data.english_name,
           locality: data.locality, level: data.level });
  await expand(id, { layout: false });
  await expandGroup(id, "partners");
  select(id);
  panel.tab = "partners";
  afterChange();
}
$("#start").addEventListener("click", async (ev) => {
  const a = ev.target.closest("[data-open]");
  if (!a) return;
  ev.preventDefault();
  if (a.dataset.kind === "Agreement") {
    leaveOverview();
    await expand(a.dataset.open);
    select(a.dataset.open);
    afterChange();
  } else {
    await openPartners(a.dataset.open);
  }
});
$("#start").addEventListener("change", async (ev) => {
  if (ev.target.id !== "start-province") return;
  state.province = ev.target.value;
  cy.remove(cy.elements(".overview"));
  await showStart();
  writeHash();
  if (cy.nodes().length) await layout({ randomize: true });
});
$("#limit").addEventListener("change", (ev) => {
  state.limit = Math.min(2000, Math.max(5, Number(ev.target.value) || 150));
  hoods.clear();
  writeHash();
  if (state.seeds.length) restore();
});
$("#common-result").addEventListener("click", (ev) => {
  const a = ev.target.closest("[data-node]");
  if (!a) return;
  ev.preventDefault();
  reveal({ id: a.dataset.node, type: a.dataset.type, name: a.textContent, aliases: [] });
  select(a.dataset.node);
  afterChange();
});
$("#reader-close").addEventListener("click", () => closeReader());
$("#reader").addEventListener("click", async (ev) => {
  if (ev.target.id === "reader") { closeReader(); return; }
  const m = ev.target.closest("[data-node]");
  if (!m) return;
  // A mention opens its entity.
  closeReader();
  reveal({ id: m.dataset.node, type: m.dataset.type, name: m.getAttribute("title") || m.textContent, aliases: [] });
  await expand(m.dataset.node);
  select(m.dataset.node);
  afterChange();
});
cy.on("tap", (ev) => { if (ev.target === cy) select(null); });

$("#legend").addEventListener("click", (ev) => {
  const li = ev.target.closest("li[data-type]");
  if (!li) return;
  const type = li.dataset.type;
  if (state.typesOff.has(type)) state.typesOff.delete(type); else state.typesOff.add(type);
  afterChange();
});
$("#relfilter").addEventListener("change", async (ev) => {
  if (ev.target.checked) state.rels.add(ev.target.value); else state.rels.delete(ev.target.value);
  if (ev.target.value === "MENTIONS" && ev.target.checked && state.seeds.length) {
    // Articles were not fetched so far: fetch the seeds' neighbourhoods again with them.
    for (const id of state.seeds) await expand(id, { layout: false });
    applyFilters();
    await layout();
  }
  afterChange();
});
for (const [sel, key] of [["#date-from", "from"], ["#date-to", "to"]]) {
  $(sel).addEventListener("change", (ev) => { state[key] = ev.target.value; afterChange(); });
}
$("#undated").addEventListener("change", (ev) => { state.undated = ev.target.checked; afterChange(); });
$("#fit").addEventListener("click", () => fitView());
$("#relayout").addEventListener("click", () => layout({ randomize: true }));
$("#clear").addEventListener("click", () => {
  cy.elements().remove(); hoods.clear(); edgeKeys.clear(); cut.clear(); state.overview = false; $("#start").hidden = true;
  state.seeds = []; state.selected = null; state.pathFrom = null; state.pathTo = null; state.pathOn = false;
  clearPathMarks(); panel.show(null); afterChange();
});
$("#export-png").addEventListener("click", async () => {
  const blob = await pngWithLegend(cy, { typeLabel, relLabel, relationColors: RELATION_COLORS });
  download(blob, "coordgraph.png");
});
$("#export-json").addEventListener("click", () => {
  const view = {
    url: window.location.href,
    nodes: cy.nodes().map((n) => ({ ...n.data(), position: n.position(), hidden: n.hasClass("filtered") })),
    edges: cy.edges().map((e) => { const { label, ...d } = e.data(); return { ...d, id: d.api_id, hidden: e.hasClass("filtered") }; }),
  };
  download(new Blob([JSON.stringify(view, null, 2)], { type: "application/json" }), "coordgraph.json");
});
$("#share").addEventListener("click", async () => {
  writeHash();
  try {
    await navigator.clipboard.writeText(window.location.href);
    toast(t("copied"));
  } catch {
    window.prompt(t("share"), window.location.href);
  }
});
document.querySelectorAll(".lang button").forEach((b) => b.addEventListener("click", () => {
  state.lang = b.dataset.lang;
  applyLanguage();
  writeHash();
}));
document.querySelectorAll("[data-example]").forEach((b) => b.addEventListener("click", () => {
  searchBox.type(b.dataset.example);
}));
panel.onClose = () => select(null);
window.addEventListener("hashchange", () => restore());
document.addEventListener("keydown", (ev) => {
  if (ev.key === "Escape" && !$("#reader").hidden) { closeReader(); return; }
  if (ev.key === "Escape" && ev.target === document.body && state.selected) select(null);
});

// For people and for the browser tests: the page's live objects.
window.explorer = {
  cy, state, panel,
  isIdle: () => busy === 0 && !cy.animated() && cy.nodes().every((n) => !n.animated()),
  nodeIds: () => cy.nodes().not(".filtered").map((n) => n.id()).sort(),
  labelBoxes: () => labelBoxes(cy),
  declutter: () => declutter(cy, new Set([...state.seeds, state.selected])),
  select,
  ready: restore().then(() => { document.body.dataset.ready = "1"; }),
};
