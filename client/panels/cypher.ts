// The Cypher console: an editor with Cypher highlighting and completion (@neo4j-cypher/codemirror,
// loaded only when the console first opens: it is most of the bundle), a history kept in this
// browser, and the result as a table; main.ts draws the graph when the result holds nodes. The
// API's read-only limits are stated up front and its refusals shown as plain sentences.
import { LABELS, LABEL_NAMES, BASE_PROPERTIES } from '../../vocab/labels.ts';
import { RELATIONS, RELATION_TYPES } from '../../vocab/relations.ts';
import type { EditorApi } from '@neo4j-cypher/codemirror';
import { api, type ApiResult, type CypherResponse } from '../api.ts';
import { t, type Lang } from '../i18n.ts';
import { fill, h } from './dom.ts';
import { describeError } from './status.ts';

export interface CypherConsoleOptions {
  readonly root: HTMLElement;
  readonly lang: () => Lang;
  /** Runs the query (and draws its graph part); the console shows the table and messages. */
  readonly execute: (query: string) => Promise<ApiResult<CypherResponse>>;
  readonly closed: () => void;
}

interface Editor {
  value(): string;
  closeCompletion(): void;
  setValue(text: string): void;
  focus(): void;
}

const HISTORY_KEY = 'newsgraph.cypherHistory';
/** Queries remembered; older ones drop off. */
const HISTORY_MAX = 30;
/** Rows drawn in the table; the rest is a scroll nobody reads (export the result instead). */
const TABLE_ROWS = 300;

export const EXAMPLE_QUERY = "MATCH (p:Person)-[r:APPEARED_AT]->(e:Event)\nWHERE r.role = 'presided'\nRETURN p, r, e LIMIT 50";

/** What the editor completes: the vocabulary's labels, types and property keys. */
function schema(): { labels: string[]; relationshipTypes: string[]; propertyKeys: string[] } {
  const props = new Set<string>([...BASE_PROPERTIES, ...Object.values(LABELS).flatMap((l) => l.properties), ...Object.values(RELATIONS).flatMap((r) => r.properties)]);
  return { labels: [...LABEL_NAMES], relationshipTypes: [...RELATION_TYPES], propertyKeys: [...props].sort() };
}

function readHistory(): string[] {
  try {
    const v: unknown = JSON.parse(localStorage.getItem(HISTORY_KEY) ?? '[]');
    return Array.isArray(v) ? v.filter((q): q is string => typeof q === 'string').slice(0, HISTORY_MAX) : [];
  } catch {
    return [];
  }
}

function remember(query: string): void {
  const list = [query, ...readHistory().filter((q) => q !== query)].slice(0, HISTORY_MAX);
  try {
    localStorage.setItem(HISTORY_KEY, JSON.stringify(list));
  } catch {
    // Private mode or a full store: the console works without history.
  }
}

