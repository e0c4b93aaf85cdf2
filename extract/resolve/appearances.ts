// Who appeared at what, in which role: reads the persons, events and role verbs of each sentence
// of one article and decides the appearances. Named events come from recognize/events.ts;
// anaphors (会议, 全会) point to the article's main event; visits and talks without a name
// become events named from their subject and place (张建慧淮阳区调研督导).
import { ROLE_VERBS } from '../tables/events.ts';
import { strongerRole, type AppearanceRole, type EventKind } from '../../vocab/roles.ts';
import type { EventCandidate, PersonCandidate, PlaceCandidate, OrganizationCandidate } from '../recognize/types.ts';

/** One sentence with what the recognizers found in it (offsets relative to the sentence). */
export interface SentenceFindings {
  /** Offset of the sentence in the page's normalized text. */
  readonly start: number;
  readonly text: string;
  readonly persons: readonly PersonCandidate[];
  readonly events: readonly EventCandidate[];
  readonly places: readonly PlaceCandidate[];
  readonly organizations: readonly OrganizationCandidate[];
  /** A date the sentence itself gives (its dateline), already resolved (YYYY-MM-DD or --MM-DD). */
  readonly date: string | null;
}

export interface AppearanceFinding {
  readonly person: PersonCandidate;
  readonly sentence: SentenceFindings;
  readonly role: AppearanceRole;
}

export interface EventFinding {
  readonly name: string;
  readonly kind: EventKind;
  date: string | null;
  /** Where it was held, as a place or organization name from the text, when the text says. */
  place: string | null;
  readonly appearances: AppearanceFinding[];
  /** Sentences that name or describe the event: evidence for HELD_IN and for the event itself. */
  readonly sentences: SentenceFindings[];
  /** Convened in the text (召开, 举行, 举办) or a visit, rather than only mentioned. */
  held: boolean;
  /** The text gives the name; false for names made from subject and place (张建慧淮阳区调研). */
  readonly named: boolean;
}

/** Worth reporting: someone appeared at it, or the text names it and says it took place on a date. */
export function isReportable(e: EventFinding): boolean {
  return e.appearances.length > 0 || (e.named && e.held && e.date !== null);
}

interface RoleVerb {
  readonly start: number;
  readonly end: number;
  readonly role: AppearanceRole;
  readonly verb: string;
}

const VERBS = [...ROLE_VERBS].sort((a, b) => b[0].length - a[0].length);
const CLAUSE_BREAK = /[，,；;。！？!?：:]/u;
const CONVENED = /(召开|举行|举办|开幕|闭幕|开馆|揭牌|授牌|主持)/u;
// Between a name and its verb only these may stand: 张建慧出席会议并讲话, 马剑平、秦胜军等出席.
const FILLER = /^(等|一行|同志|分别|先后|也|还|共同|一同|一起|亲切|专门|到会|在会上|在会议上|会上|并|又|随后|现场|会议|全会|大会|进行了?|作了?|对此)*$/u;
const WHERE = /^(到|在|赴|深入|来到|前往|莅临)/u;
// 马剑平、秦胜军以及有关部门负责同志出席: unnamed others joined to the list share its verb.
const AND_OTHERS = /^(以及|及|和|与)[^，。；]{0,24}(负责人|负责同志|同志|代表|干部|群众|嘉宾)(等)?(也|还)?$/u;
// 就《…》作说明, 向大会致信, 对工作作总结: a prepositional phrase between a name and its verb.
const PREPOSITION = /^(向|给|就|对|围绕|为)/u;
// 习近平总书记在中央金融工作会议上的重要讲话: the verb is a noun after the event it was given at.
const AT_EVENT = /(上的|上所作的|上发表的?)(重要)?$/u;

