// Turns a page's findings into the Extraction the loader consumes: entities with content ids,
// the mentions they were resolved from, and relationships with the sentence that says so.
// Identity on a page: one person per name, scoped by the jurisdiction of their titles.
import { pinyin } from 'pinyin-pro';
import { articleId, contentHash, eventId, organizationId, personId, placeId, relationId } from '../vocab/ids.ts';
import type {
  ArticleEntity, Entity, Evidence, EventEntity, Extraction, ExtractionWarning, Mention, OrganizationEntity,
  PersonEntity, PlaceEntity, Relation, RelationProperties,
} from '../vocab/extraction.ts';
import type { RelationType } from '../vocab/relations.ts';
import type { BylineRole } from '../vocab/roles.ts';
import { originalRange } from './page.ts';
import type { PageFindings } from './pipeline.ts';
import type { SentenceFindings } from './resolve/appearances.ts';
import { personScope, scopeOfTitle } from './resolve/scope.ts';
import { isReportable } from './resolve/appearances.ts';
import { organizationKind } from './recognize/organizations.ts';
import type { Gazetteer, Place } from './tables/gazetteer.ts';

/** A title as the text gives it, with where it was read. */
export interface TitleSeen {
  readonly title: string;
  readonly organization: string | null;
  readonly sentence: SentenceFindings | null;
  readonly articleIndex: number;
}

/** One person of the page, all their mentions merged by name. */
export interface PagePerson {
  readonly name: string;
  readonly titles: TitleSeen[];
  readonly bylineRoles: Set<BylineRole>;
  id: string;
  scope: string;
}

/** Persons of a page by name, with their titles and scope: identity within the page. */
export function collectPersons(findings: PageFindings, gazetteer: Gazetteer): Map<string, PagePerson> {
  const persons = new Map<string, PagePerson>();
  const get = (name: string): PagePerson => {
    let p = persons.get(name);
    if (!p) {
      p = { name, titles: [], bylineRoles: new Set(), id: '', scope: '' };
      persons.set(name, p);
    }
    return p;
  };
  const addTitle = (p: PagePerson, t: TitleSeen): void => {
    if (!p.titles.some((x) => x.title === t.title)) p.titles.push(t);
  };
  for (const a of findings.articles) {
    for (const b of a.article.bylines) {
      const p = get(b.name);
      for (const role of b.roles) p.bylineRoles.add(role);
      for (const title of b.titles) addTitle(p, { title, organization: null, sentence: null, articleIndex: a.article.index });
    }
    for (const s of a.sentences) {
      for (const c of s.persons) {
        const p = get(c.name);
        for (const t of c.titles) addTitle(p, { title: t.title, organization: t.organization, sentence: s, articleIndex: a.article.index });
      }
    }
  }
  const { context } = findings;
  for (const p of persons.values()) {
    p.scope = personScope(p.titles.map((t) => scopeOfTitle(t.title, gazetteer, context)), gazetteer, context) ?? context.homeCity ?? '';
    p.id = personId(p.name, p.scope);
  }
  return persons;
}

function pinyinOf(name: string): string {
  const syllables = pinyin(name, { toneType: 'none', type: 'array', surname: 'head', nonZh: 'removed' });
  const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
  const [surname, ...given] = syllables;
  return surname ? [cap(surname), cap(given.join(''))].filter(Boolean).join(' ') : '';
}

const isoPrefix = (date: string | null): string | null => date;

/** Collects entities, mentions and relations without duplicates; ids make repeats collapse. */
class ExtractionBuilder {
  readonly entities = new Map<string, Entity>();
  readonly mentions: Mention[] = [];
  readonly relations = new Map<string, Relation>();

  addEntity(e: Entity): string {
    if (!this.entities.has(e.id)) this.entities.set(e.id, e);
    return e.id;
  }

  addRelation(type: RelationType, from: string, to: string, properties: RelationProperties, evidence: Evidence | null, key = ''): void {
    const id = relationId(type, from, to, key);
    const existing = this.relations.get(id);
    if (existing) {
      const ev = evidence && !existing.evidence.some((x) => x.start === evidence.start && x.articleId === evidence.articleId)
        ? [...existing.evidence, evidence] : existing.evidence;
      this.relations.set(id, { ...existing, properties: mergeProperties(existing.properties, properties), evidence: ev });
    } else {
      this.relations.set(id, { id, type, from, to, properties, evidence: evidence ? [evidence] : [] });
    }
  }
}

