// What a perfect extraction of the synthetic corpus contains, counted the way the graph will
// hold it: distinct nodes per label and distinct relationships per type (MENTIONS, PART_OF and
// LOCATED_IN once per pair of nodes, the rest once per relation id).
import { LABEL_NAMES, type Label } from '../../vocab/labels.ts';
import { RELATION_TYPES, type RelationType } from '../../vocab/relations.ts';
import type { Extraction } from '../../vocab/extraction.ts';

export interface ExpectedCounts {
  pages: number;
  articles: number;
  nodes: Record<Label, number>;
  relationships: Record<RelationType, number>;
  /** Person–event appearances (APPEARED_AT), the figure extraction quality is usually read from. */
  appearances: number;
  /** Names written, each occurrence counted. */
  mentions: number;
  /** Evidence entries before any cap. */
  evidence: number;
}

export class ExpectedCounter {
  private pages = 0;
  private mentions = 0;
  private evidence = 0;
  private readonly nodes = new Map<Label, Set<string>>(LABEL_NAMES.map((l) => [l, new Set()]));
  private readonly relationships = new Map<RelationType, Set<string>>(RELATION_TYPES.map((t) => [t, new Set()]));

  add(x: Extraction): void {
    this.pages += 1;
    this.mentions += x.mentions.length;
    const rel = (t: RelationType, key: string) => this.relationships.get(t)?.add(key);
    for (const e of x.entities) {
      this.nodes.get(e.label)?.add(e.id);
      if (e.label === 'Place' && e.parentId) rel('PART_OF', `${e.id}>${e.parentId}`);
      if (e.label === 'Organization' && e.placeId) rel('LOCATED_IN', `${e.id}>${e.placeId}`);
    }
    for (const m of x.mentions) rel('MENTIONS', `${m.articleId}>${m.entityId}`);
    for (const r of x.relations) {
      rel(r.type, r.id);
      this.evidence += r.evidence.length;
    }
  }

  counts(): ExpectedCounts {
    const nodes = Object.fromEntries(LABEL_NAMES.map((l) => [l, this.nodes.get(l)?.size ?? 0])) as Record<Label, number>;
    const relationships = Object.fromEntries(
      RELATION_TYPES.map((t) => [t, this.relationships.get(t)?.size ?? 0]),
    ) as Record<RelationType, number>;
    return {
      pages: this.pages, articles: nodes.Article, nodes, relationships,
      appearances: relationships.APPEARED_AT, mentions: this.mentions, evidence: this.evidence,
    };
  }
}
