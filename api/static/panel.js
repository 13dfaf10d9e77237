// The side panel: an entity's details, a person's posts over time, the evidence sentences.

import { PROPERTY_LABELS, englishWithPlace, kindLabel } from "./i18n.js";
import { RELATION_COLORS, shapeSVG } from "./style.js";
import { esc, fmtDate, markNames, truncate } from "./util.js";

const $ = (sel) => document.querySelector(sel);

/** An edge's evidence key: its ends, its relation and its post's title (what GET /evidence takes). */
const evidenceKey = (e) => JSON.stringify([e.source, e.type, e.target, e.title || null]);

/** An edge as the evidence pager takes it, from a graph answer's edge or an edge's data on screen. */
const evidenceRef = (e) => ({ source: e.source, target: e.target, type: e.type,
  title: e.properties?.title ?? e.title ?? null, evidence: e.evidence || [],
  evidence_count: e.properties?.evidence_count ?? e.evidence_count ?? (e.evidence || []).length });

export class Panel {
  constructor({ cy, state, t, typeLabel, relLabel, api, hoods, actions }) {
    Object.assign(this, { cy, state, t, typeLabel, relLabel, api, hoods, actions });
    this.id = null;
    this.tab = "details";
    this.cache = new Map();      // id -> {entity, positions}
    this.articles = new Map();   // article id -> {title, published}
    this.evidence = new Map();   // evidence key -> {edge, items, total}: each edge's evidence as far as paged
    this.pageSize = 50;          // pieces of evidence one 'more' brings
    this.listPageSize = 20;      // articles or partners one 'more' brings
    this.onClose = () => {};
    $("#panel-close").addEventListener("click", () => this.onClose());
    $("#tabs").addEventListener("click", (ev) => {
      const b = ev.target.closest("button[data-tab]");
      if (b) { this.tab = b.dataset.tab; this.render(); }
    });
    $("#panel").addEventListener("click", (ev) => this.onClick(ev));
  }

  /** Show the node or edge `id`; null hides the panel. */
  show(id) {
    if (id !== this.id) this.tab = id && id.startsWith("edge:") ? "evidence" : "details";
    this.id = id;
    $("#panel").hidden = !id;
    if (!id) return;
    this.render();
    if (!id.startsWith("edge:")) this.load(id);
  }

  async load(id) {
    if (this.cache.has(id)) return;
    const el = this.cy.getElementById(id);
    const entry = { entity: null, positions: null, hood: null, officials: null, partners: null, roles: [], groups: null,
      error: null };
    this.cache.set(id, entry);
    try {
      const type = el.data("type");
      const [entity, positions, hood, officials, partners, roles, groups] = await Promise.all([
        this.api.entity(id),
        type === "Person" ? this.api.positions(id) : null,
        this.hoods.has(id) ? this.hoods.get(id) : this.api.neighborhood(id, 1),
        type === "Agency" ? this.api.officials(id) : null,
        type === "Agency" ? this.api.partners(id, 0, this.listPageSize) : null,
        this.api.roles(type, id),
        type === "Agency" || type === "Person" ? this.api.groups(id).catch(() => null) : null,
      ]);
      Object.assign(entry, { entity, positions, hood, officials, partners, roles, groups });
      for (const a of entity.articles) this.articles.set(a.id, a);
    } catch (err) {
      entry.error = err.message;
    }
    if (this.id === id) this.render();
  }

  render() {
    const id = this.id;
    if (!id) return;
    const el = this.cy.getElementById(id);
    if (el.empty()) { $("#panel").hidden = true; return; }
    if (el.isEdge()) this.renderEdge(el); else this.renderNode(el);
  }

  name(d) {
    return this.state.lang === "en" && d.english_name ? englishWithPlace(d.english_name, d.locality, d.level) : d.name;
  }

  header(badgeType, badgeText, title, sub) {
    $("#panel-type").innerHTML = `${shapeSVG(badgeType, 16)}<span>${esc(badgeText)}</span>`;
    $("#panel-title").textContent = title;
    $("#panel-sub").innerHTML = sub || "";
  }