function mergeProperties(a: RelationProperties, b: RelationProperties): RelationProperties {
  const dates = [a.firstSeen, a.lastSeen, b.firstSeen, b.lastSeen].filter((d): d is string => Boolean(d)).sort();
  return {
    ...a,
    ...(a.firstSeen !== undefined ? { firstSeen: dates[0] ?? null, lastSeen: dates[dates.length - 1] ?? null } : {}),
  };
}

function placeEntities(place: Place, gazetteer: Gazetteer, builder: ExtractionBuilder): string {
  const chain = [place, ...gazetteer.parents(place)];
  const ids = chain.map((p) => placeId(p.name, p.code));
  chain.forEach((p, i) => {
    const entity: PlaceEntity = {
      label: 'Place', id: ids[i] ?? '', name: p.name, aliases: [], level: p.level, code: p.code, parentId: ids[i + 1] ?? null,
    };
    builder.addEntity(entity);
  });
  return ids[0] ?? '';
}

export interface BuildResult {
  readonly extraction: Extraction;
  readonly persons: ReadonlyMap<string, PagePerson>;
}

/** The Extraction of one page. Deterministic: entities, mentions and relations sorted by id or offset. */
export function buildExtraction(findings: PageFindings, gazetteer: Gazetteer): BuildResult {
  const { page, context } = findings;
  const builder = new ExtractionBuilder();
  const persons = collectPersons(findings, gazetteer);
  const home = context.homeCity ?? '';
  const evidenceOf = (article: string, s: SentenceFindings): Evidence => {
    const range = originalRange(page, { start: s.start, end: s.start + s.text.length });
    return { articleId: article, sentence: page.original.slice(range.start, range.end), start: range.start, end: range.end };
  };
  const mention = (entityId: string, article: string, surface: string, start: number, end: number): void => {
    const range = originalRange(page, { start, end });
    builder.mentions.push({ entityId, articleId: article, surface, start: range.start, end: range.end });
  };
  const resolvePlace = (name: string | null): string | null => {
    if (!name) return null;
    const place = gazetteer.resolve(name, context);
    return place ? placeEntities(place, gazetteer, builder) : null;
  };

  const articleOf = new Map<SentenceFindings, string>();
  for (const p of persons.values()) {
    const entity: PersonEntity = { label: 'Person', id: p.id, name: p.name, aliases: [], pinyin: pinyinOf(p.name), scope: p.scope };
    builder.addEntity(entity);
  }

  for (const a of findings.articles) {
    const { article } = a;
    const normalized = page.text.slice(article.start, article.end);
    const hash = contentHash(normalized);
    const aid = articleId(hash);
    const range = originalRange(page, article);
    const firstLine = normalized.split('\n').find((l) => l.trim())?.trim().slice(0, 40) ?? page.doc;
    for (const s of a.sentences) articleOf.set(s, aid);
    const entity: ArticleEntity = {
      label: 'Article', id: aid, name: article.title ?? firstLine, aliases: [], title: article.title ?? firstLine,
      date: article.date, source: sourceOf(article.dateline?.agency ?? null, home), doc: page.doc, contentHash: hash,
      text: page.original.slice(range.start, range.end), start: range.start,
    };
    builder.addEntity(entity);

    const filedFrom = article.dateline?.place;
    if (filedFrom && article.dateline) {
      const at = page.text.indexOf(filedFrom, article.dateline.start);
      const id = resolvePlace(filedFrom);
      if (id && at >= 0) mention(id, aid, filedFrom, at, at + filedFrom.length);
    }

    for (const b of article.bylines) {
      const person = persons.get(b.name);
      if (!person) continue;
      mention(person.id, aid, b.name, b.start, b.end);
      const role = b.roles[0];
      if (role) builder.addRelation('REPORTED', person.id, aid, { role }, null, role);
    }

    for (const s of a.sentences) {
      const evidence = evidenceOf(aid, s);
      for (const c of s.persons) {
        const person = persons.get(c.name);
        if (!person) continue;
        mention(person.id, aid, c.text, s.start + c.start, s.start + c.end);
        for (const t of c.titles) {
          const target = positionTarget(t.title, t.organization, s, context.homeCity, gazetteer, builder, resolvePlace);
          if (!target) continue;
          const seen = isoPrefix(article.date);
          builder.addRelation('HOLDS_POSITION', person.id, target, { title: t.title, firstSeen: seen, lastSeen: seen }, evidence, t.title);
        }
      }
      for (const c of s.places) {
        const place = c.code ? gazetteer.byCode(c.code) : undefined;
        const id = place
          ? placeEntities(place, gazetteer, builder)
          : builder.addEntity({ label: 'Place', id: placeId(c.name, null), name: c.name, aliases: c.text !== c.name ? [c.text] : [], level: c.level, code: null, parentId: null });
        mention(id, aid, c.text, s.start + c.start, s.start + c.end);
      }
      for (const c of s.organizations) {
        const scope = c.place ?? home;
        const placeRef = resolvePlace(c.place ?? (c.name.startsWith('市') ? context.homeCity : null));
        const entity: OrganizationEntity = { label: 'Organization', id: organizationId(c.name, scope), name: c.name, aliases: [], kind: c.orgKind, placeId: placeRef };
        mention(builder.addEntity(entity), aid, c.text, s.start + c.start, s.start + c.end);
      }
    }

  }

  for (const e of findings.events) {
    if (!isReportable(e)) continue;
    const entity: EventEntity = { label: 'Event', id: eventId(e.name, e.date, home), name: e.name, aliases: e.aliases, kind: e.kind, date: e.date };
    builder.addEntity(entity);
    const first = e.sentences[0];
    const firstArticle = first ? articleOf.get(first) : undefined;
    const placeRef = resolvePlace(e.place);
    if (placeRef && first && firstArticle) builder.addRelation('HELD_IN', entity.id, placeRef, {}, evidenceOf(firstArticle, first));
    for (const ap of e.appearances) {
      const person = persons.get(ap.person.name);
      const aid = articleOf.get(ap.sentence);
      if (!person || !aid) continue;
      builder.addRelation('APPEARED_AT', person.id, entity.id, { role: ap.role }, evidenceOf(aid, ap.sentence));
    }
    for (const s of e.sentences) {
      const aid = articleOf.get(s);
      if (!aid) continue;
      for (const c of s.events) if (c.name === e.name || e.aliases.includes(c.name)) mention(entity.id, aid, c.text, s.start + c.start, s.start + c.end);
    }
  }

  const warnings: ExtractionWarning[] = page.warnings.map((w) => ({
    code: w.code, message: w.message, ...(w.start !== undefined ? { start: w.start, end: w.end } : {}),
  }));
  const extraction: Extraction = {
    doc: page.doc,
    homeCity: context.homeCity,
    date: page.date,
    entities: [...builder.entities.values()].sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0)),
    mentions: builder.mentions.sort((x, y) => x.start - y.start || x.end - y.end || (x.entityId < y.entityId ? -1 : 1)),
    relations: [...builder.relations.values()].sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0)),
    warnings,
  };
  return { extraction, persons };
}

