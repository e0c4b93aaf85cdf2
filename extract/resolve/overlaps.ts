// The one place that settles overlapping candidates. Recognizers propose freely (张三 the person
// and 张三村 the village, 周口 the place inside 周口市人民政府); named policies, tried in order,
// say which of two overlapping candidates wins, as spaCy's span ruler filters do. Titles are a
// layer of their own and never compete with entities: 市委书记张建慧 keeps both.
import type { Candidate, OrganizationCandidate, PersonCandidate, PlaceCandidate } from '../recognize/types.ts';

/** Entity candidates: everything that competes for a stretch of text (titles do not). */
export type EntityCandidate = Exclude<Candidate, { kind: 'title' }>;

/** Says which of two overlapping candidates wins, or undefined to leave it to the next policy. */
export type OverlapPolicy = (a: EntityCandidate, b: EntityCandidate) => EntityCandidate | undefined;

function contains(outer: EntityCandidate, inner: EntityCandidate): boolean {
  return outer.start <= inner.start && inner.end <= outer.end && outer.end - outer.start > inner.end - inner.start;
}

function sameSpan(a: EntityCandidate, b: EntityCandidate): boolean {
  return a.start === b.start && a.end === b.end;
}

/** The candidate of a kind among two, typed by the guard that finds it. */
function pick<T extends EntityCandidate>(a: EntityCandidate, b: EntityCandidate, is: (c: EntityCandidate) => c is T): T | undefined {
  if (is(a)) return a;
  if (is(b)) return b;
  return undefined;
}

const isPerson = (c: EntityCandidate): c is PersonCandidate => c.kind === 'person';
const isPlace = (c: EntityCandidate): c is PlaceCandidate => c.kind === 'place';
const isOrganization = (c: EntityCandidate): c is OrganizationCandidate => c.kind === 'organization';

/** Cues strong enough to call a span a person even where a place or body of that name exists. */
function hasPersonCue(p: PersonCandidate): boolean {
  return p.cues.some((c) => c === 'title' || c === 'byline' || c === 'verb' || c === 'comrade');
}

/** A person inside a place loses to the place: 张三村 is a village, not 张三 + 村. */
export const placeOverPersonInside: OverlapPolicy = (a, b) => {
  const place = pick(a, b, isPlace);
  const person = pick(a, b, isPerson);
  if (!place || !person) return undefined;
  if (contains(place, person)) return place;
  return undefined;
};

/**
 * A span that is both a known place and a possible name is the place (莫斯科, 石家庄) unless
 * the text treats it as a person (克林顿说, 总统华盛顿).
 */
export const placeOverSameSpanPerson: OverlapPolicy = (a, b) => {
  const place = pick(a, b, isPlace);
  const person = pick(a, b, isPerson);
  if (!place || !person || !sameSpan(place, person)) return undefined;
  return hasPersonCue(person) ? person : place;
};

/** A span that is both a known body and a possible name is the body (欧佩克, 劳拉) unless the text treats it as a person. */
export const organizationOverSameSpanPerson: OverlapPolicy = (a, b) => {
  const org = pick(a, b, isOrganization);
  const person = pick(a, b, isPerson);
  if (!org || !person || !sameSpan(org, person)) return undefined;
  return hasPersonCue(person) ? person : org;
};

/** A body whose name contains a place wins, for flat output: 江苏省人民政府 over 江苏省. */
export const organizationOverContainedPlace: OverlapPolicy = (a, b) => {
  const org = pick(a, b, isOrganization);
  const place = pick(a, b, isPlace);
  if (!org || !place) return undefined;
  return contains(org, place) ? org : undefined;
};

/** A body named after a person wins over the person inside (中山大学 over 中山). */
export const organizationOverContainedPerson: OverlapPolicy = (a, b) => {
  const org = pick(a, b, isOrganization);
  const person = pick(a, b, isPerson);
  if (!org || !person) return undefined;
  return contains(org, person) ? org : undefined;
};

/**
 * A person with a cue wins over a body or place it only partly overlaps: in 市委书记张建慧到淮阳区
 * a grammar that ran 张建慧到淮阳区 together is wrong about the name, not the other way round.
 */
export const cuedPersonOverPartialOverlap: OverlapPolicy = (a, b) => {
  const person = pick(a, b, isPerson);
  if (!person) return undefined;
  const other = person === a ? b : a;
  if (contains(other, person) || contains(person, other) || sameSpan(person, other)) return undefined;
  return hasPersonCue(person) ? person : undefined;
};

/** The longer span wins; at equal length the one that starts first. */
export const longestSpanWins: OverlapPolicy = (a, b) => {
  const la = a.end - a.start;
  const lb = b.end - b.start;
  if (la !== lb) return la > lb ? a : b;
  return a.start <= b.start ? a : b;
};

/** The policies `resolveOverlaps` applies by default, first decider wins. */
export const DEFAULT_POLICIES: readonly OverlapPolicy[] = [
  placeOverPersonInside,
  placeOverSameSpanPerson,
  organizationOverSameSpanPerson,
  organizationOverContainedPlace,
  organizationOverContainedPerson,
  cuedPersonOverPartialOverlap,
  longestSpanWins,
];

function overlaps(a: EntityCandidate, b: EntityCandidate): boolean {
  return a.start < b.end && b.start < a.end;
}

function decide(a: EntityCandidate, b: EntityCandidate, policies: readonly OverlapPolicy[]): EntityCandidate {
  for (const policy of policies) {
    const winner = policy(a, b);
    if (winner) return winner;
  }
  return longestSpanWins(a, b) ?? a;
}

/**
 * Non-overlapping entity candidates, sorted by offset. Adjacent spans do not overlap (end is
 * exclusive), so a title and the name after it, or 市委 and 书记, never compete. Candidates are
 * tried longest first; one that loses to any survivor it overlaps is dropped, one that beats
 * every survivor it overlaps replaces them.
 */
export function resolveOverlaps<C extends EntityCandidate>(candidates: readonly C[], policies: readonly OverlapPolicy[] = DEFAULT_POLICIES): C[] {
  const order = [...candidates].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  let kept: C[] = [];
  for (const c of order) {
    const rivals = kept.filter((k) => overlaps(k, c));
    if (rivals.every((r) => decide(r, c, policies) === c)) {
      kept = kept.filter((k) => !rivals.includes(k));
      kept.push(c);
    }
  }
  return kept.sort((a, b) => a.start - b.start || a.end - b.end);
}
