// Entity pages of the side panel: one entity (context line, properties, degree in the database,
// first and last appearance, what to do with it, its connections in view with their evidence;
// an event's sentences), the people a person appeared with (ranked), and a timeline of
// appearances.
import { isRelationType } from '../../vocab/relations.ts';
import { api, type ApiResult } from '../api.ts';
import { formatDate, readableLine, relationReading, t, word, type Lang, type MessageKey } from '../i18n.ts';
import type { PanelContext } from './actions.ts';
import { fill, h, swatch, type Child } from './dom.ts';
import { eventSentences, labelChip } from './evidence.ts';
import type { Page } from './side.ts';
import { describeError } from './status.ts';

const str = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);

/** Properties worth a line, per label, in the order a reader wants them. */
const SHOWN: Readonly<Record<string, readonly string[]>> = {
  Person: ['pinyin', 'scope'],
  Place: ['level', 'code'],
  Organization: ['kind'],
  Event: ['date', 'kind'],
  Article: ['date', 'source', 'doc'],
};

function propertyValue(key: string, value: unknown, lang: Lang): string | null {
  if (key === 'date') return formatDate(str(value), lang) || null;
  if (key === 'kind' || key === 'level') return str(value) ? word(String(value), lang) : null;
  return str(value);
}

function actionButtons(ctx: PanelContext, id: string, label: string): HTMLElement {
  const { lang, view, actions } = ctx;
  const inView = view.has(id);
  const button = (key: Parameters<typeof t>[1], run: () => void, cls = ''): HTMLElement =>
    h('button', { type: 'button', class: cls, onclick: run }, t(lang, key));
  return h('div', { class: 'entity-actions' },
    inView
      ? [
          view.isExpanded(id) ? button('entity.collapse', () => actions.collapse(id)) : button('entity.expand', () => actions.expand(id), 'primary'),
          button(view.isPinned(id) ? 'entity.unpin' : 'entity.pin', () => actions.togglePin(id)),
          button('entity.remove', () => actions.remove([id])),
        ]
      : button('entity.addToGraph', () => actions.expand(id), 'primary'),
    button('entity.pathFrom', () => actions.showPaths(id, null)),
    button('entity.pathTo', () => actions.showPaths(null, id)),
    label === 'Person' ? [button('entity.coappear', () => actions.showCoappear(id)), button('entity.timeline', () => actions.showTimeline(id))] : null);
}

/** Visible edges at the node, each with the other end and a way to its evidence. */
function connections(ctx: PanelContext, id: string): HTMLElement {
  const { lang, view, actions } = ctx;
  const list = view.connections(id);
  if (list.length === 0) return h('p', { class: 'empty-note' }, t(lang, 'entity.noConnections'));
  list.sort((a, b) => String(a.edge.type).localeCompare(String(b.edge.type)) || String(a.other.name).localeCompare(String(b.other.name), 'zh'));
  return h('ul', { class: 'connections' }, list.map(({ edge, other, outgoing }) => {
    const type = String(edge.type);
    const role = str(edge.role);
    const reading = relationReading(type, lang, outgoing ? 'forward' : 'reverse');
    const evidenced = Number(edge.evidenceCount) > 0;
    return h('li', {},
      h('span', { class: 'conn-reading' }, `${reading}${role ? ` (${word(role, lang)})` : ''}${str(edge.title) ? ` · ${String(edge.title)}` : ''}`),
      h('button', { type: 'button', class: 'link entity-link', 'data-id': String(other.id), onclick: () => actions.select(String(other.id)) },
        swatch(String(other.label)), String(other.name)),
      evidenced
        ? h('button', { type: 'button', class: 'link conn-evidence', 'data-edge': String(edge.id), onclick: () => actions.showEvidence(String(edge.id)) },
            `${t(lang, 'entity.evidence')} (${Number(edge.evidenceCount)})`)
        : null);
  }));
}

export function entityPage(ctx: PanelContext, id: string): Page {
  const { lang, view } = ctx;
  const data = view.data(id);
  const name = str(data?.name) ?? id;
  const label = str(data?.label) ?? '';
  return {
    key: `entity:${id}`,
    title: name,
    build: () => {
      const details = h('div', { class: 'entity-details' }, h('p', { class: 'loading' }, t(lang, 'status.loading')));
      const body = h('div', { class: 'entity', 'data-id': id },
        h('p', { class: 'entity-head' }, labelChip(label, lang)),
        actionButtons(ctx, id, label),
        details,
        view.has(id) ? h('section', {}, h('h3', {}, t(lang, 'entity.connections')), connections(ctx, id)) : null,
        label === 'Event' ? h('section', {}, h('h3', {}, t(lang, 'evidence.event')), eventSentences(ctx, id)) : null);
      void api.entity(id).then((r) => {
        if (!r.ok) {
          fill(details, h('p', { class: 'error' }, describeError(lang, r.error)));
          return;
        }
        const e = r.value;
        // Opened from a list (co-appearances, a timeline) the entity may not be drawn: name it now.
        const heading = body.closest('aside')?.querySelector('#side-title');
        if (heading && heading.textContent === id) heading.textContent = e.name;
        const rows: Child[] = [];
        const line = readableLine(e.context, lang);
        if (line) rows.push(h('p', { class: 'entity-context' }, line));
        const aliases = Array.isArray(e.properties.aliases) ? e.properties.aliases.filter((a): a is string => typeof a === 'string') : [];
        if (aliases.length > 0) rows.push(h('p', {}, `${t(lang, 'entity.aliases')}: ${aliases.join('、')}`));
        const facts = (SHOWN[e.label] ?? [])
          .map((k) => [k, propertyValue(k, e.properties[k], lang)] as const)
          .filter((kv): kv is readonly [string, string] => kv[1] !== null);
        if (facts.length > 0) rows.push(h('dl', { class: 'facts' }, facts.map(([k, v]) => [h('dt', {}, t(lang, `prop.${k}` as MessageKey)), h('dd', {}, v)]).flat()));
        if (e.appearances.events > 0) {
          rows.push(h('p', {}, t(lang, 'entity.appearances', { n: e.appearances.events }),
            e.appearances.first ? ` · ${t(lang, 'entity.firstLast', { first: formatDate(e.appearances.first, lang), last: formatDate(e.appearances.last, lang) })}` : ''));
        }
        if (e.degree.byType.length > 0) {
          rows.push(h('h3', {}, t(lang, 'entity.degree')),
            h('ul', { class: 'degree' }, e.degree.byType.map((d) =>
              h('li', {}, `${isRelationType(d.type) ? relationReading(d.type, lang, d.direction === 'out' ? 'forward' : 'reverse') : d.type}: ${d.count}`))));
        }
        fill(details, rows);
      });
      return body;
    },
  };
}