  tabs(list) {
    if (!list.some(([k]) => k === this.tab)) this.tab = list[0][0];
    $("#tabs").innerHTML = list.map(([k, label, n]) =>
      `<button type="button" role="tab" data-tab="${k}" aria-selected="${k === this.tab}">${esc(label)}`
      + `${n ? `<span class="n">${n}</span>` : ""}</button>`).join("");
  }

  renderNode(el) {
    const d = el.data();
    const { t } = this;
    const entry = this.cache.get(d.id) || {};
    const ent = entry.entity;
    const english = ent?.english_name || d.english_name;
    const place = { locality: ent?.properties?.locality ?? d.locality, level: ent?.properties?.level ?? d.level };
    const shownEn = englishWithPlace(english, place.locality, place.level);
    const other = this.state.lang === "en" && english ? d.name : shownEn;
    this.header(d.type, this.typeLabel(d.type), this.name({ ...d, english_name: english, ...place }),
      other ? esc(other) : "");
    const seed = this.state.seeds.includes(d.id);
    $("#panel-actions").innerHTML =
      `<button type="button" data-act="${seed ? "collapse" : "expand"}">${esc(t(seed ? "collapse" : "expand"))}</button>`
      + `<button type="button" data-act="from">${esc(t("set_from"))}</button>`
      + `<button type="button" data-act="to">${esc(t("set_to"))}</button>`
      + `<button type="button" data-act="avoid" aria-pressed="${this.state.avoid.includes(d.id)}">${esc(t("avoid"))}</button>`
      + this.groupsHTML(d.type, entry.groups);
    const evidence = this.nodeEvidence(d.id, entry.hood);
    const tabs = [["details", t("tab_details")]];
    if (d.type === "Person") tabs.push(["positions", t("tab_positions"), entry.positions?.length]);
    if (d.type === "Agency") {
      tabs.push(["officials", t("tab_officials"), entry.officials?.length]);
      tabs.push(["partners", t("tab_partners"), entry.partners?.total]);
    }
    tabs.push(["evidence", t("tab_evidence"), evidence.filter((g) => g.items.some((x) => x.sentence)).length]);
    this.tabs(tabs);
    let html;
    if (entry.error) html = `<p class="muted">${esc(t("error"))}: ${esc(entry.error)}</p>`;
    else if (!ent) html = `<p class="muted">${esc(t("loading"))}</p>`;
    else if (this.tab === "positions") html = this.positionsHTML(this.withEvidence(d.id, entry.positions || [], entry.hood));
    else if (this.tab === "evidence") html = this.evidenceHTML(evidence);
    else if (this.tab === "officials") html = this.officialsHTML(entry.officials || []);
    else if (this.tab === "partners") html = this.partnersHTML(entry.partners || { items: [], total: 0 });
    else html = this.rolesHTML(entry.roles || []) + this.detailsHTML(ent, (entry.roles || []).length > 0);
    $("#panel-body").innerHTML = html;
  }

  /** One button per group an expansion can bring, each with its count before the click. */
  groupsHTML(type, counts) {
    if (!counts) return "";
    const keys = type === "Person" ? ["posts", "events"] : ["partners", "officials", "events", "documents", "units"];
    const shown = keys.filter((k) => counts[k]);
    if (!shown.length) return "";
    return `<div class="groups" aria-label="${esc(this.t("expand_group"))}">${shown.map((k) =>
      `<button type="button" data-group="${k}">${esc(this.t(`group_${k}`))}<span class="n">${counts[k]}</span></button>`).join("")}</div>`;
  }