/** A cell as one line of text: nodes as (:Label name), relationships as [:TYPE], paths by length. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value !== 'object') return String(value);
  if (Array.isArray(value)) return `[${value.map(cellText).join(', ')}]`;
  const v = value as Record<string, unknown>;
  const props = (v.properties ?? {}) as Record<string, unknown>;
  const caption = String(props.name ?? props.title ?? v.id ?? '');
  if (v['@type'] === 'node') return `(:${(v.labels as string[] | undefined)?.join(':') ?? ''} ${caption})`;
  if (v['@type'] === 'relationship') return `[:${String(v.type)}${props.role ? ` ${String(props.role)}` : ''}]`;
  if (v['@type'] === 'path') return `path(${(v.relationships as unknown[] | undefined)?.length ?? 0})`;
  return JSON.stringify(value);
}

export class CypherConsole {
  private editor: Editor | null = null;
  private built = false;
  private limits: string | null = null;
  private readonly editorBox = h('div', { class: 'cypher-editor', id: 'cypher-editor' });
  private readonly messages = h('div', { class: 'cypher-messages', 'aria-live': 'polite' });
  private readonly table = h('div', { class: 'cypher-table' });
  private readonly history = h('select', { class: 'cypher-history' });
  private readonly limitsLine = h('p', { class: 'cypher-limits' });
  private running = false;

  constructor(private readonly o: CypherConsoleOptions) {}

  get isOpen(): boolean {
    return !this.o.root.hidden;
  }

  async open(query?: string): Promise<void> {
    if (!this.built) await this.build(query ?? EXAMPLE_QUERY);
    else if (query !== undefined) this.editor?.setValue(query);
    this.o.root.hidden = false;
    document.body.classList.add('console-open');
    this.editor?.focus();
  }

  close(): void {
    this.o.root.hidden = true;
    document.body.classList.remove('console-open');
    this.o.closed();
  }

  /** Rebuilds the console's words after a language switch (the editor and its text stay). */
  relabel(): void {
    if (!this.built) return;
    const value = this.editor?.value();
    this.built = false;
    this.o.root.replaceChildren();
    void this.build(value ?? '');
  }

  private async build(initial: string): Promise<void> {
    this.built = true;
    const lang = this.o.lang();
    const run = h('button', { type: 'button', class: 'primary', id: 'cypher-run', onclick: () => void this.run() }, t(lang, 'cypher.run'));
    this.history.onchange = () => {
      const q = this.history.value;
      if (q) this.editor?.setValue(q);
      this.history.selectedIndex = 0;
    };
    this.fillHistory();
    fill(this.o.root,
      h('div', { class: 'console-head' },
        h('h2', {}, t(lang, 'cypher.title')),
        this.limitsLine,
        h('button', { type: 'button', class: 'side-close', 'aria-label': t(lang, 'cypher.close'), title: t(lang, 'cypher.close'), onclick: () => this.close() }, '×')),
      this.editorBox,
      h('div', { class: 'console-tools' }, run, h('span', { class: 'muted' }, t(lang, 'cypher.runHint')), h('label', {}, `${t(lang, 'cypher.history')} `, this.history)),
      this.messages,
      this.table);
    this.limitsLine.textContent = this.limits ?? t(lang, 'cypher.limitsUnknown');
    if (this.limits === null) {
      void api.cypherLimits().then((r) => {
        if (!r.ok) return;
        this.limits = t(this.o.lang(), 'cypher.limits', { rows: r.value.rows, seconds: Math.round(r.value.timeoutMs / 1000) });
        this.limitsLine.textContent = this.limits;
      });
    }
    const [{ createCypherEditor }, { keymap }, { Prec }] = await Promise.all([
      import('@neo4j-cypher/codemirror'),
      import('@codemirror/view'),
      import('@codemirror/state'),
      import('@neo4j-cypher/codemirror/css/cypher-codemirror.css'),
    ]);
    this.editorBox.replaceChildren();
    const created: unknown = createCypherEditor(this.editorBox, {
      value: initial,
      schema: schema(),
      autofocus: true,
      lineNumbers: true,
      lineWrapping: true,
      // Tab must leave the editor, or keyboard users are trapped in it.
      tabKey: false,
      theme: 'light',
      postExtensions: [Prec.highest(keymap.of([{ key: 'Mod-Enter', run: () => (void this.run(), true) }]))],
    });
    // 1.0.3 returns { editor: EditorApi }, though its typings promise the EditorApi itself.
    const cm = ((created as { editor?: EditorApi }).editor ?? created) as EditorApi;
    cm.codemirror.contentDOM.setAttribute('aria-label', t(lang, 'cypher.title'));
    this.editor = {
      value: () => cm.codemirror.state.doc.toString(),
      closeCompletion: () => cm.setAutocompleteOpen(false),
      setValue: (text) => cm.setValue(text),
      focus: () => cm.focus(),
    };
  }

  private fillHistory(): void {
    const lang = this.o.lang();
    fill(this.history, h('option', { value: '' }, `${t(lang, 'cypher.history')}…`),
      readHistory().map((q) => h('option', { value: q }, q.replace(/\s+/gu, ' ').slice(0, 80))));
  }

  /** Runs what the editor holds: the table here, the graph by main.ts. */
  async run(): Promise<void> {
    const query = this.editor?.value().trim() ?? '';
    if (query === '' || this.running) return;
    this.editor?.closeCompletion();
    this.running = true;
    const lang = this.o.lang();
    fill(this.messages, h('p', { class: 'loading' }, t(lang, 'status.loading')));
    remember(query);
    this.fillHistory();
    const r = await this.o.execute(query);
    this.running = false;
    if (!r.ok) {
      const e = r.error;
      const text =
        e.code === 'query-rejected' ? t(lang, 'cypher.rejected', { message: e.message })
        : e.code === 'query-timeout' ? t(lang, 'cypher.timeout', { message: e.message })
        : e.code === 'query-failed' || e.code === 'bad-request' ? t(lang, 'cypher.failed', { message: e.message })
        : e.code === 'too-large' ? t(lang, 'cypher.tooLarge')
        : describeError(lang, e);
      fill(this.messages, h('p', { class: 'error', role: 'alert', 'data-code': e.code }, text));
      this.table.replaceChildren();
      return;
    }
    const { columns, rows, truncated, elements, notifications } = r.value;
    const lines: HTMLElement[] = [h('p', { class: 'cypher-summary', 'data-rows': rows.length }, t(lang, 'cypher.rows', { n: rows.length }))];
    if (rows.length === 0) lines.push(h('p', {}, t(lang, 'cypher.empty')));
    else if (elements.nodes.length > 0) lines.push(h('p', {}, t(lang, 'cypher.graphShown', { nodes: elements.nodes.length, edges: elements.edges.length })));
    else lines.push(h('p', {}, t(lang, 'cypher.tableOnly')));
    if (truncated) lines.push(h('p', { class: 'warning' }, t(lang, 'cypher.truncated', { n: rows.length })));
    for (const n of notifications) lines.push(h('p', { class: 'muted' }, `${n.title} ${n.description}`));
    fill(this.messages, lines);
    fill(this.table, rows.length === 0 ? null : h('table', {},
      h('thead', {}, h('tr', {}, columns.map((c) => h('th', { scope: 'col' }, c)))),
      h('tbody', {}, rows.slice(0, TABLE_ROWS).map((row) => h('tr', {}, row.map((cell) => h('td', {}, cellText(cell))))))));
  }
}
