// The paths page of the side panel: pick two entities (autocomplete), choose how far to look, and
// see the shortest paths between them; each path can be singled out in the graph.
import { t } from '../i18n.ts';
import type { PanelContext } from './actions.ts';
import { h, swatch } from './dom.ts';
import { SearchBox } from './search.ts';
import type { Page } from './side.ts';

export interface PathEnd {
  readonly id: string;
  readonly name: string;
  readonly label: string;
}

export interface PathsState {
  from: PathEnd | null;
  to: PathEnd | null;
  maxHops: number;
  /** The last answer, when the graph shows it. */
  result: { readonly length: number | null; readonly paths: readonly { readonly nodes: readonly string[]; readonly edges: readonly string[] }[] } | null;
}

/** The API's ceiling (server/api/limits.ts, path.maxMaxHops): longer searches are refused. */
const MAX_HOPS = 10;

export function pathsPage(ctx: PanelContext, state: PathsState): Page {
  const { lang, actions, view } = ctx;
  return {
    key: 'paths',
    title: t(lang, 'paths.title'),
    build: () => {
      const find = h('button', {
        type: 'button', class: 'primary', disabled: !(state.from && state.to),
        onclick: () => {
          if (state.from && state.to) actions.findPaths(state.from.id, state.to.id, state.maxHops);
        },
      }, t(lang, 'paths.find'));
      const picker = (end: 'from' | 'to'): HTMLElement => {
        const input = h('input', { type: 'search', id: `path-${end}`, value: state[end]?.name ?? '', placeholder: t(lang, 'search.placeholder') });
        const list = h('ul', { id: `path-${end}-list`, class: 'suggestions', hidden: true });
        new SearchBox({
          input, list, lang: () => lang, keepChoice: true, limit: 6,
          choose: (hit) => {
            state[end] = { id: hit.id, name: hit.name, label: hit.label };
            find.toggleAttribute('disabled', !(state.from && state.to));
          },
        });
        return h('div', { class: 'path-picker' }, h('label', { for: `path-${end}` }, t(lang, end === 'from' ? 'paths.from' : 'paths.to')), h('div', { class: 'combo' }, input, list));
      };
      const hops = h('select', {
        id: 'path-hops',
        onchange: (e) => {
          state.maxHops = Number((e.target as HTMLSelectElement).value);
        },
      }, Array.from({ length: MAX_HOPS }, (_, i) => h('option', { value: i + 1, selected: i + 1 === state.maxHops }, String(i + 1))));

      const result = state.result;
      let results: HTMLElement | null = null;
      if (result) {
        results = result.length === null || result.paths.length === 0
          ? h('p', { class: 'empty-note' }, t(lang, 'notice.pathNone', { hops: state.maxHops }))
          : h('div', { class: 'path-results' },
              h('p', {}, t(lang, 'paths.found', { n: result.paths.length, len: result.length })),
              h('ol', { class: 'path-list' }, result.paths.map((p) =>
                h('li', {},
                  h('button', {
                    type: 'button', class: 'link path-chain',
                    onclick: () => view.setPath(p.nodes, p.edges),
                  }, p.nodes.map((id, i) => {
                    const d = view.data(id);
                    return [i > 0 ? ' → ' : '', swatch(String(d?.label ?? '')), String(d?.name ?? id)];
                  }).flat())))));
      }
      return h('div', { class: 'paths' },
        picker('from'), picker('to'),
        h('div', { class: 'path-hops' }, h('label', { for: 'path-hops' }, t(lang, 'paths.hops')), hops),
        find,
        results);
    },
  };
}
