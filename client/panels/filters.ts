// The filter sidebar: tick boxes for entity types, relationship types and appearance roles (each
// with its count in view and an "only" shortcut), and the date range: a histogram of events per
// month with two sliders. Every change is reported at once; main.ts applies it to the graph and
// the URL. The structure is built once per language so a slider keeps focus while it moves.
import { LABEL_NAMES, type Label } from '../../vocab/labels.ts';
import { RELATION_TYPES, type RelationType } from '../../vocab/relations.ts';
import { APPEARANCE_ROLES, type AppearanceRole } from '../../vocab/roles.ts';
import { formatDate, labelPlural, relationName, t, word, type Lang } from '../i18n.ts';
import { DEFAULT_FILTERS, toggled, type Filters } from '../state/filters.ts';
import { compareKeys, type Histogram } from '../state/timeline.ts';
import { fill, h, swatch } from './dom.ts';

export interface FilterCounts {
  readonly labels: ReadonlyMap<string, number>;
  readonly types: ReadonlyMap<string, number>;
  readonly roles: ReadonlyMap<string, number>;
}

export interface FiltersPanelOptions {
  readonly root: HTMLElement;
  readonly lang: () => Lang;
  readonly change: (filters: Filters) => void;
}

type ListKey = 'labels' | 'types' | 'roles';

function binLabel(key: string, lang: Lang): string {
  // A month bin reads as its first day without the day: 2024-11 → Nov 2024, --11 → Nov (year unknown).
  return formatDate(key, lang);
}

export class FiltersPanel {
  private filters: Filters = DEFAULT_FILTERS;
  private histogram: Histogram = { bins: [], undated: 0 };
  private builtFor: Lang | null = null;
  private readonly boxes = new Map<string, { input: HTMLInputElement; count: HTMLElement }>();
  private fromInput: HTMLInputElement | null = null;
  private toInput: HTMLInputElement | null = null;
  private bars: HTMLElement | null = null;
  private rangeText: HTMLElement | null = null;

  constructor(private readonly o: FiltersPanelOptions) {}

  render(filters: Filters, counts: FilterCounts, histogram: Histogram): void {
    this.filters = filters;
    this.histogram = histogram;
    const lang = this.o.lang();
    if (this.builtFor !== lang) this.build(lang);
    for (const [key, list] of [['labels', filters.labels], ['types', filters.types], ['roles', filters.roles]] as const) {
      const all: readonly string[] = key === 'labels' ? LABEL_NAMES : key === 'types' ? RELATION_TYPES : APPEARANCE_ROLES;
      for (const value of all) {
        const box = this.boxes.get(`${key}:${value}`);
        if (!box) continue;
        box.input.checked = (list as readonly string[]).includes(value);
        box.count.textContent = String(counts[key].get(value) ?? 0);
      }
    }
    this.renderDates(lang);
  }

  private build(lang: Lang): void {
    this.builtFor = lang;
    this.boxes.clear();
    const list = <T extends string>(key: ListKey, all: readonly T[], name: (v: T) => string, mark: (v: T) => HTMLElement | null): HTMLElement =>
      h('fieldset', { class: `filter-group filter-${key}` },
        h('legend', {}, t(lang, `filters.${key}`)),
        all.map((value) => {
          const input = h('input', { type: 'checkbox', name: key, value, onchange: (e) => this.toggle(key, value, (e.target as HTMLInputElement).checked) });
          const count = h('span', { class: 'filter-count' });
          this.boxes.set(`${key}:${value}`, { input, count });
          return h('div', { class: 'filter-row' },
            h('label', {}, input, mark(value), h('span', { class: 'filter-name' }, name(value)), count),
            h('button', { type: 'button', class: 'filter-only', title: `${t(lang, 'filters.only')}: ${name(value)}`, 'aria-label': `${t(lang, 'filters.only')}: ${name(value)}`, onclick: () => this.only(key, value) }, t(lang, 'filters.only')));
        }));

    this.fromInput = h('input', { type: 'range', min: 0, max: 0, value: 0, 'aria-label': t(lang, 'filters.from'), oninput: () => this.slide('from') });
    this.toInput = h('input', { type: 'range', min: 0, max: 0, value: 0, 'aria-label': t(lang, 'filters.to'), oninput: () => this.slide('to') });
    this.bars = h('div', { class: 'histogram', 'aria-hidden': 'true' });
    this.rangeText = h('p', { class: 'range-text', 'aria-live': 'polite' });

    fill(this.o.root,
      h('h2', { id: 'filters-title' }, t(lang, 'filters.title')),
      list<Label>('labels', LABEL_NAMES, (l) => labelPlural(l, lang), (l) => swatch(l)),
      list<RelationType>('types', RELATION_TYPES, (r) => relationName(r, lang), (r) => h('span', { class: `line line-${r}`, 'aria-hidden': 'true' })),
      list<AppearanceRole>('roles', APPEARANCE_ROLES, (r) => word(r, lang), (r) => h('span', { class: `line role-${r}`, 'aria-hidden': 'true' })),
      h('fieldset', { class: 'filter-group filter-dates' },
        h('legend', {}, t(lang, 'filters.dates')),
        this.bars,
        h('div', { class: 'range' }, this.fromInput, this.toInput),
        this.rangeText),
      h('button', { type: 'button', class: 'filter-reset', onclick: () => this.o.change(DEFAULT_FILTERS) }, t(lang, 'filters.reset')));
  }

