// Keyboard use of the explorer: which key does what on the graph and anywhere on the page, and
// the list the help dialog shows. Pure mapping from key events to commands; main.ts carries them
// out, so every mouse action on the canvas has a key.
import type { Direction } from './graph/view.ts';

export type GraphCommand =
  | { readonly kind: 'move'; readonly direction: Direction }
  | { readonly kind: 'expand' }
  | { readonly kind: 'inspect' }
  | { readonly kind: 'remove' }
  | { readonly kind: 'collapse' }
  | { readonly kind: 'pin' }
  | { readonly kind: 'edge'; readonly step: 1 | -1 }
  | { readonly kind: 'fit' }
  | { readonly kind: 'zoom'; readonly factor: number }
  | { readonly kind: 'escape' };

export type PageCommand = 'undo' | 'redo' | 'search' | 'help';

export interface KeyLike {
  readonly key: string;
  readonly ctrlKey?: boolean;
  readonly metaKey?: boolean;
  readonly shiftKey?: boolean;
  readonly altKey?: boolean;
}

const ARROWS: Readonly<Record<string, Direction>> = { ArrowLeft: 'left', ArrowRight: 'right', ArrowUp: 'up', ArrowDown: 'down' };

/** Keys while the graph has focus. */
export function graphCommand(e: KeyLike): GraphCommand | null {
  if (e.ctrlKey || e.metaKey || e.altKey) return null;
  const direction = ARROWS[e.key];
  if (direction) return { kind: 'move', direction };
  switch (e.key) {
    case 'Enter': return { kind: 'expand' };
    case ' ': return { kind: 'inspect' };
    case 'Delete': case 'Backspace': return { kind: 'remove' };
    case 'c': return { kind: 'collapse' };
    case 'p': return { kind: 'pin' };
    case ']': return { kind: 'edge', step: 1 };
    case '[': return { kind: 'edge', step: -1 };
    case 'f': return { kind: 'fit' };
    case '+': case '=': return { kind: 'zoom', factor: 1.25 };
    case '-': return { kind: 'zoom', factor: 0.8 };
    case 'Escape': return { kind: 'escape' };
    default: return null;
  }
}

/** Keys anywhere on the page, except while typing in a field or the Cypher editor. */
export function pageCommand(e: KeyLike, typing: boolean): PageCommand | null {
  const mod = e.ctrlKey || e.metaKey;
  if (mod && !e.altKey && e.key.toLowerCase() === 'z') return e.shiftKey ? 'redo' : 'undo';
  if (mod && !e.altKey && e.key.toLowerCase() === 'y') return 'redo';
  if (typing || mod || e.altKey) return null;
  if (e.key === '/') return 'search';
  if (e.key === '?') return 'help';
  return null;
}

/** The help dialog's table: keys and what they do, in both languages. */
export const KEY_HELP: readonly { readonly keys: string; readonly en: string; readonly zh: string }[] = [
  { keys: '/', en: 'Search a name', zh: '搜索名称' },
  { keys: 'Tab', en: 'Move between the search, the tools, the filters, the graph and the panel', zh: '在搜索、工具、筛选、关系图和面板之间切换' },
  { keys: '← ↑ → ↓', en: 'Graph: go to the nearest node in that direction', zh: '关系图：移到该方向最近的节点' },
  { keys: 'Enter', en: 'Expand the selected node (an edge: read its evidence)', zh: '展开所选节点（边：查看依据）' },
  { keys: 'Space', en: 'Open the details of the selection', zh: '打开所选内容的详情' },
  { keys: '[ ]', en: 'Step through the edges of the selected node', zh: '逐一选择所选节点的边' },
  { keys: 'c', en: 'Collapse the selected node', zh: '收起所选节点' },
  { keys: 'p', en: 'Pin or unpin the selected node (layouts leave it in place)', zh: '固定或取消固定所选节点（布局不移动它）' },
  { keys: 'Delete', en: 'Remove the selected node from the view', zh: '从视图中移除所选节点' },
  { keys: '+ −  f', en: 'Zoom in, zoom out, fit the graph', zh: '放大、缩小、适应窗口' },
  { keys: 'Ctrl+Z  Ctrl+Shift+Z', en: 'Undo, redo', zh: '撤销、重做' },
  { keys: 'Ctrl+Enter', en: 'Run the query in the Cypher console', zh: '在 Cypher 控制台运行查询' },
  { keys: 'Esc', en: 'Clear the selection, close a panel', zh: '取消选择、关闭面板' },
  { keys: 'Double-click', en: 'Expand a node', zh: '展开节点' },
  { keys: 'Drag', en: 'Move and pin a node; Shift+drag selects several', zh: '拖动并固定节点；Shift+拖动可多选' },
];
