// The view's state in the page address (#seeds=...&sel=...), so that a view can be shared and restored.

import { RELATION_LABELS } from "./i18n.js";

export const ALL_RELATIONS = Object.keys(RELATION_LABELS.en);
export const DEFAULT_RELATIONS = ALL_RELATIONS.filter((r) => r !== "MENTIONS");

/** Write `state` into the address without adding a history entry. */
export function writeHash(state) {
  const parts = [];
  const put = (k, v) => parts.push(`${k}=${encodeURIComponent(v).replace(/%3A/g, ":").replace(/%2C/g, ",")}`);
  if (state.seeds.length) put("seeds", state.seeds.join(","));
  if (state.selected) put("sel", state.selected);
  const rels = [...state.rels].sort().join(",");
  if (rels !== [...DEFAULT_RELATIONS].sort().join(",")) put("rels", rels || "none");
  if (state.typesOff.size) put("off", [...state.typesOff].join(","));
  if (state.from) put("from", state.from);
  if (state.to) put("to", state.to);
  if (!state.undated) put("undated", "0");
  if (state.pathFrom) put("pf", state.pathFrom);
  if (state.pathTo) put("pt", state.pathTo);
  if (state.pathOn) put("path", "1");
  if (state.lang !== "vi") put("lang", state.lang);
  if (state.limit !== 150) put("limit", String(state.limit));
  if (state.hops !== 5) put("hops", String(state.hops));
  if (state.avoid.length) put("avoid", state.avoid.join(","));
  if (state.province) put("province", state.province);
  if (state.avoidTypes.length) put("avoidtypes", state.avoidTypes.join(","));
  const hash = parts.length ? `#${parts.join("&")}` : "";
  if (hash !== window.location.hash) history.replaceState(null, "", `${window.location.pathname}${window.location.search}${hash}`);
}

/** Read the address into `state`; what it leaves out takes its default. */
export function readHash(state) {
  const q = new URLSearchParams(window.location.hash.slice(1) || window.location.search.slice(1));
  const list = (k) => (q.get(k) || "").split(",").map((s) => s.trim()).filter(Boolean);
  state.seeds = list("seeds");
  state.selected = q.get("sel") || null;
  state.rels = q.has("rels") ? new Set(list("rels").filter((r) => ALL_RELATIONS.includes(r))) : new Set(DEFAULT_RELATIONS);
  state.typesOff = new Set(list("off"));
  state.from = q.get("from") || "";
  state.to = q.get("to") || "";
  state.undated = q.get("undated") !== "0";
  state.pathFrom = q.get("pf") || null;
  state.pathTo = q.get("pt") || null;
  state.pathOn = q.get("path") === "1";
  state.lang = q.get("lang") === "en" ? "en" : "vi";
  state.limit = Math.min(2000, Math.max(5, Number(q.get("limit")) || 150));
  state.hops = Math.min(8, Math.max(1, Number(q.get("hops")) || 5));
  state.avoid = list("avoid");
  state.province = q.get("province") || "";
  state.avoidTypes = list("avoidtypes");
}
