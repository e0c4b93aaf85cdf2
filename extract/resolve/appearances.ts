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
const FILLER = /^(等|一行|同志|分别|先后|也|还|共同|一同|一起|亲切|专门|到会|在会上|在会议上|会上|并|又|随后|现场|会议|全会|大会)*$/u;
const WHERE = /^(到|在|赴|深入|来到|前往|莅临)/u;

function findRoleVerbs(text: string): RoleVerb[] {
  const found: RoleVerb[] = [];
  const taken = new Uint8Array(text.length);
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
  let s = at;
  while (s > 0 && !CLAUSE_BREAK.test(text[s - 1] ?? '')) s--;
  let e = at;
  while (e < text.length && !CLAUSE_BREAK.test(text[e] ?? '')) e++;
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
  const ok = FILLER.test(gap) || (WHERE.test(gap) && gap.length <= 24) || (verb.role === 'met' && gap.length <= 30);
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

function placeBetween(sentence: SentenceFindings, from: number, to: number): string | null {
  const place = sentence.places.find((p) => p.start >= from && p.end <= to);
  if (place) return place.text;
  return sentence.organizations.find((o) => o.start >= from && o.end <= to)?.text ?? null;
}

/** `在江苏省苏州市举办`, `凤泉区召开`: the last place written in the clause that convenes the event. */
function placeHeld(s: SentenceFindings, clause: [number, number]): string | null {
  const places = s.places.filter((p) => p.start >= clause[0] && p.end <= clause[1]);
  return places[places.length - 1]?.name ?? null;
}

const UNNAMED_KIND: Partial<Record<AppearanceRole, EventKind>> = { inspected: 'inspection', met: 'talks' };

/** Decides the events of one article and who appeared at each, in which role. */
export function resolveAppearances(sentences: readonly SentenceFindings[], articleDate: string | null): EventFinding[] {
  const events = new Map<string, EventFinding>();
  const eventNamed = (name: string, kind: EventKind): EventFinding => {
    let e = events.get(name);
    if (!e) {
      e = { name, kind, date: null, place: null, appearances: [], sentences: [], held: false };
      events.set(name, e);
    }
    return e;
  };
  const addSentence = (e: EventFinding, s: SentenceFindings): void => {
    if (!e.sentences.includes(s)) e.sentences.push(s);
  };

  // Named events; the main one is the first the text convenes, else the first named.
  let main: EventFinding | null = null;
  let firstNamed: EventFinding | null = null;
  for (const s of sentences) {
    for (const c of s.events) {
      if (c.reference !== 'named') continue;
      const clause = clauseBounds(s.text, c.start);
      const e = eventNamed(c.name, c.eventKind);
      firstNamed ??= e;
      addSentence(e, s);
      if (!e.held && CONVENED.test(s.text.slice(clause[0], clause[1]))) {
        e.held = true;
        e.date = s.date ?? articleDate;
        e.place = placeHeld(s, clause);
        main ??= e;
      }
    }
  }
  main ??= firstNamed;

  for (const s of sentences) {
    const verbs = findRoleVerbs(s.text);
    for (const verb of verbs) {
      const subjects = [...subjectsOf(s.text, verb, verbs, s.persons), ...objectsOf(s.text, verb, s.persons)];
      const first = subjects[0];
      if (!first) continue;
      const clause = clauseBounds(s.text, verb.start);
      const named = nearestNamed(s.events, verb.start, clause);
      const anyEventInClause = s.events.some((e) => e.start >= clause[0] && e.end <= clause[1]);
      let target: EventFinding | null;
      if (named) {
        target = events.get(named.name) ?? null;
      } else if (UNNAMED_KIND[verb.role] && !anyEventInClause) {
        const where = placeBetween(s, first.end, verb.start) ?? placeBetween(s, verb.end, clause[1]);
        target = eventNamed(`${first.name}${where ?? ''}${verb.verb}`, UNNAMED_KIND[verb.role] ?? 'other');
        if (!target.held) {
          target.held = true;
          target.date = s.date ?? articleDate;
          target.place = where;
        }
      } else {
        target = main;
      }
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
  return [...events.values()];
}
