// Evidence pages of the side panel: the sentences behind an edge (names highlighted, with the
// article's title, date and source, and the full article one click away), the sentences about an
// event (gathered from the edges around it), and the article itself with the sentence marked.
import { RELATIONS, isRelationType } from '../../vocab/relations.ts';
import { api, type EvidenceResponse } from '../api.ts';
import { formatDate, labelName, relationReading, t, word, type Lang } from '../i18n.ts';
import type { PanelContext } from './actions.ts';
import { append, fill, h, swatch, type Child } from './dom.ts';
import { markNames, markRange, type Run } from './marks.ts';
import type { Page } from './side.ts';
import { describeError } from './status.ts';

type EvidenceItem = EvidenceResponse['evidence'][number];

/** Edges read for an event's sentences: enough for a meeting's presiders and speakers, not a crowd's every attendee. */
const EVENT_EDGES_READ = 16;

function runs(list: readonly Run[]): HTMLElement[] {
  return list.map((r) => (r.marked ? h('mark', {}, r.text) : h('span', {}, r.text)));
}

function loading(lang: Lang): HTMLElement {
  return h('p', { class: 'loading' }, t(lang, 'evidence.loading'));
}

function nameButton(ctx: PanelContext, ref: { id: string; label: string; name: string }): HTMLElement {
  return h('button', { type: 'button', class: 'link entity-link', 'data-id': ref.id, onclick: () => ctx.actions.showEntity(ref.id) },
    swatch(ref.label), ref.name);
}

/** One sentence with its article line and the way to the full article. */
function sentence(ctx: PanelContext, item: EvidenceItem, names: readonly string[], who: Child = null): HTMLElement {
  const lang = ctx.lang;
  const meta = [item.title, formatDate(item.date, lang), item.source].filter((s): s is string => typeof s === 'string' && s !== '');
  const offset = item.articleStart ?? null;
  return h('figure', { class: 'evidence-item' },
    h('blockquote', { class: 'evidence-sentence', lang: 'zh' }, runs(markNames(item.sentence, names))),
    h('figcaption', {},
      who,
      h('span', { class: 'evidence-meta' }, meta.join(' · ')),
      h('button', {
        type: 'button', class: 'link evidence-open',
        onclick: () => ctx.actions.showArticle(item.articleId, offset === null ? null : { start: item.start - offset, end: item.end - offset }),
      }, `${t(lang, 'evidence.article')} →`)));
}

/** The sentences behind one relationship. */
export function edgeEvidencePage(ctx: PanelContext, edgeId: string): Page {
  const lang = ctx.lang;
  const data = ctx.view.data(edgeId);
  const type = String(data?.type ?? '');
  return {
    key: `edge:${edgeId}`,
    title: t(lang, 'evidence.title'),
    build: () => {
      const body = h('div', { class: 'evidence' }, loading(lang));
      void api.evidence(edgeId).then((r) => {
        if (!r.ok) {
          const derived = r.error.code === 'not-found' && isRelationType(type) && !RELATIONS[type].evidenced;
          fill(body, h('p', { class: r.error.code === 'not-found' ? 'empty-note' : 'error' },
            derived ? t(lang, 'evidence.derived') : r.error.code === 'not-found' ? t(lang, 'evidence.none') : describeError(lang, r.error)));
          return;
        }
        const { edge, evidence } = r.value;
        const props = edge.properties;
        const role = typeof props.role === 'string' ? word(props.role, lang) : null;
        const title = typeof props.title === 'string' ? props.title : null;
        const names = [...ctx.view.namesAround(edgeId), edge.source.name, edge.target.name];
        fill(body,
          h('p', { class: 'edge-head' },
            nameButton(ctx, edge.source),
            h('span', { class: 'edge-reading' }, ` ${relationReading(edge.type, lang)}${role ? ` (${role})` : ''}${title ? ` · ${title}` : ''} → `),
            nameButton(ctx, edge.target)),
          evidence.length === 0
            ? h('p', { class: 'empty-note' }, t(lang, 'evidence.none'))
            : evidence.map((item) => sentence(ctx, item, names)));
      });
      return body;
    },
  };
}

