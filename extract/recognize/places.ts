// Place recognizer: finds the places one sentence names and proposes them as candidates with
// offsets into that sentence. Gazetteer names first: full names anywhere, short forms where a
// reader would take them (see shortFormAllowed), villages only inside the home city or a county
// the sentence names, each checked against the ordinary words around it (重大理论 is not 大理).
// Then what place-features.ts finds around and beside them (郑州航空港, 贾鲁河). It proposes and
// decides nothing else: a place inside an organization name (周口市 in 周口市人民政府) is still a
// candidate; resolve/ settles overlaps with the other recognizers.
import type { Gazetteer, HomePlaces, Place } from '../tables/gazetteer.ts';
import { startsAtBoundary, suffixStartsWord } from '../tables/place-names.ts';
import { buildFeatureNames, findNaturalFeatures, findUnlistedVillages, type PlaceAt } from './place-features.ts';
import type { PlaceCandidate, RecognizeContext } from './types.ts';

/** Ordinary words that contain or overlap a place name; matching them hides the place (新华 in 新华社). */
const SHADOW_WORDS = (
  '新华社 新华网 新华日报 长治久安 大理石 哈密瓜 朝鲜族 蒙古族 俄罗斯族 海地区 东北部 西北部 东南部 西南部 东北方 ' +
  '西北方 东南方 西南方 东北风 西北风 黑山羊 加纳入 加纳税 中华民族 中国式 太平洋保险 泰山压顶 蒙古包 长安街'
).split(' ');

/** A country's official form after its short name: 波兰 + 共和国, 墨西哥 + 合众国. */
const STATE_FORMS = ['联盟共和国', '民主共和国', '人民共和国', '联邦共和国', '共和国', '合众国', '联合王国', '王国', '联邦', '酋长国'];
interface Match {
  readonly start: number;
  readonly end: number;
  readonly kind: 'full' | 'short' | 'village' | 'shadow';
  readonly places: readonly Place[];
}

interface Matcher {
  /** Longest name (in UTF-16 units) ending with each character; 0 when none does. */
  readonly maxEnd: Uint8Array;
  /**
   * Longest name ending with each pair of characters, hashed into a table: most positions of a
   * sentence end no name, and two array reads say so without cutting a string.
   */
  readonly maxEndPair: Uint8Array;
  readonly shadows: ReadonlySet<string>;
  /** 1 for each character some name starts with: most (end, length) pairs are dismissed without a slice. */
  readonly firstChars: Uint8Array;
}

const PAIR_BITS = 20;
const pairHash = (a: number, b: number): number => ((a * 40503) ^ b) & ((1 << PAIR_BITS) - 1);

const matchers = new WeakMap<Gazetteer, Matcher>();

function matcherFor(gazetteer: Gazetteer): Matcher {
  const cached = matchers.get(gazetteer);
  if (cached) return cached;
  const maxEnd = new Uint8Array(65536);
  const maxEndPair = new Uint8Array(1 << PAIR_BITS);
  const firstChars = new Uint8Array(65536);
  const note = (s: string): void => {
    firstChars[s.charCodeAt(0)] = 1;
    const n = Math.min(s.length, 255);
    const last = s.charCodeAt(s.length - 1);
    const pair = pairHash(s.charCodeAt(s.length - 2), last);
    if (n > maxEnd[last]!) maxEnd[last] = n;
    if (n > maxEndPair[pair]!) maxEndPair[pair] = n;
  };
  for (const name of gazetteer.mentionableNames()) if (name.length >= 2) note(name);
  for (const form of gazetteer.shortForms()) note(form);
  for (const word of SHADOW_WORDS) note(word);
  const matcher: Matcher = { maxEnd, maxEndPair, shadows: new Set(SHADOW_WORDS), firstChars };
  matchers.set(gazetteer, matcher);
  return matcher;
}

export interface PlaceOptions {
  /**
   * Propose places written inside a longer quoted or book-titled name (中国 in 《中华人民共和国
   * 立法法》, 东亚 in “东亚文化之都”). The graph leaves them out: the text names the law or the
   * title, not the place. The flat NER view keeps them, as the NER sets tag them.
   */
  readonly insideTitles?: boolean;
}

/**
 * Places named in one sentence, in text order, not overlapping one another (the longest name
 * wins at each position). Offsets are into `text`.
 */
export function recognizePlaces(text: string, gazetteer: Gazetteer, context: RecognizeContext, options: PlaceOptions = {}): PlaceCandidate[] {
  const found = findPlaces(text, gazetteer, context);
  if (options.insideTitles === true || found.length === 0 || !/[《“]/.test(text)) return found;
  return found.filter((c) => !insideTitle(text, c.start, c.end));
}