  private toggle(key: ListKey, value: string, on: boolean): void {
    const f = this.filters;
    const next: Filters =
      key === 'labels' ? { ...f, labels: toggled(LABEL_NAMES, f.labels, value as Label, on) }
      : key === 'types' ? { ...f, types: toggled(RELATION_TYPES, f.types, value as RelationType, on) }
      : { ...f, roles: toggled(APPEARANCE_ROLES, f.roles, value as AppearanceRole, on) };
    this.o.change(next);
  }

  private only(key: ListKey, value: string): void {
    this.o.change({ ...this.filters, [key]: [value] } as Filters);
  }

  /** The slider positions for the current range: the first and last bins inside it. */
  private indexes(): [number, number] {
    const bins = this.histogram.bins;
    const { from, to } = this.filters;
    let i = from === null ? 0 : bins.findIndex((b) => compareKeys(b.key, from) >= 0);
    let j = -1;
    if (to === null) j = bins.length - 1;
    else for (let k = bins.length - 1; k >= 0; k--) if (compareKeys((bins[k] as { key: string }).key, to) <= 0) { j = k; break; }
    if (i === -1) i = bins.length - 1;
    if (j === -1) j = 0;
    return [Math.max(0, i), Math.max(0, j)];
  }

  private renderDates(lang: Lang): void {
    const { bins, undated } = this.histogram;
    const from = this.fromInput;
    const to = this.toInput;
    if (!from || !to || !this.bars || !this.rangeText) return;
    const last = Math.max(0, bins.length - 1);
    const [i, j] = this.indexes();
    for (const input of [from, to]) {
      input.max = String(last);
      input.disabled = bins.length < 2;
    }
    from.value = String(i);
    to.value = String(j);
    const peak = Math.max(1, ...bins.map((b) => b.count));
    fill(this.bars, bins.map((b, k) => {
      const bar = h('span', {
        class: `bar${k < i || k > j ? ' out' : ''}${b.yearless ? ' yearless' : ''}`,
        title: t(lang, 'filters.eventsIn', { n: b.count, bin: binLabel(b.key, lang) }),
      });
      // Through CSSOM, not a style attribute: the server's CSP may one day drop 'unsafe-inline'.
      bar.style.height = `${Math.round((100 * b.count) / peak)}%`;
      return bar;
    }));
    const first = bins[i];
    const end = bins[j];
    from.setAttribute('aria-valuetext', first ? binLabel(first.key, lang) : '');
    to.setAttribute('aria-valuetext', end ? binLabel(end.key, lang) : '');
    const ranged = this.filters.from !== null || this.filters.to !== null;
    const parts = [
      bins.length === 0 ? t(lang, 'filters.noDates')
      : !ranged ? t(lang, 'filters.allDates')
      : `${first ? binLabel(first.key, lang) : ''} – ${end ? binLabel(end.key, lang) : ''}`,
      undated > 0 ? t(lang, 'filters.undated', { n: undated }) : '',
    ];
    this.rangeText.textContent = parts.filter((p) => p !== '').join(' · ');
  }

  private slide(which: 'from' | 'to'): void {
    const bins = this.histogram.bins;
    if (!this.fromInput || !this.toInput || bins.length === 0) return;
    let i = Number(this.fromInput.value);
    let j = Number(this.toInput.value);
    // The handles cannot cross: the one moved pushes the other.
    if (i > j) {
      if (which === 'from') j = i;
      else i = j;
    }
    const last = bins.length - 1;
    const from = i === 0 ? null : bins[i]?.key ?? null;
    const to = j === last ? null : bins[j]?.key ?? null;
    this.o.change({ ...this.filters, from, to });
  }
}
