// What recognizers propose. A recognizer reads one stretch of text (a sentence, a headline)
// and returns candidates with offsets into that string; it changes nothing and decides nothing.
// resolve/ chooses between overlapping candidates and turns the survivors into entities.
import type { EventKind, OrganizationKind, PlaceLevel } from '../../vocab/roles.ts';

/** Offsets into the string the recognizer was given: UTF-16 code units, end exclusive. */
export interface Span {
  readonly start: number;
  readonly end: number;
  /** The text between start and end, as written. */
  readonly text: string;
}

/** Why a recognizer believes in a person: resolve/ weighs these. */
export type PersonCue = 'title' | 'list' | 'byline' | 'verb' | 'dictionary' | 'repeat' | 'comrade';

export interface PersonCandidate extends Span {
  readonly kind: 'person';
  /** The full name (surname + given name). */
  readonly name: string;
  readonly cues: readonly PersonCue[];
  /** Titles written next to the name, as written, split on 、 and ，. */
  readonly titles: readonly TitleCandidate[];
}

export interface TitleCandidate extends Span {
  readonly kind: 'title';
  /** The position as written: 市委书记, 市人大常委会副主任, 记者. */
  readonly title: string;
  /** The body the title names when it names one (市委 in 市委书记), as written. */
  readonly organization: string | null;
}

export interface PlaceCandidate extends Span {
  readonly kind: 'place';
  /** The full official name when the text uses a short form (淮阳 → 淮阳区). */
  readonly name: string;
  readonly level: PlaceLevel;
  /** GB/T 2260 code when the gazetteer knows the place. */
  readonly code: string | null;
  /** Enclosing places, nearest first, as full names. */
  readonly parents: readonly string[];
}

export interface OrganizationCandidate extends Span {
  readonly kind: 'organization';
  /** The longest form as written. */
  readonly name: string;
  readonly orgKind: OrganizationKind;
  /** The place the name binds it to (市 → the home city, 淮阳区 → 淮阳区), when it names one. */
  readonly place: string | null;
}

export interface EventCandidate extends Span {
  readonly kind: 'event';
  readonly name: string;
  readonly eventKind: EventKind;
  /** `named` gives the event's own name; `anaphor` points back to one named before (会议, 此次会议, 全会). */
  readonly reference: 'named' | 'anaphor';
}

export type Candidate = PersonCandidate | TitleCandidate | PlaceCandidate | OrganizationCandidate | EventCandidate;

/** What a recognizer may know about the page it reads. */
export interface RecognizeContext {
  /** The newspaper's city, full name (周口市), when known. */
  readonly homeCity: string | null;
  /** The home city's province (河南省), when known. */
  readonly homeProvince: string | null;
}

export const NO_CONTEXT: RecognizeContext = { homeCity: null, homeProvince: null };

/** Span types of the public NER sets (the --mentions output). */
export type MentionType = 'PER' | 'LOC' | 'ORG';
export interface SpanMention {
  readonly type: MentionType;
  readonly start: number;
  readonly end: number;
}
