// The explorer's larger views: the start page's network, the article reader, labels that never
// overlap, and the PNG export with its legend.

import { TYPES, shapeSVG } from "./style.js";
import { esc, fmtDate, truncate } from "./util.js";

const $ = (sel) => document.querySelector(sel);

// --- labels ----------------------------------------------------------------

/** Show the labels of the most important nodes and hide any label that would overlap one already
 * shown (class `nolabel`), at the current zoom, with labels at least 11 px on screen. Importance:
 * seeds and the selection, then centrality (`weight`), then degree. */
export function declutter(cy, keep = new Set()) {
  const nodes = cy.nodes().not(".filtered");
  const rank = (n) => (keep.has(n.id()) || n.selected() ? 1e6 : 0) + (n.data("weight") || 0) * 10 + (n.data("ties") || 0)
    + n.degree(false);
  const order = nodes.toArray().sort((a, b) => rank(b) - rank(a));
  // Labels keep a legible size on screen whatever the zoom; the ones that would overlap are hidden.
  const fs = Math.max(12, 11 / Math.max(cy.zoom(), 0.01));
  cy.batch(() => {
    nodes.removeClass("nolabel");
    nodes.style({ "font-size": fs, "text-max-width": (150 * fs) / 12, "text-margin-y": (5 * fs) / 12 });
  });
  const placed = [];
  const hide = [];
  const pad = 2 / Math.max(cy.zoom(), 0.01);
  for (const n of order) {
    const b = n.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true });
    if (!(b.w > 0 && b.h > 0)) continue;
    const box = { x1: b.x1 - pad, x2: b.x2 + pad, y1: b.y1 - pad, y2: b.y2 + pad };
    if (placed.some((o) => box.x1 < o.x2 && o.x1 < box.x2 && box.y1 < o.y2 && o.y1 < box.y2)) {
      hide.push(n);
    } else {
      placed.push(box);
    }
  }
  cy.batch(() => hide.forEach((n) => n.addClass("nolabel")));
  // Edge labels only where they can be read.
  cy.batch(() => cy.edges().toggleClass("nolabel", cy.edges().not(".filtered").length > 30));
}

/** The label boxes drawn now (model coordinates), for checking that none overlap. */
export function labelBoxes(cy) {
  return cy.nodes().not(".filtered").not(".nolabel").filter((n) => n.visible() && n.data("label"))
    .map((n) => {
      const b = n.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true });
      return { id: n.id(), x1: b.x1, x2: b.x2, y1: b.y1, y2: b.y2 };
    }).filter((b) => b.x2 > b.x1);
}

// --- the start page -----------------------------------------------------------

/** Draw the whole graph's coordination network; returns the answer (nodes, edges, active, latest). */
export async function drawNetwork(cy, api, { label, params = {} }) {
  const net = await api.network(params);
  const maxB = Math.max(0.0001, ...net.nodes.map((n) => n.betweenness));
  const maxD = Math.max(1, ...net.nodes.map((n) => n.degree));
  cy.batch(() => {
    for (const n of net.nodes) {
      const weight = 0.6 * (n.betweenness / maxB) + 0.4 * (n.degree / maxD);
      cy.add({ group: "nodes", data: { ...n, aliases: [], weight, size: Math.round(24 + 46 * weight), label: label(n) },
               classes: "overview" });
    }
    for (const e of net.edges) {
      cy.add({ group: "edges", data: { id: `tie:${e.source}|${e.target}`, type: "COORDINATES", source: e.source,
                                       target: e.target, weight: e.weight, via: e.via, label: "" }, classes: "overview" });
    }
  });
  return net;
}

export function renderStart(net, { t, lang, label, places = [], place = "" }) {
  const box = $("#start");
  if (!net || (!net.nodes.length && !place)) {
    box.hidden = true;
    return;
  }
  const active = net.active.map((n) => `<li><a href="#" data-open="${esc(n.id)}">${esc(label(n))}</a>`
    + ` <span class="muted">${esc(t("ties", { n: n.ties }))}</span></li>`).join("");
  const latest = net.latest.map((g) => `<li><a href="#" data-open="${esc(g.id)}" data-kind="Agreement">${esc(truncate(g.name, 90))}</a>`
    + ` <span class="muted">${esc(t("parties", { n: g.parties }))}${g.last_seen ? ` · ${esc(fmtDate(g.last_seen, lang))}` : ""}</span></li>`).join("");
  const pick = places.length ? `<label class="place">${esc(t("province"))} <select id="start-province"><option value="">${esc(t("all_places"))}</option>`
    + places.map((p) => `<option value="${esc(p)}" ${p === place ? "selected" : ""}>${esc(p)}</option>`).join("") + "</select></label>" : "";
  box.innerHTML = `<h2>${esc(t("start_title"))}</h2><p class="hint">${esc(t("start_text"))}</p>${pick}`
    + (net.dated ? "" : `<p class="notice" id="undated-notice">${esc(t("no_dates"))}</p>`)
    + `<h3>${esc(t("start_active"))}</h3><ol class="active">${active}</ol>`
    + (latest ? `<h3>${esc(t("start_latest"))}</h3><ul class="latest">${latest}</ul>` : "");
  box.hidden = false;
}