/** Pairs that enclose a name of their own: a book title or a quotation. */
const TITLE_MARKS: readonly (readonly [string, string])[] = [['《', '》'], ['“', '”']];
/** A quotation longer than this is speech, not a name. */
const TITLE_MAX = 24;

/** True when [start, end) lies inside a quoted or book-titled name that is longer than it. */
function insideTitle(text: string, start: number, end: number): boolean {
  for (const [open, close] of TITLE_MARKS) {
    const o = text.lastIndexOf(open, start - 1);
    if (o < 0) continue;
    const c = text.indexOf(close, o + 1);
    if (c < end || c - o - 1 > TITLE_MAX) continue;
    if (c - o - 1 > end - start) return true;
  }
  return false;
}

function findPlaces(text: string, gazetteer: Gazetteer, context: RecognizeContext): PlaceCandidate[] {
  const matcher = matcherFor(gazetteer);
  const home = gazetteer.home(context);
  const matches = collectNameMatches(text, gazetteer, matcher, home);
  let chosen = select(text, matches, gazetteer, context);

  // Villages: only in the home city or in a county the sentence names, and only with their suffix.
  const scopes = new Map<string, Place>();
  if (home.city) scopes.set(home.city.id, home.city);
  for (const c of chosen) {
    const county = countyOf(c.place, gazetteer);
    if (county) scopes.set(county.id, county);
  }
  if (scopes.size) {
    const villageMatches = collectVillageMatches(text, gazetteer, [...scopes.values()]);
    if (villageMatches.length) chosen = select(text, [...matches, ...villageMatches], gazetteer, context);
  }

  chosen = extendWrittenForms(text, chosen);
  const candidates = chosen.map((c) => toCandidate(text, c.start, c.end, c.place, gazetteer));
  const taken = new Uint8Array(text.length);
  for (const c of chosen) taken.fill(1, c.start, c.end);
  const unlisted = findUnlistedVillages(text, chosen, taken, gazetteer);
  const built = buildFeatureNames(text, chosen, taken, gazetteer);
  const natural = findNaturalFeatures(text, taken);
  return [...candidates.filter((c) => !built.replaced.has(c.start)), ...unlisted, ...built.candidates, ...natural]
    .sort((a, b) => a.start - b.start || b.end - a.end);
}

function collectNameMatches(text: string, gazetteer: Gazetteer, matcher: Matcher, home: HomePlaces): Match[] {
  const out: Match[] = [];
  for (let end = 2; end <= text.length; end++) {
    const last = text.charCodeAt(end - 1);
    if (!matcher.maxEnd[last]) continue;
    const longest = matcher.maxEndPair[pairHash(text.charCodeAt(end - 2), last)]!;
    for (let len = Math.min(longest, end); len >= 2; len--) {
      const start = end - len;
      if (!matcher.firstChars[text.charCodeAt(start)]) continue;
      const s = text.slice(start, end);
      if (matcher.shadows.has(s)) out.push({ start, end, kind: 'shadow', places: NO_PLACES });
      const full = gazetteer.byName(s);
      if (full.length) {
        const mentionable = keep(full, (p) => p.mention !== 'never');
        if (mentionable.length) out.push({ start, end, kind: 'full', places: mentionable });
      }
      const short = gazetteer.byShortForm(s);
      if (short.length) {
        const allowed = keep(short, (p) => shortFormAllowed(p, gazetteer, home));
        // A short form not used here still hides the shorter names inside it (龙泉 in 龙泉驿).
        out.push({ start, end, kind: allowed.length ? 'short' : 'shadow', places: allowed });
      }
    }
  }
  return out;
}

/** `list` itself when every element passes (the usual case), else the ones that do. */
function keep(list: readonly Place[], test: (p: Place) => boolean): readonly Place[] {
  for (let i = 0; i < list.length; i++) if (!test(list[i]!)) return list.filter(test);
  return list;
}
const NO_PLACES: readonly Place[] = [];

/**
 * Provinces, cities and county-level cities go by their short forms everywhere (河南, 周口, 义乌);
 * so do the districts of the four municipalities (海淀, 浦东). Counties do only in the home
 * province (郸城 in a 河南 paper), and districts only in the home city (淮阳 in a 周口 paper): a
 * paper writes another city's district with its city (安阳市文峰区), and elsewhere the bare form
 * is too often something else (王文峰, 资源汇聚).
 */