  detailsHTML(ent, heading = false) {
    const { t, state } = this;
    const labels = PROPERTY_LABELS[state.lang];
    const rows = [[t("id"), `<code>${esc(ent.id)}</code>`]];
    if (ent.english_name) {
      rows.push([t("english_name"), esc(englishWithPlace(ent.english_name, ent.properties.locality, ent.properties.level))]);
    }
    for (const [k, v] of Object.entries(ent.properties)) {
      if (v === null || v === undefined || v === "" || (Array.isArray(v) && !v.length)) continue;
      let shown = Array.isArray(v) ? v.join(", ") : String(v);
      if (k === "kind" || k === "level") shown = kindLabel(v, state.lang);
      if (/date|published|seen/.test(k)) shown = fmtDate(shown, state.lang);
      rows.push([labels[k] || k, esc(shown)]);
    }
    let html = `${heading ? `<h3>${esc(t("properties"))}</h3>` : ""}<dl class="props">${rows.map(([k, v]) => `<dt>${esc(k)}</dt><dd>${v}</dd>`).join("")}</dl>`;
    if (ent.aliases.length) {
      html += `<h3>${esc(t("aliases"))}</h3><div class="aliases">${ent.aliases.map((a) => `<span>${esc(a)}</span>`).join("")}</div>`;
    }
    const counts = Object.entries(ent.counts).filter(([, n]) => n);
    if (counts.length) {
      const max = Math.max(...counts.map(([, n]) => n));
      html += `<h3>${esc(t("relation_counts"))}</h3><ul class="bars">${counts.sort((a, b) => b[1] - a[1]).map(([k, n]) =>
        `<li><span>${esc(this.relLabel(k))}</span><span class="bar" style="width:${Math.max(4, (100 * n) / max)}%;`
        + `background:${RELATION_COLORS[k] || "#94a3b8"}"></span><span class="n">${n}</span></li>`).join("")}</ul>`;
    }
    if (ent.articles.length) {
      const total = ent.articlesTotal ?? ent.articles.length;
      html += `<h3>${esc(t("articles"))} <span class="n">${total}</span></h3>`
        + `<ul class="articles">${ent.articles.map((a) =>
        `<li><span class="date">${esc(fmtDate(a.published, state.lang))}</span><a href="#" class="cite" data-article="${esc(a.id)}">${esc(a.title || a.id)}</a></li>`).join("")}</ul>`
        + this.pagerHTML("articles", ent.articles.length, total, t("more_articles", { n: total - ent.articles.length }));
    }
    return html;
  }

  /** Each post with its edge for the evidence pager: its first pieces of evidence (from the matching edge
   * around the person when the answer carried no sentences) and how many it has. */
  withEvidence(person, positions, hood) {
    const edges = (hood?.edges || []).filter((e) => e.type === "HOLDS_POSITION");
    return positions.map((p) => {
      const e = edges.find((x) => x.target === p.body.id && (x.properties.title || null) === (p.title || null));
      const own = p.evidence.some((x) => x.sentence) || !e?.evidence.length;
      // As many pieces as a graph answer carries (its evidence_shown), so that the pager pages on from there.
      const first = own ? p.evidence.slice(0, hood?.evidenceShown ?? p.evidence.length) : e.evidence;
      const count = Math.max(p.evidence.length, e?.properties.evidence_count ?? 0, first.length);
      return { ...p, ref: { source: person, target: p.body.id, type: "HOLDS_POSITION", title: p.title || null,
        evidence: first, evidence_count: count } };
    });
  }

  /** A person's positions as bars on a time axis, then as a list with their evidence. */
  positionsHTML(positions) {
    const { t, state } = this;
    if (!positions.length) return `<p class="muted">${esc(t("no_positions"))}</p>`;
    const rows = [...positions].sort((a, b) => String(a.first_seen || "9").localeCompare(String(b.first_seen || "9")));
    const dates = rows.flatMap((p) => [p.first_seen, p.last_seen]).filter(Boolean).sort();
    let svg = "";
    if (dates.length) {
      const y0 = Number(dates[0].slice(0, 4));
      const y1 = Number(dates[dates.length - 1].slice(0, 4)) + 1;
      const toYear = (s) => Number(s.slice(0, 4)) + (Number(s.slice(5, 7)) - 1) / 12 + (Number(s.slice(8, 10)) - 1) / 365;
      const W = 360;
      const L = 14;
      const rowH = 34;
      const H = rows.length * rowH + 22;
      const x = (s) => L + ((toYear(s) - y0) / (y1 - y0)) * (W - 2 * L);
      const ticks = [];
      for (let y = y0; y <= y1; y += 1) {
        const px = L + ((y - y0) / (y1 - y0)) * (W - 2 * L);
        ticks.push(`<line x1="${px}" x2="${px}" y1="0" y2="${H - 18}" stroke="#e2e8f0"/>`
          + `<text x="${px}" y="${H - 5}" text-anchor="middle">${y}</text>`);
      }
      const bars = rows.map((p, i) => {
        const top = i * rowH;
        const label = `${p.title || ""} · ${this.name(p.body)}`;
        let mark = "";
        if (p.first_seen) {
          const a = x(p.first_seen);
          const b = x(p.last_seen || p.first_seen);
          mark = b - a < 6
            ? `<circle cx="${a + 3}" cy="${top + 24}" r="5" fill="#ea580c"/>`
            : `<rect x="${a}" y="${top + 19}" width="${b - a}" height="10" rx="5" fill="#ea580c"/>`;
        }
        return `<g class="row" data-node="${esc(p.body.id)}"><rect class="bg" x="0" y="${top}" width="${W}" height="${rowH}" fill="transparent"/>`
          + `<text x="4" y="${top + 13}">${esc(truncate(label, 58))}</text>${mark}</g>`;
      }).join("");
      svg = `<div class="timeline"><svg width="${W}" height="${H}" role="img" aria-label="${esc(t("positions_over_time"))}">`
        + `<g class="axis">${ticks.join("")}</g>${bars}</svg></div>`;
    }
    const latest = dates.length ? dates[dates.length - 1] : null;
    const list = rows.map((p) => {
      const former = latest && p.last_seen && p.last_seen < latest
        && rows.some((o) => o !== p && o.first_seen && o.first_seen > p.last_seen);
      const when = p.first_seen
        ? (p.last_seen && p.last_seen !== p.first_seen
          ? `${fmtDate(p.first_seen, state.lang)} – ${fmtDate(p.last_seen, state.lang)}` : fmtDate(p.first_seen, state.lang))
        : "";
      const seen = p.first_seen ? `${t("first_seen")}: ${fmtDate(p.first_seen, state.lang)} · ${t("last_seen")}: ${fmtDate(p.last_seen || p.first_seen, state.lang)}` : when;
      return `<li><strong>${esc(p.title || "")}</strong> · ${this.link(p.body)}${former ? ` <span class="former">(${esc(t("former"))})</span>` : ""}`
        + `<div class="when" title="${esc(seen)}">${esc(when)}</div>${this.pagedEvidenceHTML(p.ref, [p.title, p.body.name, ...(p.body.aliases || [])])}</li>`;
    }).join("");
    const undated = dates.length ? "" : `<p class="notice">${esc(t("positions_undated"))}</p>`;
    return `<h3>${esc(t("positions_over_time"))}</h3>${svg}${undated}<ul class="positions evidence">${list}</ul>`;
  }

  when(first, last) {
    const { lang } = this.state;
    if (!first) return "";
    return last && last !== first ? `${fmtDate(first, lang)} – ${fmtDate(last, lang)}` : fmtDate(first, lang);
  }

  link(node) {
    const live = this.cy.getElementById(node.id);
    const shown = live.nonempty() && live.isNode() ? { ...node, ...live.data() } : node;
    return `<a href="#" data-node="${esc(node.id)}" data-type="${esc(node.type)}">${esc(this.name(shown))}</a>`;
  }

  /** An event's or agreement's participants, one short list per role. */
  rolesHTML(roles) {
    const { t, state } = this;
    return roles.map(([key, items]) => `<h3>${esc(t(`role_${key}`))}</h3><ul class="roles">${items.map((x) => {
      const extra = [x.title, x.role === "lead" ? t("lead") : null, x.kind ? kindLabel(x.kind, state.lang) : null,
        x.date && fmtDate(x.date, state.lang)].filter(Boolean).join(" · ");
      return `<li>${shapeSVG(x.node.type, 12)} ${this.link(x.node)}${extra ? ` <span class="muted">${esc(extra)}</span>` : ""}</li>`;
    }).join("")}</ul>`).join("");
  }

  officialsHTML(officials) {
    const { t } = this;
    if (!officials.length) return `<p class="muted">${esc(t("no_officials"))}</p>`;
    return `<h3>${esc(t("officials"))}</h3><ul class="positions">${officials.map((o) =>
      `<li><strong>${esc(o.title || "")}</strong> · ${this.link(o.person)}<div class="when">${esc(this.when(o.first_seen, o.last_seen))}</div></li>`,
    ).join("")}</ul>`;
  }

  /** A page of partners at a time: {items, total} as far as paged, then the pager. */
  partnersHTML({ items, total }) {
    const { t, state } = this;
    if (!items.length) return `<p class="muted">${esc(t("no_partners"))}</p>`;
    return `<h3>${esc(t("partners"))}</h3><ul class="positions evidence partners">${items.map((p) =>
      `<li><strong>${this.link(p.partner)}</strong>${p.agreements.map((g) =>
        `<div class="agreement">${this.link({ id: g.id, type: "Agreement", name: g.name })}`
        + `<span class="when"> ${esc(kindLabel(g.kind, state.lang))}${g.first_seen ? ` · ${esc(this.when(g.first_seen, g.last_seen))}` : ""}</span></div>`).join("")}`
      + p.sentences.map((s) => `<blockquote class="sentence">${markNames(s, [p.partner.name])}</blockquote>`).join("")
      + "</li>").join("")}</ul>`
      + this.pagerHTML("partners", items.length, total, t("more_partners", { n: total - items.length }));
  }

  /** "shown / total", a button for the next page and how many are left, while some are not shown: the
   * one pager of the article list, the partners and (with its key) each edge's evidence. */
  pagerHTML(kind, shown, total, leftText, key = null) {
    if (total <= shown) return "";
    return `<p class="muted more-${kind}"><span class="muted ${kind}-count">${esc(this.t("shown_of", { shown, total }))}</span> · `
      + `<button type="button" data-more="${kind}"${key ? ` data-key="${esc(key)}"` : ""}>${esc(this.t("more"))}</button> `
      + `${esc(leftText)}</p>`;
  }

  /** The edges around a node, each with its evidence, sentences first. */
  nodeEvidence(id, hood) {
    const edges = hood ? hood.edges.filter((e) => e.source === id || e.target === id)
      : this.cy.getElementById(id).connectedEdges().map((e) => ({ ...e.data(), properties: { title: e.data("title"),
        first_seen: e.data("first_seen"), last_seen: e.data("last_seen") } }));
    const nodes = new Map((hood?.nodes || []).map((n) => [n.id, n]));
    const nodeData = (nid) => nodes.get(nid) || this.cy.getElementById(nid).data() || { id: nid, name: nid, aliases: [] };
    return edges.map((e) => ({
      edge: e, ref: evidenceRef(e), source: nodeData(e.source), target: nodeData(e.target), items: e.evidence || [],
    })).sort((a, b) => (b.items.some((x) => x.sentence) - a.items.some((x) => x.sentence))
      || String(b.edge.properties.last_seen || "").localeCompare(String(a.edge.properties.last_seen || "")));
  }

  evidenceHTML(groups) {
    const { t } = this;
    if (!groups.length) return `<p class="muted">${esc(t("no_evidence"))}</p>`;
    return `<h3>${esc(t("evidence_for"))}</h3><ul class="evidence">${groups.map((g) => {
      const e = g.edge;
      const rel = e.type === "HOLDS_POSITION" && e.properties.title ? e.properties.title : this.relLabel(e.type);
      const names = [g.source.name, g.target.name, ...(g.source.aliases || []), ...(g.target.aliases || []), e.properties.title];
      return `<li><div class="rel" data-edge-key="${esc(e.id)}">${esc(this.name(g.source))} `
        + `<span class="t">— ${esc(rel)} →</span> ${esc(this.name(g.target))}</div>${this.pagedEvidenceHTML(g.ref, names)}</li>`;
    }).join("")}</ul>`;
  }

  /** Sentences as quotes with their article; articles without a sentence on one line. */
  sentencesHTML(items, names) {
    const { t, state } = this;
    const cite = (x) => {
      const a = this.articles.get(x.article) || {};
      const title = x.title || a.title || x.article || "";
      const text = `${esc(t("article"))}: ${esc(truncate(title, 90))}${x.date ? ` · ${esc(fmtDate(x.date, state.lang))}` : ""}`;
      return x.article ? `<a href="#" class="cite" data-article="${esc(x.article)}" data-sentence="${esc(x.sentence || "")}">${text}</a>` : text;
    };
    const withText = items.filter((x) => x.sentence);
    const without = items.filter((x) => !x.sentence);
    this.wantTitles(items);
    let html = withText.map((x) =>
      `<blockquote class="sentence">${markNames(x.sentence, names)}<cite>${cite(x)}</cite></blockquote>`).join("");
    if (without.length) {
      html += `<blockquote class="none">${esc(t("no_sentence"))}<cite>${without.map(cite).join("<br>")}</cite></blockquote>`;
    }
    return html;
  }

  /** Fetch the titles of cited articles not known yet, then draw the panel again. */
  wantTitles(items) {
    this.asked = this.asked || new Set();
    const ids = [...new Set(items.map((x) => x.article).filter((a) => a && !this.articles.has(a) && !this.asked.has(a)))];
    if (!ids.length) return;
    for (const a of ids) this.asked.add(a);
    clearTimeout(this.titleTimer);
    this.pendingTitles = [...(this.pendingTitles || []), ...ids];
    this.titleTimer = setTimeout(async () => {
      const todo = this.pendingTitles.splice(0, 200);
      try {
        for (const a of await this.api.citations(todo)) this.articles.set(a.id, a);
        this.render();
      } catch { /* citations keep their ids */ }
    }, 30);
  }

  async moreArticles(id) {
    const ent = this.cache.get(id)?.entity;
    if (!ent) return;
    const page = await this.api.entityArticles(id, ent.articles.length, this.listPageSize);
    ent.articles.push(...page.items);
    ent.articlesTotal = page.total;
    for (const a of page.items) this.articles.set(a.id, a);
    if (this.id === id) this.render();
  }

  async morePartners(id) {
    const got = this.cache.get(id)?.partners;
    if (!got || this.loadingMore) return;
    this.loadingMore = true;
    let failed = null;
    try {
      const page = await this.api.partners(id, got.items.length, this.listPageSize);
      got.items.push(...page.items);
      got.total = page.total;
    } catch (err) {
      failed = err.message;
    } finally {
      this.loadingMore = false;
    }
    if (this.id !== id) return;
    this.render();
    if (failed) $("#panel-body").insertAdjacentHTML("beforeend", `<p class="muted">${esc(this.t("error"))}: ${esc(failed)}</p>`);
  }

  renderEdge(el) {
    const d = el.data();
    const { t, state } = this;
    const src = el.source().data();
    const dst = el.target().data();
    const rel = d.type === "HOLDS_POSITION" && d.title ? `${this.relLabel(d.type)}: ${d.title}` : this.relLabel(d.type);
    this.header(src.type, rel, `${this.name(src)} → ${this.name(dst)}`,
      [d.first_seen && `${esc(t("first_seen"))}: ${esc(fmtDate(d.first_seen, state.lang))}`,
        d.last_seen && `${esc(t("last_seen"))}: ${esc(fmtDate(d.last_seen, state.lang))}`].filter(Boolean).join(" · "));
    $("#panel-actions").innerHTML = "";
    const ref = evidenceRef(d);
    this.tabs([["evidence", t("tab_evidence"), this.evidenceState(ref).total]]);
    const names = [src.name, dst.name, ...(src.aliases || []), ...(dst.aliases || []), d.title];
    $("#panel-body").innerHTML = this.evidenceState(ref).items.length
      ? `<h3>${esc(t("evidence_for"))}</h3>${this.pagedEvidenceHTML(ref, names)}`
      : `<p class="muted">${esc(t("no_evidence"))}</p>`;
    // The count goes beside the heading here, as the only edge in the panel.
    const count = $("#panel-body .evidence-count");
    if (count) {
      count.nextSibling.remove();  // the " · " between the count and the button
      $("#panel-body h3").append(" ", count);
    }
  }

  /** An edge's evidence as far as paged: graph answers carry its first pieces and how many it has. */
  evidenceState(ref) {
    const key = evidenceKey(ref);
    let s = this.evidence.get(key);
    if (!s || ref.evidence.length > s.items.length) {
      s = { edge: ref, items: ref.evidence, total: Math.max(ref.evidence_count ?? 0, ref.evidence.length) };
      this.evidence.set(key, s);
    }
    return { key, ...s };
  }

  /** One edge's evidence in the panel (edge, evidence and positions tabs alike): the sentences, then
   * "shown / total" and a button for the next page while some are not shown. */
  pagedEvidenceHTML(ref, names) {
    const { t } = this;
    const { key, items, total } = this.evidenceState(ref);
    const more = this.pagerHTML("evidence", items.length, total, t("more_evidence", { n: total - items.length }), key);
    return `<div class="evidence" data-key="${esc(key)}">${this.sentencesHTML(items, names)}</div>${more}`;
  }

  /** The next page of one edge's evidence (by its key); kept for every panel and on the edge on screen. */
  async moreEvidence(key) {
    const s = this.evidence.get(key);
    if (!s || this.loadingMore) return;
    this.loadingMore = true;
    let failed = null;
    try {
      const page = await this.api.edgeEvidence(s.edge, s.items.length, this.pageSize);
      s.items = [...s.items, ...page.items];
      s.total = page.total;
      this.cy.edges().filter((e) => evidenceKey(evidenceRef(e.data())) === key)
        .forEach((e) => e.data({ evidence: s.items, evidence_count: s.total }));
    } catch (err) {
      failed = err.message;
    } finally {
      this.loadingMore = false;
    }
    this.render();
    if (failed) $("#panel-body").insertAdjacentHTML("beforeend", `<p class="muted">${esc(this.t("error"))}: ${esc(failed)}</p>`);
  }

  onClick(ev) {
    const cite = ev.target.closest("a.cite[data-article]");
    if (cite) {
      ev.preventDefault();
      this.actions.openArticle(cite.dataset.article, cite.dataset.sentence || null);
      return;
    }
    const group = ev.target.closest("button[data-group]");
    if (group && this.id) {
      this.actions.expandGroup(this.id, group.dataset.group);
      return;
    }
    const more = ev.target.closest("button[data-more]");
    if (more && this.id) {
      if (more.dataset.more === "evidence") this.moreEvidence(more.dataset.key);
      else if (more.dataset.more === "partners") this.morePartners(this.id);
      else this.moreArticles(this.id);
      return;
    }
    const act = ev.target.closest("button[data-act]");
    if (act && this.id) {
      const a = act.dataset.act;
      if (a === "expand") this.actions.expand(this.id);
      else if (a === "collapse") this.actions.collapse(this.id);
      else if (a === "avoid") { this.actions.avoid(this.id); this.render(); }
      else this.actions.setPathEnd(a, this.id);
      return;
    }
    const link = ev.target.closest("[data-node]");
    if (link) {
      ev.preventDefault();
      const nid = link.dataset.node;
      if (this.cy.getElementById(nid).empty()) {
        this.actions.reveal({ id: nid, type: link.dataset.type || "Agency", name: link.textContent, aliases: [] });
      }
      this.actions.focus(nid);
    }
  }
}
