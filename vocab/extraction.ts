// The Extraction: what extract/ hands to server/graph/load. Entities, the mentions they were
// resolved from, relationships with their evidence, and coded warnings. Plain JSON, so it can
// cross worker threads and be written to disk with --json.
import type { AppearanceRole, BylineRole, EventKind, OrganizationKind, PlaceLevel } from './roles.ts';
import type { RelationType } from './relations.ts';

/** Where a relationship or mention comes from. Offsets are into the original page text (UTF-16, end exclusive). */
export interface Evidence {
  readonly articleId: string;
  readonly sentence: string;
  readonly start: number;
  readonly end: number;
}

interface EntityBase {
  readonly id: string;
  readonly name: string;
  readonly aliases: readonly string[];
}

export interface PersonEntity extends EntityBase {
  readonly label: 'Person';
  readonly pinyin: string;
  /** The jurisdiction that tells namesakes apart: the place of their title, else of the page. */
  readonly scope: string;
}

export interface PlaceEntity extends EntityBase {
  readonly label: 'Place';
  readonly level: PlaceLevel;
  /** GB/T 2260 code when the gazetteer knows the place. */
  readonly code: string | null;
  /** The enclosing place's id (PART_OF), when known. */
  readonly parentId: string | null;
}

export interface OrganizationEntity extends EntityBase {
  readonly label: 'Organization';
  readonly kind: OrganizationKind;
  /** The place it belongs to (LOCATED_IN), e.g. the home city for 市人社局. */
  readonly placeId: string | null;
}

export interface EventEntity extends EntityBase {
  readonly label: 'Event';
  readonly kind: EventKind;
  /** ISO prefix date: YYYY-MM-DD, or --MM-DD when the year is not certain. */
  readonly date: string | null;
}

export interface ArticleEntity extends EntityBase {
  readonly label: 'Article';
  /** name is the title; kept separately for readers of the graph. */
  readonly title: string;
  readonly date: string | null;
  readonly source: string;
  /** The page (file name without extension) the article was read from. */
  readonly doc: string;
  readonly contentHash: string;
  readonly text: string;
  /** Offset of the article's text in the original page. */
  readonly start: number;
}

export type Entity = PersonEntity | PlaceEntity | OrganizationEntity | EventEntity | ArticleEntity;

/** A name as written, apart from the entity it resolved to, so a wrong merge can be undone. */
export interface Mention {
  readonly entityId: string;
  readonly articleId: string;
  readonly surface: string;
  readonly start: number;
  readonly end: number;
}

export interface RelationProperties {
  readonly role?: AppearanceRole | BylineRole;
  readonly title?: string;
  readonly firstSeen?: string | null;
  readonly lastSeen?: string | null;
  readonly count?: number;
}

export interface Relation {
  readonly id: string;
  readonly type: RelationType;
  readonly from: string;
  readonly to: string;
  readonly properties: RelationProperties;
  readonly evidence: readonly Evidence[];
}

export interface ExtractionWarning {
  readonly code: string;
  readonly message: string;
  readonly start?: number;
  readonly end?: number;
}

export interface Extraction {
  /** The page: file name without extension. */
  readonly doc: string;
  readonly homeCity: string | null;
  readonly date: string | null;
  readonly entities: readonly Entity[];
  readonly mentions: readonly Mention[];
  readonly relations: readonly Relation[];
  readonly warnings: readonly ExtractionWarning[];
}

/** The document summary of ../shared/eval/GOLD-FORMAT.md: the scoring contract. */
export interface DocumentSummary {
  doc: string;
  persons: { name: string; titles: string[] }[];
  places: string[];
  aliases?: Record<string, string[]>;
  organizations: string[];
  events: {
    name: string;
    date: string | null;
    place: string | null;
    participants: { name: string; role: AppearanceRole }[];
  }[];
}
