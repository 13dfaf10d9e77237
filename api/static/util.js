// Small helpers shared by the explorer's modules.

const ESC = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

export function esc(text) {
  return String(text ?? "").replace(/[&<>"']/g, (c) => ESC[c]);
}

/** Lower case without diacritics, as the API's search folds text. */
export function fold(text) {
  return String(text ?? "").replace(/đ/g, "d").replace(/Đ/g, "D").normalize("NFD")
    .replace(/\p{M}/gu, "").toLowerCase().replace(/\s+/g, " ").trim();
}

export function truncate(text, n) {
  const s = String(text ?? "");
  return s.length > n ? `${s.slice(0, n - 1).trimEnd()}…` : s;
}

/** An ISO date (YYYY-MM-DD) shown the reader's way; other values as they are. */
export function fmtDate(iso, lang) {
  if (!iso || !/^\d{4}-\d{2}-\d{2}/.test(iso)) return iso || "";
  const d = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
  return new Intl.DateTimeFormat(lang === "en" ? "en-GB" : "vi-VN",
    { day: "numeric", month: lang === "en" ? "short" : "2-digit", year: "numeric", timeZone: "UTC" }).format(d);
}

/** `sentence` as HTML with every occurrence of `names` marked. */
export function markNames(sentence, names) {
  const text = String(sentence ?? "");
  const pats = [...new Set(names.filter((n) => n && n.length > 2))]
    .sort((a, b) => b.length - a.length)
    .map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  if (!pats.length) return esc(text);
  const re = new RegExp(`(${pats.join("|")})`, "giu");
  return text.split(re).map((part, i) => (i % 2 ? `<mark>${esc(part)}</mark>` : esc(part))).join("");
}

export function debounce(fn, ms) {
  let t = null;
  return (...args) => {
    clearTimeout(t);
    t = setTimeout(() => fn(...args), ms);
  };
}

/** Save `blob` as a file named `name`. */
export function download(blob, name) {
  const a = document.createElement("a");
  a.href = URL.createObjectURL(blob);
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 5000);
}
