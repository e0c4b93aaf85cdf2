// What the explorer tells the reader about itself: the status line (counts, renderer, loading),
// the notice banner (cap reached, empty result, server down: with the action that helps), and a
// polite live region for screen readers. Never a blank page: every failure ends up here.
import type { ApiError } from '../api.ts';
import { t, type Lang, type MessageKey } from '../i18n.ts';
import { fill, h } from './dom.ts';

export interface NoticeAction {
  readonly label: string;
  readonly run: () => void;
}

export type NoticeKind = 'info' | 'warning' | 'error';

/** An API failure in the reader's words: the server down and a starting database say so plainly. */
export function describeError(lang: Lang, error: ApiError): string {
  if (error.code === 'network') return t(lang, 'error.network');
  if (error.code === 'starting') return t(lang, 'error.starting', { message: error.message });
  if (error.code === 'unauthorized') return t(lang, 'error.token');
  return t(lang, 'error.generic', { message: error.message });
}

export class Status {
  private loadingCount = 0;

  constructor(
    private readonly line: HTMLElement,
    private readonly notice: HTMLElement,
    private readonly live: HTMLElement,
    private readonly lang: () => Lang,
  ) {}

  /** The footer: counts, what the filters hide, the renderer, and a spinner while loading. */
  update(parts: { nodes: number; edges: number; hidden: number; renderer: 'webgl' | 'canvas' }): void {
    const lang = this.lang();
    const text = [
      t(lang, 'status.nodes', { nodes: parts.nodes, edges: parts.edges }),
      parts.hidden > 0 ? t(lang, 'status.hidden', { n: parts.hidden }) : '',
      t(lang, `status.renderer.${parts.renderer}` as MessageKey),
    ].filter((s) => s !== '');
    fill(this.line,
      h('span', { class: 'spinner', hidden: this.loadingCount === 0, 'aria-hidden': 'true' }),
      h('span', { class: 'status-loading', hidden: this.loadingCount === 0 }, t(lang, 'status.loading')),
      h('span', { class: 'status-counts', 'data-nodes': parts.nodes, 'data-edges': parts.edges }, text.join(' · ')));
  }

  /** Marks work in progress until the returned function is called. */
  busy(what: string): () => void {
    this.loadingCount += 1;
    document.body.classList.add('busy');
    this.line.querySelector('.spinner')?.removeAttribute('hidden');
    this.line.querySelector('.status-loading')?.removeAttribute('hidden');
    const loading = this.line.querySelector('.status-loading');
    if (loading) loading.textContent = what;
    let done = false;
    return () => {
      if (done) return;
      done = true;
      this.loadingCount -= 1;
      if (this.loadingCount === 0) {
        document.body.classList.remove('busy');
        this.line.querySelector('.spinner')?.setAttribute('hidden', '');
        this.line.querySelector('.status-loading')?.setAttribute('hidden', '');
      }
    };
  }

  show(kind: NoticeKind, message: string, actions: readonly NoticeAction[] = [], extra: Node | null = null): void {
    const lang = this.lang();
    this.notice.className = `notice notice-${kind}`;
    this.notice.setAttribute('role', kind === 'error' ? 'alert' : 'status');
    fill(this.notice,
      h('p', { class: 'notice-text' }, message),
      extra,
      h('div', { class: 'notice-actions' },
        actions.map((a) => h('button', { type: 'button', onclick: () => a.run() }, a.label)),
        h('button', { type: 'button', class: 'notice-dismiss', 'aria-label': t(lang, 'notice.dismiss'), onclick: () => this.clear() }, '×')));
    this.notice.hidden = false;
  }

  error(error: ApiError, retry?: () => void): void {
    const lang = this.lang();
    this.show('error', describeError(lang, error), retry ? [{ label: t(lang, 'error.retry'), run: retry }] : []);
  }

  clear(): void {
    this.notice.hidden = true;
    this.notice.replaceChildren();
  }

  /** Says something to screen readers without moving focus. */
  announce(text: string): void {
    this.live.textContent = '';
    // A fresh text node in a new task, so the same sentence twice is still read out.
    setTimeout(() => {
      this.live.textContent = text;
    }, 30);
  }
}
