// The hover card: who or what is under the pointer (type, context line, date, appearances) or
// what an edge says (reading, role, title, how many sentences back it), placed beside the pointer
// inside the graph's box. Context lines are fetched once per entity and kept.
import { api, type EntityResponse } from '../api.ts';
import { formatDate, readableLine, relationReading, t, word, type Lang } from '../i18n.ts';
import { fill, h } from './dom.ts';
import { labelChip } from './evidence.ts';

/** Entities whose context was fetched: hovering back and forth costs one request each. */
const MAX_CACHED = 500;

export class HoverCard {
  private readonly cache = new Map<string, EntityResponse | null>();
  private shownFor: string | null = null;

  constructor(private readonly root: HTMLElement, private readonly lang: () => Lang) {
    root.setAttribute('role', 'tooltip');
  }

  private place(at: { x: number; y: number }): void {
    const box = this.root.parentElement?.getBoundingClientRect();
    const w = this.root.offsetWidth;
    const hgt = this.root.offsetHeight;
    const maxX = (box?.width ?? 800) - w - 8;
    const maxY = (box?.height ?? 600) - hgt - 8;
    this.root.style.left = `${Math.max(8, Math.min(at.x + 16, maxX))}px`;
    this.root.style.top = `${Math.max(8, Math.min(at.y + 16, maxY))}px`;
  }

  showNode(id: string, data: Record<string, unknown>, at: { x: number; y: number }): void {
    const lang = this.lang();
    this.shownFor = id;
    const label = String(data.label ?? '');
    const context = h('p', { class: 'card-context' });
    const facts: string[] = [];
    if (typeof data.date === 'string') facts.push(formatDate(data.date, lang));
    if (typeof data.kind === 'string') facts.push(word(data.kind, lang));
    if (typeof data.scope === 'string') facts.push(data.scope);
    if (typeof data.appearances === 'number' && data.appearances > 0) facts.push(t(lang, 'entity.appearances', { n: data.appearances }));
    fill(this.root,
      h('p', { class: 'card-name' }, String(data.name ?? id)),
      labelChip(label, lang),
      context,
      facts.length > 0 ? h('p', { class: 'card-facts' }, facts.join(' · ')) : null,
      h('p', { class: 'card-hint' }, t(lang, 'card.expandHint')));
    this.root.hidden = false;
    this.place(at);
    const cached = this.cache.get(id);
    if (cached !== undefined) {
      context.textContent = cached ? readableLine(cached.context, lang) : '';
      return;
    }
    void api.entity(id).then((r) => {
      if (this.cache.size >= MAX_CACHED) this.cache.clear();
      this.cache.set(id, r.ok ? r.value : null);
      if (this.shownFor === id && r.ok) context.textContent = readableLine(r.value.context, lang);
    });
  }

  showEdge(id: string, data: Record<string, unknown>, at: { x: number; y: number }): void {
    const lang = this.lang();
    this.shownFor = id;
    const role = typeof data.role === 'string' ? word(data.role, lang) : null;
    const n = Number(data.evidenceCount ?? 0);
    fill(this.root,
      h('p', { class: 'card-name' }, `${relationReading(String(data.type), lang)}${role ? ` (${role})` : ''}`),
      typeof data.title === 'string' ? h('p', {}, data.title) : null,
      n > 0 ? h('p', { class: 'card-facts' }, t(lang, 'card.evidenceCount', { n })) : null,
      n > 0 ? h('p', { class: 'card-hint' }, t(lang, 'card.evidenceHint')) : null);
    this.root.hidden = false;
    this.place(at);
  }

  hide(): void {
    this.shownFor = null;
    this.root.hidden = true;
  }
}