function findRoleVerbs(text: string): RoleVerb[] {
  const found: RoleVerb[] = [];
  const taken = new Uint8Array(text.length);
  // Words inside “…” (a slogan, a title, quoted speech) are not what the sentence reports.
  for (const m of text.matchAll(/“[^“”]*”/gu)) taken.fill(1, m.index, m.index + m[0].length);
  for (const [verb, role] of VERBS) {
    for (let i = text.indexOf(verb); i >= 0; i = text.indexOf(verb, i + 1)) {
      if (taken.subarray(i, i + verb.length).some((x) => x)) continue;
      taken.fill(1, i, i + verb.length);
      found.push({ start: i, end: i + verb.length, role, verb });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

function clauseBounds(text: string, at: number): [number, number] {
  // A comma inside “…” (a quoted title or slogan) does not end the clause around it.
  let s = at;
  while (s > 0 && !CLAUSE_BREAK.test(text[s - 1] ?? '')) {
    if (text[s - 1] === '”') {
      const open = text.lastIndexOf('“', s - 2);
      if (open >= 0) {
        s = open;
        continue;
      }
    }
    s--;
  }
  let e = at;
  while (e < text.length && !CLAUSE_BREAK.test(text[e] ?? '')) {
    if (text[e] === '“') {
      const close = text.indexOf('”', e + 1);
      if (close >= 0) {
        e = close + 1;
        continue;
      }
    }
    e++;
  }
  return [s, e];
}

/**
 * The persons a verb is said of: those before it in its clause and after the previous verb
 * (a list 马剑平、秦胜军 shares its verb), provided only filler or a where-phrase stands
 * between the last of them and the verb.
 */
function subjectsOf(text: string, verb: RoleVerb, verbs: readonly RoleVerb[], persons: readonly PersonCandidate[]): PersonCandidate[] {
  const [clauseStart] = clauseBounds(text, verb.start);
  const previousVerbEnd = Math.max(clauseStart, ...verbs.filter((v) => v.end <= verb.start).map((v) => v.end));
  const before = persons.filter((p) => p.end <= verb.start && p.start >= previousVerbEnd);
  const last = before[before.length - 1];
  if (!last) return [];
  const gap = text.slice(last.end, verb.start);
  const ok = FILLER.test(gap) ||
    AND_OTHERS.test(gap) ||
    (WHERE.test(gap) && gap.length <= 24) ||
    (PREPOSITION.test(gap) && gap.length <= 60) ||
    (AT_EVENT.test(gap) && gap.length <= 80) ||
    (verb.role === 'met' && gap.length <= 30);
  return ok ? before : [];
}

/** Persons named after a 会见/会谈 verb are met too: 张建慧会见了京东集团副总裁马杰. */
function objectsOf(text: string, verb: RoleVerb, persons: readonly PersonCandidate[]): PersonCandidate[] {
  if (verb.role !== 'met') return [];
  const [, clauseEnd] = clauseBounds(text, verb.end);
  return persons.filter((p) => p.start >= verb.end && p.end <= clauseEnd);
}

function nearestNamed(events: readonly EventCandidate[], at: number, clause: [number, number]): EventCandidate | null {
  const inClause = events.filter((e) => e.reference === 'named' && e.start >= clause[0] && e.end <= clause[1]);
  inClause.sort((a, b) => Math.abs(a.start - at) - Math.abs(b.start - at));
  return inClause[0] ?? null;
}

/** Where a visit went: the place or body written between subject and verb, else the words after 到/在. */
function placeBetween(sentence: SentenceFindings, from: number, to: number): string | null {
  const place = sentence.places.find((p) => p.start >= from && p.end <= to);
  if (place) return place.text;
  const org = sentence.organizations.find((o) => o.start >= from && o.end <= to);
  if (org) return org.text;
  const gap = sentence.text.slice(from, to);
  const m = /^(?:到|在|赴|深入|来到|前往|莅临)([\u3400-\u9fff]{2,16})$/u.exec(gap);
  return m?.[1] ?? null;
}

/** `在江苏省苏州市举办`, `凤泉区召开`: the last place written in the clause that convenes the event. */
function placeHeld(s: SentenceFindings, clause: [number, number]): string | null {
  const places = s.places.filter((p) => p.start >= clause[0] && p.end <= clause[1]);
  return places[places.length - 1]?.name ?? null;
}

const UNNAMED_KIND: Partial<Record<AppearanceRole, EventKind>> = { inspected: 'inspection', met: 'talks' };
/** Verbs that are an occurrence by themselves whatever their role: an interview, receiving petitioners. */
const EVENT_VERBS: Readonly<Record<string, EventKind>> = { 专访: 'other', 接访: 'talks', 采访: 'other' };
// 中共中央政治局召开会议: a body convenes a meeting named only by its head; the body names it.
const BODY_CONVENES = /(召开|举行)(了)?$/u;

interface Draft {
  readonly events: Map<string, EventFinding>;
  main: EventFinding | null;
}

function eventNamed(draft: Draft, name: string, kind: EventKind, named = true): EventFinding {
  let e = draft.events.get(name);
  if (!e) {
    e = { name, kind, date: null, place: null, appearances: [], sentences: [], held: false, named };
    draft.events.set(name, e);
  }
  return e;
}

function addSentence(e: EventFinding, s: SentenceFindings): void {
  if (!e.sentences.includes(s)) e.sentences.push(s);
}

function hold(e: EventFinding, s: SentenceFindings, date: string | null, place: string | null): void {
  if (e.held) return;
  e.held = true;
  e.date = date;
  e.place = place;
}

/**
 * Named events, and the main one: the first the body convenes (召开, 举行, 主持), else the first
 * named. A headline's name for the convened event (牧野区委四届五次全会 over 中国共产党牧野区
 * 第四届委员会第五次全体(扩大)会议) is the same event: it folds into the body's.
 */
function findNamedEvents(sentences: readonly SentenceFindings[], articleDate: string | null, headlines: ReadonlySet<SentenceFindings>): Draft {
  const draft: Draft = { events: new Map(), main: null };
  const heldInHeadline: EventFinding[] = [];
  for (const s of sentences) {
    for (const c of s.events) {
      const clause = clauseBounds(s.text, c.start);
      const clauseText = s.text.slice(clause[0], clause[1]);
      let name = c.name;
      if (c.reference !== 'named') {
        const body = s.organizations.find((o) => o.end <= c.start && o.start >= clause[0] && BODY_CONVENES.test(s.text.slice(o.end, c.start).replace(/[0-9]+月[0-9]+日|上午|下午/gu, '')));
        if (!body) continue;
        name = `${body.name}${c.name}`;
      }
      const e = eventNamed(draft, name, c.eventKind, c.reference === 'named');
      addSentence(e, s);
      if (!e.held && CONVENED.test(clauseText)) {
        hold(e, s, s.date ?? articleDate, placeHeld(s, clause));
        if (headlines.has(s)) heldInHeadline.push(e);
        else draft.main ??= e;
      }
    }
  }
  const main = draft.main;
  if (main) {
    for (const e of heldInHeadline) {
      if (e === main || e.kind !== main.kind) continue;
      draft.events.delete(e.name);
      for (const x of e.sentences) addSentence(main, x);
    }
  }
  // Only an event the text says took place can be what 会议 and 出席 refer to; one merely
  // mentioned (学习党代会精神) is not where the people of the article were.
  draft.main ??= heldInHeadline[0] ?? null;
  return draft;
}

/** The event a role verb speaks of, creating an unnamed visit or talks when the verb is one. */
function targetOf(draft: Draft, s: SentenceFindings, verb: RoleVerb, subjects: readonly PersonCandidate[], articleDate: string | null, articleTitle: string | null): EventFinding | null {
  const clause = clauseBounds(s.text, verb.start);
  // 在X上，某某出席并讲话: an event set as the occasion of the sentence counts for its clauses.
  const named = nearestNamed(s.events, verb.start, clause) ??
    s.events.find((e) => e.reference === 'named' && e.end <= verb.start && s.text.slice(Math.max(0, e.start - 1), e.start) === '在' && s.text.charAt(e.end) === '上');
  if (named) return draft.events.get(named.name) ?? draft.main;
  const inClause = s.events.filter((e) => e.start >= clause[0] && e.end <= clause[1]);
  const first = subjects[0];
  const kind = EVENT_VERBS[verb.verb] ?? UNNAMED_KIND[verb.role];
  if (kind && first && !inClause.length) {
    // Later steps of one visit (先后走访, 察看) belong to the visit already begun.
    const begun = [...draft.events.values()].find((e) => e.kind === kind && e.held && e.appearances.some((a) => a.person.name === first.name));
    if (begun) return begun;
    const where = placeBetween(s, first.end, verb.start) ?? placeBetween(s, verb.end, clause[1]);
    const others = subjects.slice(1).map((p) => p.name);
    const name = kind === 'talks' && others.length
      ? `${first.name}与${others.join('、')}${verb.verb}`
      : `${first.name}${where ?? ''}${verb.verb}`;
    const e = eventNamed(draft, name, kind, false);
    hold(e, s, s.date ?? articleDate, where);
    return e;
  }
  if (draft.main) return draft.main;
  // A bare head with nothing named before (参加了授牌仪式): the article is about that event.
  const bare = inClause.find((e) => !e.name.startsWith('会') && e.name.length >= 3);
  if (!bare) return null;
  const e = eventNamed(draft, `${articleTitle ?? ''}${bare.name}`, bare.eventKind, false);
  hold(e, s, s.date ?? articleDate, null);
  draft.main = e;
  return e;
}

/** Decides the events of one article and who appeared at each, in which role. */
export function resolveAppearances(
  sentences: readonly SentenceFindings[],
  articleDate: string | null,
  options: { headlines?: ReadonlySet<SentenceFindings>; title?: string | null } = {},
): EventFinding[] {
  const draft = findNamedEvents(sentences, articleDate, options.headlines ?? new Set());
  for (const s of sentences) {
    const verbs = findRoleVerbs(s.text);
    for (const verb of verbs) {
      const subjects = [...subjectsOf(s.text, verb, verbs, s.persons), ...objectsOf(s.text, verb, s.persons)];
      if (!subjects.length) continue;
      const target = targetOf(draft, s, verb, subjects, articleDate, options.title ?? null);
      if (!target) continue;
      addSentence(target, s);
      for (const person of subjects) {
        const i = target.appearances.findIndex((a) => a.person.name === person.name);
        const existing = target.appearances[i];
        if (existing) target.appearances[i] = { ...existing, role: strongerRole(existing.role, verb.role) };
        else target.appearances.push({ person, sentence: s, role: verb.role });
      }
    }
  }
  return [...draft.events.values()];
}