function sourceOf(agency: string | null, home: string): string {
  if (agency && agency !== '本报') return agency;
  return home ? `${home}本地报` : '本报';
}

/**
 * Where a title is held: the body it names (市委 in 市委书记 → the home city's 市委), else the
 * place it is the head of (市长 → the home city); null for professions (记者, 教授).
 */
function positionTarget(
  title: string, organization: string | null, s: SentenceFindings, homeCity: string | null, gazetteer: Gazetteer,
  builder: ExtractionBuilder, resolvePlace: (name: string | null) => string | null,
): string | null {
  if (organization) {
    const written = s.organizations.find((o) => o.name === organization);
    const placeName = written?.place ?? (organization.startsWith('市') ? homeCity : null);
    const entity: OrganizationEntity = {
      label: 'Organization', id: organizationId(organization, placeName ?? homeCity ?? ''), name: organization, aliases: [],
      kind: written?.orgKind ?? organizationKind(organization), placeId: resolvePlace(placeName),
    };
    return builder.addEntity(entity);
  }
  // A bare 市长 heads the home city; a bare 区长 or 县长 heads a district the title does not name.
  if (/^(副|常务副)?市长$/u.test(title)) return resolvePlace(homeCity);
  const named = gazetteer.resolve(title.replace(/(副|常务副)?(市长|区长|县长|省长|镇长|乡长)$/u, ''), { homeCity, homeProvince: null });
  return named && /(市长|区长|县长|省长|镇长|乡长)$/u.test(title) ? resolvePlace(named.name) : null;
}
