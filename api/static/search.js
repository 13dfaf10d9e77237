// The search box: debounced suggestions from /search, keyboard navigation, picking.

import { shapeSVG } from "./style.js";
import { debounce, esc, fold } from "./util.js";
import { englishWithPlace, kindLabel } from "./i18n.js";

export class SearchBox {
  constructor({ input, list, search, onPick, onError, t, typeLabel, lang }) {
    Object.assign(this, { input, list, search, onPick, onError, t, typeLabel, lang });
    this.items = [];
    this.active = -1;
    this.seq = 0;
    this.run = debounce((q) => this.suggest(q), 200);
    input.addEventListener("input", () => this.run(input.value));
    input.addEventListener("keydown", (ev) => this.onKey(ev));
    input.addEventListener("blur", () => setTimeout(() => this.hide(), 150));
    list.addEventListener("mousedown", (ev) => {
      const li = ev.target.closest("li[data-i]");
      if (li) {
        ev.preventDefault();
        this.pick(this.items[Number(li.dataset.i)]);
      }
    });
  }

  /** Put `text` in the box and look it up, as if typed. */
  type(text) {
    this.input.value = text;
    this.input.focus();
    this.run(text);
  }

  async suggest(q) {
    const seq = ++this.seq;
    if (q !== this.input.value) return; // picked or changed meanwhile
    if (fold(q).length < 2) {
      this.hide();
      return;
    }
    try {
      const found = await this.search(q, 8);
      if (seq !== this.seq || q !== this.input.value) return;
      this.items = found;
      this.active = found.length ? 0 : -1;
      this.render(q);
    } catch (err) {
      this.onError(err);
    }
  }

  render(q) {
    const { list, t } = this;
    list.hidden = false;
    this.input.parentElement.setAttribute("aria-expanded", "true");
    if (!this.items.length) {
      list.innerHTML = `<li class="none">${esc(t("no_match"))}</li>`;
      return;
    }
    const fq = fold(q);
    list.innerHTML = this.items.map((it, i) => {
      const alias = fold(it.name).includes(fq) ? null : it.aliases.find((a) => fold(a).includes(fq));
      const en = this.lang() === "en" && it.english_name ? englishWithPlace(it.english_name, it.locality, it.level) : null;
      // What tells same-named entries apart: place, parent body, kind, date, how connected.
      const facts = [it.locality, it.part_of_name && `⊂ ${it.part_of_name}`, it.kind && kindLabel(it.kind, this.lang()),
        it.date, it.relations !== null && t("n_relations", { n: it.relations }),
        it.articles ? t("n_articles", { n: it.articles }) : null].filter(Boolean);
      const sub = [alias || en, facts.join(" · ")].filter(Boolean).join(" — ");
      return `<li role="option" id="opt-${i}" data-i="${i}" aria-selected="${i === this.active}">${shapeSVG(it.type, 18)}`
        + `<span><span class="name">${esc(it.name)}</span>${sub ? `<span class="alias">${esc(sub)}</span>` : ""}</span>`
        + `<span class="type">${esc(this.typeLabel(it.type))}</span></li>`;
    }).join("");
  }

  hide() {
    this.list.hidden = true;
    this.input.parentElement.setAttribute("aria-expanded", "false");
    this.active = -1;
  }

  pick(item) {
    this.seq += 1;
    this.hide();
    this.input.value = "";
    this.input.blur();
    this.onPick(item);
  }

  async onKey(ev) {
    const { items } = this;
    const open = !this.list.hidden && items.length > 0;
    if (ev.key === "Enter" && !open && fold(this.input.value).length >= 2) {
      // Enter before the suggestions arrived: take the best match at once.
      ev.preventDefault();
      const found = await this.search(this.input.value, 1).catch(() => []);
      if (found.length) this.pick(found[0]);
      return;
    }
    if (!open) return;
    if (ev.key === "ArrowDown" || ev.key === "ArrowUp") {
      ev.preventDefault();
      this.active = (this.active + (ev.key === "ArrowDown" ? 1 : items.length - 1)) % items.length;
      this.render(this.input.value);
    } else if (ev.key === "Enter" && this.active >= 0) {
      ev.preventDefault();
      this.pick(items[this.active]);
    } else if (ev.key === "Escape") {
      this.hide();
    }
  }
}
