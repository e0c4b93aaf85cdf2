// The side panel: one place for details (an entity, the evidence of an edge or an event, an
// article, paths, co-appearances), with Back to the previous page and Close. Pages are built by
// the panels' render functions; this file only shows them and keeps the history.
import { t, type Lang } from '../i18n.ts';
import { fill, h } from './dom.ts';

export interface Page {
  /** Key of what is shown (entity:per_…, edge:rel_…): showing it again replaces, not stacks. */
  readonly key: string;
  readonly title: string;
  /** Builds the page's body; called again when the language changes. */
  readonly build: () => HTMLElement;
}

export class SidePanel {
  private stack: Page[] = [];

  constructor(
    private readonly root: HTMLElement,
    private readonly lang: () => Lang,
    private readonly closed: () => void,
  ) {
    root.addEventListener('keydown', (e) => {
      if (e.key === 'Escape') {
        e.stopPropagation();
        this.close();
      }
    });
  }

  get currentKey(): string | null {
    return this.stack[this.stack.length - 1]?.key ?? null;
  }

  get isOpen(): boolean {
    return !this.root.hidden;
  }

  /** Shows a page; `stack` keeps the one before for Back (evidence → article). */
  show(page: Page, stack = false): void {
    if (!stack) this.stack = [];
    else if (this.currentKey === page.key) this.stack.pop();
    this.stack.push(page);
    this.draw();
  }

  back(): void {
    if (this.stack.length > 1) this.stack.pop();
    this.draw();
  }

  /** Rebuilds the page on top (language switch, graph changed under it). */
  refresh(): void {
    if (this.isOpen && this.stack.length > 0) this.draw();
  }

  close(): void {
    this.stack = [];
    this.root.hidden = true;
    this.root.replaceChildren();
    document.body.classList.remove('side-open');
    this.closed();
  }

  private draw(): void {
    const page = this.stack[this.stack.length - 1];
    if (!page) return;
    const lang = this.lang();
    fill(this.root,
      h('div', { class: 'side-head' },
        this.stack.length > 1 ? h('button', { type: 'button', class: 'side-back', onclick: () => this.back() }, `← ${t(lang, 'side.back')}`) : null,
        h('h2', { id: 'side-title', tabindex: '-1' }, page.title),
        h('button', { type: 'button', class: 'side-close', 'aria-label': t(lang, 'side.close'), title: t(lang, 'side.close'), onclick: () => this.close() }, '×')),
      h('div', { class: 'side-body', 'data-page': page.key }, page.build()));
    this.root.hidden = false;
    document.body.classList.add('side-open');
  }

  /** Moves keyboard focus to the panel's title (after the user asked for it, not on hover). */
  focus(): void {
    (this.root.querySelector('#side-title') as HTMLElement | null)?.focus();
  }
}
