// What panels may ask of the explorer, and what they may read: main.ts implements Actions, so a
// panel's button never reaches into the graph or the URL itself.
import type { GraphView } from '../graph/view.ts';
import type { Lang } from '../i18n.ts';
import type { SidePanel } from './side.ts';
import type { Status } from './status.ts';

export interface Actions {
  expand(id: string): void;
  collapse(id: string): void;
  remove(ids: readonly string[]): void;
  togglePin(id: string): void;
  /** Starts a new view on this entity. */
  open(id: string): void;
  select(id: string): void;
  showEntity(id: string): void;
  showEvidence(edgeId: string): void;
  showArticle(articleId: string, mark: { start: number; end: number } | null): void;
  showPaths(from: string | null, to: string | null): void;
  findPaths(from: string, to: string, maxHops: number): void;
  showCoappear(personId: string): void;
  showTimeline(id: string): void;
}

export interface PanelContext {
  readonly lang: Lang;
  readonly view: GraphView;
  readonly actions: Actions;
  readonly side: SidePanel;
  readonly status: Status;
}
