// Builds one synthetic page and, alongside, the Extraction a perfect extractor would return for
// it: every name written is recorded with its offsets as it is appended, so mentions and
// evidence are exact by construction rather than found again in the text.
import type { AppearanceRole, BylineRole, EventKind, OrganizationKind, PlaceLevel } from '../../vocab/roles.ts';
import type { Entity, Evidence, Extraction, Mention, Relation, RelationProperties } from '../../vocab/extraction.ts';
import type { RelationType } from '../../vocab/relations.ts';
import { articleId, contentHash, eventId, organizationId, personId, placeId, relationId } from '../../vocab/ids.ts';
import { earlierDate, laterDate, strongerOf } from '../../server/graph/load/merge-rules.ts';
import { pinyin } from 'pinyin-pro';

/** Stands for the article's own id until its text, and so its hash, is complete. */
export const THIS_ARTICLE = '@article';

/** A piece of a sentence: plain text, or a name that resolves to an entity. */
export type Part = string | { readonly ref: string; readonly surface: string };

interface PendingRelation {
  type: RelationType;
  from: string;
  to: string;
  properties: RelationProperties;
  sentences: number[];
}

interface Span { start: number; end: number }

/** One article: title and sentences, offsets relative to its own start until it is placed on the page. */
export class ArticleBuilder {
  private text = '';
  private readonly mentions: { ref: string; surface: string; start: number; end: number }[] = [];
  private readonly sentences: Span[] = [];
  readonly relations: PendingRelation[] = [];

  constructor(readonly date: string, readonly source: string) {}

  private append(parts: readonly Part[]): void {
    for (const part of parts) {
      if (typeof part === 'string') {
        this.text += part;
      } else {
        this.mentions.push({ ref: part.ref, surface: part.surface, start: this.text.length, end: this.text.length + part.surface.length });
        this.text += part.surface;
      }
    }
  }

  title(parts: readonly Part[]): void {
    this.append(parts);
    this.text += '\n\n';
  }

  /** Appends a sentence to the current paragraph; returns its number for evidence. */
  sentence(parts: readonly Part[]): number {
    const start = this.text.length;
    this.append(parts);
    this.sentences.push({ start, end: this.text.length });
    return this.sentences.length - 1;
  }

  paragraph(): void {
    this.text += '\n';
  }

  relate(type: RelationType, from: string, to: string, sentence: number, properties: RelationProperties = {}): void {
    this.relations.push({ type, from, to, properties, sentences: [sentence] });
  }

  get titleText(): string {
    return this.text.slice(0, this.text.indexOf('\n'));
  }

  finish(): { text: string; mentions: ArticleBuilder['mentions']; sentences: Span[] } {
    return { text: this.text.trimEnd(), mentions: this.mentions, sentences: this.sentences };
  }
}

/** A page: header line and articles separated by blank lines, with the merged Extraction. */
export class PageBuilder {
  private text: string;
  private readonly entities = new Map<string, Entity>();
  private readonly mentions: Mention[] = [];
  private readonly relations = new Map<string, { r: PendingRelation; id: string; evidence: Evidence[] }>();

  constructor(readonly doc: string, readonly homeCity: string, readonly date: string, header: string) {
    this.text = `${header}\n\n`;
  }

  /** Registers an entity once per page; later sightings add aliases only. */
  entity(entity: Entity): string {
    const have = this.entities.get(entity.id);
    if (!have) this.entities.set(entity.id, entity);
    else if (entity.aliases.some((a) => !have.aliases.includes(a))) {
      this.entities.set(entity.id, { ...have, aliases: [...new Set([...have.aliases, ...entity.aliases])] } as Entity);
    }
    return entity.id;
  }

  person(name: string, scope: string): string {
    return this.entity({
      label: 'Person', id: personId(name, scope), name, aliases: [],
      pinyin: pinyin(name, { toneType: 'none', surname: 'head' }), scope,
    });
  }

  place(name: string, code: string, level: PlaceLevel, parentId: string | null): string {
    return this.entity({ label: 'Place', id: placeId(name, code), name, aliases: [], level, code, parentId });
  }

  organization(name: string, scope: string, kind: OrganizationKind, placeIdOf: string | null, aliases: string[] = []): string {
    return this.entity({ label: 'Organization', id: organizationId(name, scope), name, aliases, kind, placeId: placeIdOf });
  }

  event(name: string, date: string, scope: string, kind: EventKind): string {
    return this.entity({ label: 'Event', id: eventId(name, date, scope), name, aliases: [], kind, date });
  }

  addArticle(article: ArticleBuilder): string {
    if (this.text.length > 0 && !this.text.endsWith('\n\n')) this.text += '\n\n';
    const start = this.text.length;
    const { text, mentions, sentences } = article.finish();
    const hash = contentHash(text);
    const id = articleId(hash);
    this.entity({
      label: 'Article', id, name: article.titleText, aliases: [], title: article.titleText, date: article.date,
      source: article.source, doc: this.doc, contentHash: hash, text, start,
    });
    this.text += `${text}\n\n`;
    for (const m of mentions) {
      this.mentions.push({ entityId: m.ref, articleId: id, surface: m.surface, start: start + m.start, end: start + m.end });
    }
    for (const r of article.relations) {
      if (r.from === THIS_ARTICLE) r.from = id;
      if (r.to === THIS_ARTICLE) r.to = id;
      const key = r.type === 'HOLDS_POSITION' ? r.properties.title ?? '' : '';
      const rid = relationId(r.type, r.from, r.to, key);
      const evidence = r.sentences.map((i) => {
        const s = sentences[i] as Span;
        return { articleId: id, sentence: text.slice(s.start, s.end), start: start + s.start, end: start + s.end };
      });
      const have = this.relations.get(rid);
      if (!have) {
        this.relations.set(rid, { r: { ...r, properties: { ...r.properties } }, id: rid, evidence });
        continue;
      }
      have.evidence.push(...evidence);
      const p = have.r.properties as { -readonly [K in keyof RelationProperties]: RelationProperties[K] };
      if (p.role !== undefined && r.properties.role !== undefined) {
        p.role = strongerOf(p.role, r.properties.role) as AppearanceRole | BylineRole;
      }
      if (r.type === 'HOLDS_POSITION') {
        p.firstSeen = earlierDate(p.firstSeen ?? null, r.properties.firstSeen ?? null);
        p.lastSeen = laterDate(p.lastSeen ?? null, r.properties.lastSeen ?? null);
      }
    }
    return id;
  }

  finish(): { text: string; extraction: Extraction } {
    const relations: Relation[] = [...this.relations.values()].map(({ r, id, evidence }) => ({
      id, type: r.type, from: r.from, to: r.to, properties: r.properties, evidence,
    }));
    return {
      text: this.text.trimEnd() + '\n',
      extraction: {
        doc: this.doc, homeCity: this.homeCity, date: this.date,
        entities: [...this.entities.values()], mentions: this.mentions, relations, warnings: [],
      },
    };
  }
}
