// Calls to the coordgraph JSON API, with answers brought to one shape for the page.

const BASE = "";

async function getJSON(path, params = {}) {
  const url = new URL(BASE + path, window.location.origin);
  for (const [k, v] of Object.entries(params)) {
    if (v !== undefined && v !== null && v !== "") url.searchParams.set(k, v);
  }
  const res = await fetch(url, { headers: { Accept: "application/json" } });
  if (!res.ok) {
    let detail = res.statusText;
    try {
      const body = await res.json();
      detail = typeof body.message === "string" ? body.message
        : typeof body.detail === "string" ? body.detail : JSON.stringify(body);
    } catch { /* not JSON */ }
    throw new Error(`${res.status} ${detail}`);
  }
  return res.json();
}

const enc = encodeURIComponent;

/** The list inside an answer, whichever key the API used. */
function listOf(body, ...keys) {
  if (Array.isArray(body)) return body;
  for (const k of keys) if (body && Array.isArray(body[k])) return body[k];
  return [];
}

/** One evidence entry: {article, sentence, date, title}. */
export function evidenceOf(ev) {
  if (!ev) return [];
  const list = Array.isArray(ev) ? ev : [ev];
  return list.map((e) => ({
    article: e.article ?? e.article_id ?? null,
    title: e.article_title ?? e.title ?? null,
    sentence: e.sentence ?? e.text ?? null,
    date: e.date ?? e.published ?? null,
  }));
}

/** A node as the page keeps it. */
export function nodeOf(n) {
  const props = { ...(n.properties || {}) };
  return {
    id: n.id,
    type: n.type || (n.labels || []).find((l) => l !== "Entity") || "Entity",
    name: n.name || props.name || props.title || n.id,
    aliases: n.aliases || props.aliases || [],
    // undefined: the answer did not say; null: no English name is known.
    english_name: "english_name" in n ? n.english_name : props.english_name,
    ...(n.locality ?? props.locality ? { locality: n.locality ?? props.locality } : {}),
    ...(n.level ?? props.level ? { level: n.level ?? props.level } : {}),
  };
}

/** An edge as the page keeps it; properties hold title, first_seen, last_seen. */
export function edgeOf(e) {
  const { evidence, ...props } = { ...(e.properties || {}) };
  for (const k of ["title", "first_seen", "last_seen"]) if (e[k] !== undefined && props[k] === undefined) props[k] = e[k];
  const id = e.id ?? `${e.type}:${e.source}->${e.target}${props.title ? `:${props.title}` : ""}`;
  return { id: String(id), type: e.type, source: e.source, target: e.target, properties: props,
           evidence: evidenceOf(e.evidence ?? evidence) };
}

export async function search(q, limit = 8) {
  return listOf(await getJSON("/search", { q, limit }), "items", "results", "hits").map((h) => ({
    ...nodeOf(h), relations: h.relations ?? null, articles: h.articles ?? null, kind: h.kind ?? null,
    part_of_name: h.part_of_name ?? null, date: h.date ?? null }));
}

export async function neighborhood(id, depth = 1, types = null, limit = null) {
  const body = await getJSON(`/graph/neighborhood/${enc(id)}`, { depth, types, limit });
  return { nodes: listOf(body, "nodes").map(nodeOf), edges: listOf(body, "edges").map(edgeOf),
           truncated: Boolean(body.truncated), evidenceShown: body.evidence_shown };
}

/** The start page's coordination network: {nodes, edges, active, latest, dated, truncated}. */
export async function network(params = {}) {
  return getJSON("/explore/network", params);
}

/** How many of each group an entity's expansion brings. */
export async function groups(id) {
  return (await getJSON(`/explore/groups/${enc(id)}`)).counts;
}

/** What two entities have in common: {total, groups: {officials, agreements, events, bodies, places}}. */
export async function common(a, b) {
  return getJSON("/explore/common", { a, b });
}

/** One article: title, source, url, published, text, mentions, entities, relations. */
export async function article(id) {
  return getJSON(`/articles/${enc(id)}`);
}

/** Titles of cited articles: [{id, title, published, source}]. */
export async function citations(ids) {
  return listOf(await getJSON("/explore/citations", { ids: ids.join(",") }), "items");
}

/** A page of the articles that mention an entity: {total, items}. */
export async function entityArticles(id, offset = 0, limit = 20) {
  const body = await getJSON(`/entities/${enc(id)}/articles`, { offset, limit });
  return { total: body.total, items: listOf(body, "items").map((a) => ({ id: a.article ?? a.id, title: a.title,
    published: a.published })) };
}