// --- the article reader ---------------------------------------------------------

/** Open an article: its text with every mention coloured by type, `sentence` underlined and scrolled to. */
export async function openReader(api, articleId, sentence, { t, lang }) {
  const dlg = $("#reader");
  dlg.hidden = false;
  dlg.dataset.article = articleId;
  $("#reader-body").innerHTML = `<p class="muted">…</p>`;
  const a = await api.article(articleId);
  const meta = [a.source, a.published && fmtDate(a.published, lang)].filter(Boolean).map(esc).join(" · ");
  $("#reader-head").innerHTML = `<h2 id="reader-title">${esc(a.title || a.article)}</h2>`
    + `<p class="muted">${meta}${meta ? " · " : ""}<code>${esc(a.article)}</code>`
    + (a.url ? ` · <a href="${esc(a.url)}" target="_blank" rel="noopener">${esc(t("open_source"))}</a>` : "") + "</p>"
    + `<p class="hint">${esc(t("mentions_legend"))} ${Object.keys(TYPES).filter((k) => k !== "Article").map((k) =>
      `<span class="m m-${k}">${shapeSVG(k, 10)}${esc(k)}</span>`).join(" ")}</p>`;
  if (!a.text) {
    $("#reader-body").innerHTML = `<p class="muted">${esc(t("no_text"))}</p>`;
    return a;
  }
  let ev = null;
  if (sentence) {
    const rel = a.relations.find((r) => r.sentence === sentence && r.start !== null);
    const at = rel ? rel.start : a.text.indexOf(sentence);
    if (at >= 0) ev = { start: at, end: at + sentence.length };
  }
  const names = new Map(a.entities.map((e) => [e.id, e]));
  // Cut points: mention bounds and the evidence sentence's bounds.
  const cuts = new Set([0, a.text.length]);
  for (const m of a.mentions) { cuts.add(m.start); cuts.add(m.end); }
  if (ev) { cuts.add(ev.start); cuts.add(ev.end); }
  const points = [...cuts].sort((x, y) => x - y);
  let html = "";
  for (let i = 0; i + 1 < points.length; i += 1) {
    const [s, e] = [points[i], points[i + 1]];
    let piece = esc(a.text.slice(s, e)).replace(/\n/g, "<br>");
    const m = a.mentions.find((x) => x.start <= s && e <= x.end);
    if (m) {
      const ent = names.get(m.id) || {};
      piece = `<span class="m m-${esc(m.type)}" data-node="${esc(m.id)}" data-type="${esc(m.type)}" title="${esc(ent.name || "")}">${piece}</span>`;
    }
    if (ev && ev.start <= s && e <= ev.end) piece = `<mark class="evidence">${piece}</mark>`;
    html += piece;
  }
  $("#reader-body").innerHTML = `<div class="text">${html}</div>`;
  const first = $("#reader-body mark.evidence");
  if (first) first.scrollIntoView({ block: "center" });
  return a;
}

export function closeReader() {
  $("#reader").hidden = true;
}

// --- PNG with a legend ---------------------------------------------------------------

/** The view as a PNG blob with a legend of the node types and relation colours drawn in. */
export async function pngWithLegend(cy, { typeLabel, relLabel, relationColors }) {
  const src = cy.png({ output: "blob-promise", full: true, scale: 2, bg: "#ffffff", maxWidth: 4000, maxHeight: 4000 });
  const img = await createImageBitmap(await src);
  const types = [...new Set(cy.nodes().not(".filtered").map((n) => n.data("type")))].filter((x) => TYPES[x]);
  const rels = [...new Set(cy.edges().not(".filtered").map((e) => e.data("type")))];
  const u = Math.max(24, Math.round(img.width / 70)); // the legend's text size, in proportion to the image
  const line = Math.round(u * 1.5);
  const legendH = u + line * (types.length + rels.length);
  const canvas = document.createElement("canvas");
  canvas.width = Math.max(img.width, 20 * u);
  canvas.height = img.height + legendH;
  const g = canvas.getContext("2d");
  g.fillStyle = "#ffffff";
  g.fillRect(0, 0, canvas.width, canvas.height);
  g.drawImage(img, 0, 0);
  g.font = `${u}px system-ui, sans-serif`;
  g.textBaseline = "middle";
  let y = img.height + u;
  for (const type of types) {
    g.fillStyle = TYPES[type].color;
    g.fillRect(u, y - u / 2, u, u);
    g.fillStyle = "#0f172a";
    g.fillText(typeLabel(type), 2.6 * u, y);
    y += line;
  }
  for (const r of rels) {
    g.strokeStyle = relationColors[r] || "#64748b";
    g.lineWidth = Math.max(4, u / 5);
    g.beginPath(); g.moveTo(u, y); g.lineTo(2.2 * u, y); g.stroke();
    g.fillStyle = "#0f172a";
    g.fillText(relLabel(r), 2.6 * u, y);
    y += line;
  }
  canvas.dataset.legend = JSON.stringify({ types, rels });
  return new Promise((resolve) => canvas.toBlob(resolve, "image/png"));
}