/**
 * A panel body that fills itself from one API call: a loading note first, then the error, the
 * empty note, or what `render` makes of the answer.
 */
function loadedBody<T>(
  cls: string, lang: Lang, call: Promise<ApiResult<T>>, empty: (value: T) => boolean, emptyKey: MessageKey, render: (value: T) => Child,
): HTMLElement {
  const body = h('div', { class: cls }, h('p', { class: 'loading' }, t(lang, 'status.loading')));
  void call.then((r) => {
    if (!r.ok) fill(body, h('p', { class: 'error' }, describeError(lang, r.error)));
    else if (empty(r.value)) fill(body, h('p', { class: 'empty-note' }, t(lang, emptyKey)));
    else fill(body, render(r.value));
  });
  return body;
}

export function coappearPage(ctx: PanelContext, personId: string): Page {
  const { lang, actions, view } = ctx;
  const name = str(view.data(personId)?.name) ?? personId;
  return {
    key: `coappear:${personId}`,
    title: t(lang, 'coappear.title', { name }),
    build: () =>
      loadedBody('coappear', lang, api.coappear(personId), (v) => v.coappearances.length === 0, 'coappear.none', (v) =>
        h('ol', { class: 'ranked' }, v.coappearances.map((c) =>
          h('li', {},
            h('div', { class: 'ranked-head' },
              h('button', { type: 'button', class: 'link entity-link', 'data-id': c.person.id, onclick: () => actions.showEntity(c.person.id) }, swatch('Person'), c.person.name),
              c.person.scope ? h('span', { class: 'muted' }, ` ${c.person.scope}`) : null,
              h('span', { class: 'count' }, t(lang, 'coappear.count', { n: c.count })),
              view.has(c.person.id) ? null : h('button', { type: 'button', class: 'small', onclick: () => actions.expand(c.person.id) }, t(lang, 'entity.addToGraph'))),
            h('ul', { class: 'shared' }, c.events.map((ev) =>
              h('li', {},
                h('span', { class: 'muted' }, formatDate(ev.date, lang)), ' ',
                h('button', { type: 'button', class: 'link', onclick: () => actions.showEntity(ev.id) }, ev.name),
                h('span', { class: 'shared-roles small' },
                  ev.edge ? h('button', { type: 'button', class: 'link', title: t(lang, 'entity.evidence'), onclick: () => ev.edge && actions.showEvidence(ev.edge) }, `${name} ${word(ev.role ?? 'other', lang)}`) : null,
                  ev.edge && ev.otherEdge ? ' · ' : null,
                  ev.otherEdge ? h('button', { type: 'button', class: 'link', title: t(lang, 'entity.evidence'), onclick: () => ev.otherEdge && actions.showEvidence(ev.otherEdge) }, `${c.person.name} ${word(ev.otherRole ?? 'other', lang)}`) : null)))))))),
  };
}

export function timelinePage(ctx: PanelContext, id: string): Page {
  const { lang, actions, view } = ctx;
  const name = str(view.data(id)?.name) ?? id;
  return {
    key: `timeline:${id}`,
    title: t(lang, 'timeline.title', { name }),
    build: () =>
      loadedBody('timeline', lang, api.timeline(id), (v) => v.items.length === 0, 'timeline.none', (v) =>
        h('ol', { class: 'timeline-list' }, v.items.map((item) =>
          h('li', {},
            h('time', { class: 'muted' }, formatDate(item.date, lang) || '—'), ' ',
            h('button', { type: 'button', class: 'link', onclick: () => actions.showEntity(item.event.id) }, item.event.name),
            item.role ? h('span', { class: 'role' }, ` ${word(item.role, lang)}`) : null,
            item.places.length > 0 ? h('span', { class: 'muted' }, ` · ${item.places.map((p) => p.name).join('、')}`) : null,
            item.edge ? h('button', { type: 'button', class: 'link small', onclick: () => item.edge && actions.showEvidence(item.edge) }, ` ${t(lang, 'entity.evidence')}`) : null)))),
  };
}
