// Possible duplicates of the selected node (POSSIBLY_SAME_AS), and, with the server's API key,
// "same" / "not the same" judgements sent to POST /judgements. Stands alone: it reads the selected
// node from the URL (#sel=...) and adds its own box under the side panel's body.

const KEY = "coordgraph.apiKey";
const vi = () => !/(^|[#&])lang=en(&|$)/.test(window.location.hash);
const T = {
  title: ["Có thể trùng với", "Possible duplicates"],
  none: ["Không có nút nào có thể trùng.", "No possible duplicates."],
  same: ["Là một", "Same"],
  different: ["Không phải một", "Not the same"],
  key: ["Khóa API", "API key"],
  reason: ["Lý do", "Reason"],
  needKey: ["Nhập khóa API để hợp nhất hay tách.", "Enter the API key to merge or separate."],
  done: ["Đã ghi nhận.", "Recorded."],
};
const t = (k) => T[k][vi() ? 0 : 1];
const esc = (s) => String(s ?? "").replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function selected() {
  const q = new URLSearchParams(window.location.hash.slice(1) || window.location.search.slice(1));
  const id = q.get("sel");
  return id && !id.startsWith("edge:") ? id : null;
}

async function pairs(id) {
  const res = await fetch(`/judgements/possible?id=${encodeURIComponent(id)}&limit=20`,
    { headers: { Accept: "application/json" } });
  return res.ok ? (await res.json()).items : [];
}

async function judge(kind, a, b, reason) {
  const res = await fetch("/judgements", {
    method: "POST",
    headers: { "Content-Type": "application/json", "X-API-Key": sessionStorage.getItem(KEY) || "" },
    body: JSON.stringify({ kind, a, b, reason }),
  });
  const body = await res.json().catch(() => ({}));
  if (!res.ok) throw new Error(body.message || res.statusText);
  return body;
}

let shown = null;

async function render() {
  const panel = document.getElementById("panel");
  const id = selected();
  let box = document.getElementById("dups");
  // Only real changes are written: setting `hidden` again is itself a mutation the observer
  // below would see, and the two would feed each other forever (the page would hang).
  if (!panel || panel.hidden || !id) {
    if (box && !box.hidden) box.hidden = true;
    shown = null;
    return;
  }
  if (!box) {
    box = document.createElement("section");
    box.id = "dups";
    box.className = "dups";
    panel.appendChild(box);
    box.addEventListener("click", onClick);
  }
  if (box.hidden) box.hidden = false;
  if (shown === id) return;
  shown = id;
  const items = await pairs(id);
  if (shown !== id) return;
  const other = (p) => (p.source === id ? [p.target, p.target_name] : [p.source, p.source_name]);
  const rows = items.map((p) => {
    const [oid, oname] = other(p);
    return `<li data-other="${esc(oid)}"><b>${esc(oname)}</b> <span class="muted">${esc(oid)} · ${Number(p.score).toFixed(2)}</span>`
      + `<div class="muted">${esc((p.reasons || []).join("; "))}</div>`
      + `<button type="button" data-kind="same">${esc(t("same"))}</button> `
      + `<button type="button" data-kind="different">${esc(t("different"))}</button></li>`;
  }).join("");
  box.innerHTML = `<h3>${esc(t("title"))}</h3>`
    + (rows ? `<ul class="dup-list">${rows}</ul>` : `<p class="muted">${esc(t("none"))}</p>`)
    + (rows ? `<label>${esc(t("key"))} <input id="dups-key" type="password" autocomplete="off"></label>`
      + `<label>${esc(t("reason"))} <input id="dups-reason" type="text"></label><p id="dups-msg" class="muted"></p>` : "");
  const key = document.getElementById("dups-key");
  if (key) {
    key.value = sessionStorage.getItem(KEY) || "";
    key.addEventListener("change", () => sessionStorage.setItem(KEY, key.value));
  }
}

async function onClick(ev) {
  const b = ev.target.closest("button[data-kind]");
  if (!b) return;
  const msg = document.getElementById("dups-msg");
  const key = document.getElementById("dups-key");
  if (key) sessionStorage.setItem(KEY, key.value);
  if (!sessionStorage.getItem(KEY)) { msg.textContent = t("needKey"); return; }
  const a = selected();
  const other = b.closest("li").dataset.other;
  const reason = document.getElementById("dups-reason").value.trim() || `${b.dataset.kind} (explorer)`;
  try {
    await judge(b.dataset.kind, a, other, reason);
    msg.textContent = t("done");
    window.dispatchEvent(new CustomEvent("coordgraph:judged", { detail: { kind: b.dataset.kind, a, b: other } }));
    window.location.reload();
  } catch (err) {
    msg.textContent = err.message;
  }
}

const watch = () => {
  const panel = document.getElementById("panel");
  if (!panel) return;
  // The panel's own changes (another selection, shown or hidden) call for a render; the box's own do not.
  const outside = (r) => !document.getElementById("dups")?.contains(r.target);
  new MutationObserver((records) => { if (records.some(outside)) render(); })
    .observe(panel, { attributes: true, childList: true, subtree: true });
  render();
};
if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", watch);
else watch();