function shortFormAllowed(place: Place, gazetteer: Gazetteer, home: HomePlaces): boolean {
  if (place.level !== 'county' || place.name.endsWith('市')) return true;
  if (place.code && MUNICIPALITIES.has(place.code.slice(0, 2))) return true;
  const scope = place.name.endsWith('区') ? home.city : home.province;
  return scope !== undefined && gazetteer.contains(scope, place);
}
const MUNICIPALITIES = new Set(['11', '12', '31', '50']);

/** A village name index with, per next-to-last character, the longest name: most 村 end no name. */
interface VillageIndex {
  readonly names: ReadonlyMap<string, readonly Place[]>;
  readonly maxLenByPenult: Uint8Array;
}
const villageIndexes = new WeakMap<ReadonlyMap<string, readonly Place[]>, VillageIndex>();

function villageIndexOf(gazetteer: Gazetteer, scope: Place): VillageIndex {
  const names = gazetteer.villageNames(scope);
  let index = villageIndexes.get(names);
  if (!index) {
    const maxLenByPenult = new Uint8Array(65536);
    for (const name of names.keys()) {
      // 社区 and 嘎查 end in two fixed characters: key them on the character before.
      const penult = name.charCodeAt(name.length - (name.endsWith('村') ? 2 : 3));
      maxLenByPenult[penult] = Math.max(maxLenByPenult[penult]!, Math.min(name.length, 255));
    }
    index = { names, maxLenByPenult };
    villageIndexes.set(names, index);
  }
  return index;
}

function collectVillageMatches(text: string, gazetteer: Gazetteer, scopes: readonly Place[]): Match[] {
  const out: Match[] = [];
  const indexes = scopes.map((s) => villageIndexOf(gazetteer, s));
  for (let end = 2; end <= text.length; end++) {
    const last = text.charCodeAt(end - 1);
    // 村, 社区, 嘎查: the suffixes villages are written with.
    const suffixLength = last === 0x6751 ? 1 : last === 0x533a && text.charCodeAt(end - 2) === 0x793e ? 2
      : last === 0x67e5 && text.charCodeAt(end - 2) === 0x560e ? 2 : 0;
    if (!suffixLength || end - suffixLength < 1) continue;
    const penult = text.charCodeAt(end - suffixLength - 1);
    for (const index of indexes) {
      for (let len = Math.min(index.maxLenByPenult[penult]!, end); len >= 2; len--) {
        const places = index.names.get(text.slice(end - len, end));
        if (places) out.push({ start: end - len, end, kind: 'village', places });
      }
    }
  }
  return out;
}

interface Chosen extends PlaceAt {
  readonly kind: Match['kind'];
}

const KIND_ORDER: Record<Match['kind'], number> = { shadow: 0, full: 1, village: 2, short: 3 };

/** Leftmost-longest choice among matches, each checked against the rules for its kind. */
function select(text: string, matches: readonly Match[], gazetteer: Gazetteer, context: RecognizeContext): Chosen[] {
  const sorted = [...matches].sort((a, b) => a.start - b.start || b.end - a.end || KIND_ORDER[a.kind] - KIND_ORDER[b.kind]);
  const chosen: Chosen[] = [];
  const nameStarts = new Set<number>();
  for (const m of matches) if (m.kind === 'full' || m.kind === 'village') nameStarts.add(m.start);
  let covered = 0;
  // A shadow hides the names inside it (新华 in 新华社), not one that runs on past it: 同德 (a
  // county's short form not used here) does not hide 德国 in 同德国总理.
  let shadowed = 0;
  let previous: Chosen | undefined;
  for (const m of sorted) {
    if (m.start < covered || (m.start < shadowed && m.end <= shadowed)) continue;
    if (m.kind === 'shadow') {
      shadowed = Math.max(shadowed, m.end);
      continue;
    }
    const prev = previous && previous.end === m.start ? previous.place : undefined;
    const place = pick(text, m, gazetteer, context, chosen, prev, nameStarts);
    if (!place) continue;
    const c: Chosen = { start: m.start, end: m.end, place, kind: m.kind };
    chosen.push(c);
    previous = c;
    covered = m.end;
  }
  return chosen;
}