export async function entity(id) {
  const body = await getJSON(`/entities/${enc(id)}`);
  const node = nodeOf(body);
  const props = { ...(body.properties || {}) };
  for (const k of ["id", "type", "name", "aliases", "english_name", "search", "labels"]) delete props[k];
  const counts = body.relation_counts || body.relations || body.counts || {};
  const articles = listOf(body.articles || body.mentioned_in || [], "items").map((a) =>
    typeof a === "string" ? { id: a }
      : { id: a.article ?? a.id, title: a.title || a.name, published: a.published || a.date });
  const articlesTotal = body.articles && typeof body.articles.total === "number" ? body.articles.total : articles.length;
  return { ...node, properties: props, counts, articles, articlesTotal };
}

/** A person's posts: {title, body: node, first_seen, last_seen, evidence}. */
export async function positions(id) {
  return listOf(await getJSON(`/people/${enc(id)}/positions`), "items", "positions").map((p) => {
    const body = p.body && typeof p.body === "object" ? p.body
      : { id: p.agency_id ?? p.body_id, name: p.agency ?? p.body_name ?? p.body ?? p.agency_id };
    const evidence = p.evidence ?? (p.articles || []).map((article) => ({ article }));
    return { title: p.title, body: nodeOf({ type: "Agency", ...body }), first_seen: p.first_seen,
             last_seen: p.last_seen, evidence: evidenceOf(evidence) };
  });
}

/** A page of one edge's evidence (graph answers carry its first pieces and evidence_count): {total, items}. */
export async function edgeEvidence(e, offset = 0, limit = 50) {
  const body = await getJSON("/evidence", { source: e.source, target: e.target, type: e.type, title: e.title,
                                            offset, limit });
  return { total: body.total, items: evidenceOf(listOf(body, "items")) };
}

/** Shortest connections: a list of {nodes, edges}, each path's edges in order from `from` to `to`. */
export async function paths(from, to, maxHops = 4, limit = 20, exclude = [], excludeTypes = []) {
  const body = await getJSON("/explore/paths", { from, to, max_hops: maxHops, limit, exclude: exclude.join(","),
                                                  exclude_types: excludeTypes.join(",") });
  const known = new Map(listOf(body, "nodes").map((n) => [n.id, nodeOf(n)]));
  return listOf(body, "paths").map((p) => {
    const steps = Array.isArray(p) ? p : listOf(p, "steps", "edges");
    const edges = steps.map((s) => edgeOf(s.edge || s.relation || s));
    const ids = [from];
    for (const s of steps) ids.push(s.to ?? (s.source === ids[ids.length - 1] ? s.target : s.source));
    for (const n of Array.isArray(p) ? [] : listOf(p, "nodes")) known.set(n.id, nodeOf(n));
    return { nodes: ids.map((id) => known.get(id) || { id, type: "Entity", name: id, aliases: [] }), edges };
  });
}

/** People holding a post in an agency: {person: node, title, first_seen, last_seen}. */
export async function officials(id) {
  return listOf(await getJSON(`/agencies/${enc(id)}/officials`), "items").map((o) => ({
    person: nodeOf({ type: "Person", id: o.person_id ?? o.person?.id, name: o.person?.name ?? o.person ?? o.person_id }),
    title: o.title, first_seen: o.first_seen, last_seen: o.last_seen,
  }));
}

/** A page of the agencies an agency coordinates with, most shared agreements first: {total, items}, each
 * item {partner: node, agreements, sentences}, the agreements that tie them and their sentences. */
export async function partners(id, offset = 0, limit = 20) {
  const body = await getJSON(`/agencies/${enc(id)}/partners`, { offset, limit });
  const sentencesOf = (ev) => (ev || []).map((x) => (typeof x === "string" ? x : x.sentence)).filter(Boolean);
  const items = listOf(body, "items").map((p) => {
    const agreements = (p.agreements || []).map((g) => ({ id: g.id, name: g.name, kind: g.kind,
      first_seen: g.first_seen, last_seen: g.last_seen }));
    const sentences = [...new Set((p.agreements || []).flatMap((g) => sentencesOf(g.evidence)))];
    return { partner: nodeOf({ type: "Agency", id: p.id, name: p.name ?? p.id }), agreements, sentences };
  });
  return { total: body.total ?? items.length, items };
}

const ROLE_KEYS = {
  Event: ["organisers", "chairs", "attendees", "locations", "agreements"],
  Agreement: ["parties", "issuers", "events"],
};

/** Who and what an event or agreement ties together: [[role key, [{node, role, date, title}]]]. */
export async function roles(type, id) {
  const keys = ROLE_KEYS[type];
  if (!keys) return [];
  const body = await getJSON(`/${type === "Event" ? "events" : "agreements"}/${enc(id)}`);
  return keys.map((k) => [k, listOf(body[k] || [], "items").map((x) => ({
    node: nodeOf(x), role: x.role ?? null, date: x.date ?? null, title: x.title ?? null, kind: x.kind ?? null,
  }))]).filter(([, items]) => items.length);
}