/** The sentences about an event: the evidence of the edges around it, each sentence once. */
export function eventSentences(ctx: PanelContext, eventId: string): HTMLElement {
  const lang = ctx.lang;
  const body = h('div', { class: 'evidence event-evidence' }, loading(lang));
  void (async () => {
    const around = await api.neighborhood(eventId, { limit: 80 });
    if (!around.ok) {
      fill(body, h('p', { class: 'error' }, describeError(lang, around.error)));
      return;
    }
    const { nodes, edges } = around.value.elements;
    const nameOf = new Map(nodes.map((n) => [n.data.id, n.data]));
    const evidenced = edges.filter((e) => Number(e.data.evidenceCount) > 0).slice(0, EVENT_EDGES_READ);
    const answers = await Promise.all(evidenced.map((e) => api.evidence(e.data.id)));
    const bySentence = new Map<string, { item: EvidenceItem; who: { id: string; label: string; name: string; role: string | null }[] }>();
    for (const a of answers) {
      if (!a.ok) continue;
      const other = a.value.edge.source.id === eventId ? a.value.edge.target : a.value.edge.source;
      const role = typeof a.value.edge.properties.role === 'string' ? a.value.edge.properties.role : null;
      for (const item of a.value.evidence) {
        const key = `${item.articleId}:${item.start}`;
        const entry = bySentence.get(key) ?? bySentence.set(key, { item, who: [] }).get(key);
        entry?.who.push({ ...other, role });
      }
    }
    const names = nodes.flatMap((n) => [n.data.name, ...(Array.isArray(n.data.aliases) ? n.data.aliases.filter((x): x is string => typeof x === 'string') : [])]);
    if (bySentence.size === 0) {
      fill(body, h('p', { class: 'empty-note' }, t(lang, 'evidence.none')));
      return;
    }
    fill(body, [...bySentence.values()].map(({ item, who }) => sentence(ctx, item, names,
      h('span', { class: 'evidence-who' }, who.map((w, i) => [
        i > 0 ? ' · ' : '',
        nameButton(ctx, { id: w.id, label: String(nameOf.get(w.id)?.label ?? w.label), name: w.name }),
        w.role ? ` (${word(w.role, lang)})` : '',
      ]).flat()))));
  })();
  return body;
}

/** The full article, the evidence sentence marked and scrolled into view. */
export function articlePage(ctx: PanelContext, articleId: string, mark: { start: number; end: number } | null): Page {
  const lang = ctx.lang;
  return {
    key: `article:${articleId}`,
    title: t(lang, 'article.title'),
    build: () => {
      const body = h('div', { class: 'article' }, loading(lang));
      void api.entity(articleId).then((r) => {
        if (!r.ok) {
          fill(body, h('p', { class: 'error' }, describeError(lang, r.error)));
          return;
        }
        const p = r.value.properties;
        const text = typeof p.text === 'string' ? p.text : '';
        const str = (v: unknown): string => (typeof v === 'string' ? v : '');
        fill(body,
          h('h3', { class: 'article-title', lang: 'zh' }, str(p.title) || r.value.name),
          h('p', { class: 'article-meta' }, [formatDate(str(p.date), lang), str(p.source), str(p.doc)].filter((s) => s !== '').join(' · ')),
          h('button', { type: 'button', class: 'link', onclick: () => ctx.actions.open(articleId) }, t(lang, 'article.showInGraph')),
          h('div', { class: 'article-text', lang: 'zh' }, runs(mark ? markRange(text, mark.start, mark.end) : [{ text, marked: false }])));
        requestAnimationFrame(() => body.querySelector('mark')?.scrollIntoView({ block: 'center' }));
      });
      return body;
    },
  };
}

/** A label chip: swatch and localized name. */
export function labelChip(label: string, lang: Lang): HTMLElement {
  const chip = h('span', { class: 'label-chip' });
  append(chip, swatch(label), labelName(label, lang));
  return chip;
}