/** The place a match stands for, or undefined when the rules for its kind reject it here. */
function pick(
  text: string, m: Match, gazetteer: Gazetteer, context: RecognizeContext,
  chosen: readonly Chosen[], prev: Place | undefined, nameStarts: ReadonlySet<number>,
): Place | undefined {
  // 郑州市场 is 郑州 + 市场, but 扶沟县城郊乡 is 扶沟县 + 城郊乡: a name after the suffix keeps it.
  if (m.kind !== 'short' && suffixStartsWord(text, m.end) && !nameStarts.has(m.end)) return undefined;
  // 5月11日本报: after a number 日, 月 and 年 end a date (日本 is 日 + 本报 here).
  if (DATE_UNITS.includes(text.charAt(m.start)) && DATE_DIGITS.test(text.charAt(m.start - 1))) return undefined;
  const atBoundary = startsAtBoundary(text, m.start);
  const chainedTo = (p: Place): boolean => prev !== undefined && prev.id !== p.id && gazetteer.contains(prev, p);
  if (!prev && (straddled(text, m.start, m.end, gazetteer) || hidden(text, m.start, m.end, gazetteer))) return undefined;
  let places = m.places;
  if (m.kind !== 'short') {
    places = places.filter((p) => p.mention === 'free' || chainedTo(p) || (p.mention === 'anchored' && atBoundary));
  }
  // 丁集镇东街村 names the 东街村 of 丁集镇: a namesake elsewhere in the city is not meant, and
  // when the gazetteer has none there, findUnlistedVillages keeps the village under its town.
  if (m.kind === 'village' && prev && (prev.level === 'town' || prev.level === 'county')) places = places.filter(chainedTo);
  if (!places.length) return undefined;
  const near = chosen.map((c) => c.place);
  return gazetteer.disambiguate(places, context, near);
}

const DATE_UNITS = '日月年';
const DATE_DIGITS = /[0-9０-９一二三四五六七八九十〇零]/;

/**
 * True when ordinary words cover the name's start and end from outside, as 重大 + 理论 cover
 * 大理 in 重大理论 and 其中 + 国家 cover 中国 in 其中国家: the reader sees those words, not the place.
 */
function straddled(text: string, start: number, end: number, gazetteer: Gazetteer): boolean {
  for (let cut = start + 1; cut < end; cut++) {
    let left = false;
    for (let k = 1; k <= LEXICON_WORD_MAX - 1 && start - k >= 0 && !left; k++) {
      if (cut - start + k <= LEXICON_WORD_MAX) left = gazetteer.isOrdinaryWord(text.slice(start - k, cut));
    }
    if (!left) continue;
    for (let r = Math.max(cut + 2, end); r <= Math.min(text.length, cut + LEXICON_WORD_MAX); r++) {
      if (gazetteer.isOrdinaryWord(text.slice(cut, r))) return true;
    }
  }
  return false;
}
const LEXICON_WORD_MAX = 4;

/** True when a longer common word holds the name: 孙中山 for 中山, 大理石 for 大理. */
function hidden(text: string, start: number, end: number, gazetteer: Gazetteer): boolean {
  for (let k = 1; k <= LEXICON_WORD_MAX - (end - start); k++) {
    if (start - k >= 0 && gazetteer.hidesPlaceName(text.slice(start - k, end))) return true;
    if (end + k <= text.length && gazetteer.hidesPlaceName(text.slice(start, end + k))) return true;
  }
  return false;
}

/**
 * The same place written in a longer form: a country with its state form (波兰共和国), and a
 * short form with a suffix other than today's (淮阳县 for 淮阳区, 松江县, 洛杉矶市).
 */
function extendWrittenForms(text: string, chosen: readonly Chosen[]): Chosen[] {
  return chosen.map((c, i) => {
    const limit = chosen[i + 1]?.start ?? text.length;
    let end = c.end;
    if (c.place.level === 'country') {
      const form = STATE_FORMS.find((w) => text.startsWith(w, c.end));
      if (form) end = c.end + form.length;
    } else if (c.place.level === 'other' && c.place.code === null && text.startsWith('地区', c.end)) {
      // 豫西地区, 华北地区: a region written with 地区 is named in its longer form.
      end = c.end + 2;
    } else if (c.kind === 'short' || (c.place.code === null && c.place.level === 'city')) {
      const suffix = text[c.end] ?? '';
      if ((suffix === '市' || suffix === '县') && !suffixStartsWord(text, c.end + 1)) end = c.end + 1;
    }
    return end > c.end && end <= limit ? { ...c, end } : c;
  });
}

function countyOf(place: Place, gazetteer: Gazetteer): Place | undefined {
  if (place.level === 'county') return place;
  if (place.level === 'town') return gazetteer.parents(place).find((p) => p.level === 'county' || p.level === 'city');
  return undefined;
}

function toCandidate(text: string, start: number, end: number, place: Place, gazetteer: Gazetteer): PlaceCandidate {
  return {
    kind: 'place', start, end, text: text.slice(start, end),
    name: place.name, level: place.level, code: place.code,
    parents: gazetteer.parents(place).map((p) => p.name),
  };
}
