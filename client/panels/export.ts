// The export menu: images of the view (PNG, SVG, drawn here), the API's file formats of the
// current selection (GraphML, GEXF, CSV, JSON, Cypher, HTML) and a link that reproduces the view.
// A <details> menu: it opens with Enter or Space and every item is a button.
import { t, type Lang, type MessageKey } from '../i18n.ts';
import { EXPORT_FORMATS, type ExportFormat } from '../state/export.ts';
import { fill, h } from './dom.ts';

export interface ExportMenuOptions {
  readonly root: HTMLDetailsElement;
  readonly lang: () => Lang;
  readonly image: (kind: 'png' | 'svg') => void;
  readonly file: (format: ExportFormat) => void;
  readonly copyLink: () => void;
}

/** Hands a file to the browser's downloads. */
export function saveFile(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = h('a', { href: url, download: fileName, hidden: true });
  document.body.append(a);
  a.click();
  a.remove();
  // The download has its own reference by now; a minute is ample for slow disks.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export class ExportMenu {
  constructor(private readonly o: ExportMenuOptions) {
    o.root.addEventListener('keydown', (e) => {
      if (e.key === 'Escape' && o.root.open) {
        o.root.open = false;
        (o.root.querySelector('summary') as HTMLElement | null)?.focus();
      }
    });
    document.addEventListener('click', (e) => {
      if (o.root.open && !o.root.contains(e.target as Node)) o.root.open = false;
    });
  }

  render(): void {
    const lang = this.o.lang();
    const item = (key: MessageKey, run: () => void, data: string): HTMLElement =>
      h('li', { role: 'none' }, h('button', {
        type: 'button', role: 'menuitem', 'data-export': data,
        onclick: () => {
          this.o.root.open = false;
          run();
        },
      }, t(lang, key)));
    fill(this.o.root,
      h('summary', { class: 'button', 'aria-haspopup': 'menu' }, t(lang, 'tools.export')),
      h('ul', { class: 'menu', role: 'menu' },
        item('export.png', () => this.o.image('png'), 'png'),
        item('export.svg', () => this.o.image('svg'), 'svg'),
        h('li', { role: 'separator' }),
        EXPORT_FORMATS.map((f) => item(`export.${f}` as MessageKey, () => this.o.file(f), f)),
        h('li', { role: 'separator' }),
        item('export.copyLink', () => this.o.copyLink(), 'link')));
  }
}
