// Autocomplete for names (Chinese, pinyin or initials) as an ARIA combobox: type, move with the
// arrow keys, Enter to choose, Shift+Enter to add to the current graph, Escape to close. Each
// suggestion shows the entity's type, its context line (best-known title, home place) and its
// name. Used by the main search box and by the path pickers.
import { api, type SearchHit } from '../api.ts';
import { labelName, readableLine, t, type Lang } from '../i18n.ts';
import { fill, h, swatch } from './dom.ts';

export interface SearchBoxOptions {
  readonly input: HTMLInputElement;
  readonly list: HTMLElement;
  readonly lang: () => Lang;
  /** add: the user asked to add to the graph rather than start a new view. */
  readonly choose: (hit: SearchHit, add: boolean) => void;
  /** Suggestions shown; a glance, not a result page. */
  readonly limit?: number;
  /** Keep the chosen name in the input (path pickers) or clear it (main search). */
  readonly keepChoice?: boolean;
}

/** Waits this long after the last key: one request per pause, not per character. */
const DEBOUNCE_MS = 120;

export class SearchBox {
  private hits: SearchHit[] = [];
  private active = -1;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private pending: AbortController | null = null;
  private readonly input: HTMLInputElement;
  private readonly list: HTMLElement;

  constructor(private readonly o: SearchBoxOptions) {
    this.input = o.input;
    this.list = o.list;
    this.input.setAttribute('role', 'combobox');
    this.input.setAttribute('aria-autocomplete', 'list');
    this.input.setAttribute('aria-expanded', 'false');
    this.input.setAttribute('aria-controls', this.list.id);
    this.input.autocomplete = 'off';
    this.input.spellcheck = false;
    this.list.setAttribute('role', 'listbox');
    this.input.addEventListener('input', () => this.schedule());
    this.input.addEventListener('keydown', (e) => this.key(e));
    this.input.addEventListener('blur', () => setTimeout(() => this.close(), 150));
    this.input.addEventListener('focus', () => {
      if (this.hits.length > 0) this.open();
    });
  }

  private schedule(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.fetch();
    }, DEBOUNCE_MS);
  }

  private async fetch(): Promise<void> {
    const q = this.input.value.trim();
    this.pending?.abort();
    if (q === '') {
      this.hits = [];
      this.close();
      return;
    }
    const controller = new AbortController();
    this.pending = controller;
    this.input.setAttribute('aria-busy', 'true');
    const r = await api.search(q, { prefix: true, limit: this.o.limit ?? 8, signal: controller.signal });
    if (controller.signal.aborted) return;
    this.input.removeAttribute('aria-busy');
    const lang = this.o.lang();
    if (!r.ok) {
      if (r.error.code === 'aborted') return;
      this.hits = [];
      this.message(t(lang, 'search.error', { message: r.error.message }), true);
      return;
    }
    this.hits = [...r.value.hits];
    this.active = this.hits.length > 0 ? 0 : -1;
    if (this.hits.length === 0) this.message(t(lang, 'search.none', { q }), false);
    else this.render();
  }

  private message(text: string, error: boolean): void {
    fill(this.list, h('li', { class: error ? 'search-msg error' : 'search-msg', role: 'presentation' }, text));
    this.open();
  }

  private render(): void {
    const lang = this.o.lang();
    fill(this.list, this.hits.map((hit, i) => {
      const add = h('button', {
        type: 'button', class: 'search-add', tabindex: '-1', title: t(lang, 'search.add'), 'aria-label': `${t(lang, 'search.add')}: ${hit.name}`,
        onmousedown: (e) => {
          e.preventDefault();
          this.pick(i, true);
        },
      }, '+');
      return h('li', {
        id: `${this.list.id}-${i}`, role: 'option', class: 'search-hit', 'aria-selected': i === this.active ? 'true' : 'false',
        'data-id': hit.id,
        // mousedown, not click: the input's blur would close the list before a click lands.
        onmousedown: (e) => {
          e.preventDefault();
          this.pick(i, (e as MouseEvent).shiftKey);
        },
      },
      swatch(hit.label),
      h('span', { class: 'hit-main' },
        h('span', { class: 'hit-name' }, hit.name),
        h('span', { class: 'hit-context' }, [labelName(hit.label, lang), readableLine(hit.context, lang)].filter((s) => s !== '').join(' · ')),
        hit.aliases.length > 0 ? h('span', { class: 'hit-aliases' }, hit.aliases.slice(0, 3).join('、')) : null),
      this.o.keepChoice ? null : add);
    }));
    this.open();
    this.input.setAttribute('aria-activedescendant', this.active >= 0 ? `${this.list.id}-${this.active}` : '');
  }

  private key(e: KeyboardEvent): void {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      if (this.hits.length === 0) return;
      e.preventDefault();
      const step = e.key === 'ArrowDown' ? 1 : -1;
      this.active = (this.active + step + this.hits.length) % this.hits.length;
      this.render();
    } else if (e.key === 'Enter') {
      e.preventDefault();
      if (this.timer) {
        // Enter before the suggestions arrived: search now and choose the best hit.
        clearTimeout(this.timer);
        this.timer = null;
        void this.fetch().then(() => this.pick(0, e.shiftKey));
        return;
      }
      this.pick(this.active >= 0 ? this.active : 0, e.shiftKey);
    } else if (e.key === 'Escape') {
      if (this.list.hidden) this.input.value = '';
      this.close();
    }
  }

  private pick(i: number, add: boolean): void {
    const hit = this.hits[i];
    if (!hit) return;
    this.close();
    this.input.value = this.o.keepChoice ? hit.name : '';
    if (!this.o.keepChoice) this.hits = [];
    this.o.choose(hit, add);
  }

  private open(): void {
    this.list.hidden = false;
    this.input.setAttribute('aria-expanded', 'true');
  }

  close(): void {
    this.list.hidden = true;
    this.input.setAttribute('aria-expanded', 'false');
    this.input.removeAttribute('aria-activedescendant');
  }
}
