// Flat named-entity mentions of one sentence (PER, LOC, ORG with offsets), the view the public
// NER test sets score (`npm run extract -- --mentions`). Runs the person, place and organization
// recognizers, lets resolve/overlaps.ts settle their overlaps, and maps the survivors to the
// three span types. The conventions of those sets that the graph does not share (a lone surname
// standing for a person, 京 in 访京 as a place) are added here and only here.
import type { PlaceCandidate, RecognizeContext, SpanMention } from './recognize/types.ts';
import { NO_CONTEXT } from './recognize/types.ts';
import { recognizePersons, recognizeSurnameReferences } from './recognize/persons.ts';
import { recognizeOrganizations } from './recognize/organizations.ts';
import { recognizePlaces } from './recognize/places.ts';
import { loadGazetteer, GazetteerMissingError, type Gazetteer } from './tables/gazetteer.ts';
import { segment, type Token } from './tables/jieba.ts';
import { resolveOverlaps, type EntityCandidate } from './resolve/overlaps.ts';

/** What the flat view adds beyond the graph's recognizers; each can be switched off. */
export interface MentionOptions {
  /** Report lone surnames that stand for a person (胡老, 李先生) as PER, as the NER sets do. */
  readonly surnameReferences: boolean;
  /** Report one-character place abbreviations (中美, 访华, 京剧) as LOC, as the NER sets do. */
  readonly placeAbbreviations: boolean;
  /** Report places the dictionary knows but the gazetteer does not (地球, 青藏高原). */
  readonly dictionaryPlaces: boolean;
  /** Report a government by its place, as the NER sets do: 中国政府 → 中国 (LOC), 市政府 → nothing. */
  readonly governmentAsPlace: boolean;
  /** Report buildings and venues (中国美术馆, 北京图书大厦) as places, as the NER sets do. */
  readonly venuesAsPlaces: boolean;
  /** Report party congresses by their number (十五大, 中共十五大) as ORG, as the NER sets do. */
  readonly congressesAsOrganizations: boolean;
}

/** Endings of venues: bodies to the graph, places to the NER sets. */
const VENUE = /(大厦|美术馆|博物馆|展览馆|体育馆|体育场|大剧院|剧院|大会堂|展览中心|演艺中心|会展中心|体育中心|机场|车站|广场)$/;

const GOVERNMENT = /(?:人民)?政府$/;

export const MENTION_DEFAULTS: MentionOptions = {
  surnameReferences: true,
  placeAbbreviations: true,
  dictionaryPlaces: true,
  governmentAsPlace: true,
  venuesAsPlaces: true,
  congressesAsOrganizations: true,
};

/**
 * A party congress by its number: 十五大, 中共十五大, 党的八大. A one-digit number (八大, 四大) is
 * also "the eight big …", so it needs 中共 or 党的 before it; 大学, 大会, 大事 are other words.
 */
const CONGRESS = /(中共)?(十[一二三四五六七八九]?|[一二三四五六七八九])大(?![学会事型小量批队项部多家])/g;

function recognizeCongresses(sentence: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (const m of sentence.matchAll(CONGRESS)) {
    const start = m.index;
    const numeral = m[2] ?? '';
    const before = sentence.slice(Math.max(0, start - 2), start);
    if (!m[1] && numeral.length === 1 && before !== '党的') continue;
    // 第十五大, 三十大: part of a longer number or an ordinal.
    if (!m[1] && /[第一二三四五六七八九十百零两几]$/.test(before)) continue;
    out.push({ start, end: start + m[0].length });
  }
  return out;
}

let gazetteer: Gazetteer | null | undefined;

/** The gazetteer when its index has been built; without it places come from the dictionary alone. */
function getGazetteer(): Gazetteer | null {
  if (gazetteer === undefined) {
    try {
      gazetteer = loadGazetteer();
    } catch (e) {
      if (!(e instanceof GazetteerMissingError)) throw e;
      gazetteer = null;
    }
  }
  return gazetteer;
}

const TYPE_OF: Record<EntityCandidate['kind'], SpanMention['type'] | null> = {
  person: 'PER', place: 'LOC', organization: 'ORG', event: null,
};

/** PER, LOC and ORG mentions of one sentence, sorted by offset, not overlapping. */
export function recognizeMentions(sentence: string, context: RecognizeContext = NO_CONTEXT, options: MentionOptions = MENTION_DEFAULTS): SpanMention[] {
  return mentionsOf(sentence, context, options, NO_NAMES);
}

const NO_NAMES: ReadonlySet<string> = new Set();

/**
 * The mentions of the sentences of one text, in order. A name found in one sentence is a name
 * when a later sentence writes it again, whole or by its given name (王俊平 … 俊平), as a reader
 * of the whole text takes it. Sentences of unrelated texts belong in separate calls.
 */
export function recognizeTextMentions(
  sentences: readonly string[], context: RecognizeContext = NO_CONTEXT, options: MentionOptions = MENTION_DEFAULTS,
): SpanMention[][] {
  const known = new Set<string>();
  return sentences.map((sentence) => {
    const mentions = mentionsOf(sentence, context, options, known);
    for (const m of mentions) if (m.type === 'PER' && m.end - m.start >= 2) known.add(sentence.slice(m.start, m.end));
    return mentions;
  });
}

function mentionsOf(sentence: string, context: RecognizeContext, options: MentionOptions, known: ReadonlySet<string>): SpanMention[] {
  if (sentence.length === 0) return [];
  const g = getGazetteer();
  const places: PlaceCandidate[] = g
    ? recognizePlaces(sentence, g, context, { insideTitles: true }).filter((c) => !insideOrdinaryWord(sentence, c) && !isAbbreviationRun(c.text)).map(withoutRegionWord)
    : [];
  if (options.dictionaryPlaces) places.push(...recognizeDictionaryPlaces(sentence));
  if (options.placeAbbreviations) places.push(...recognizePlaceAbbreviations(sentence));
  const candidates: EntityCandidate[] = [
    ...recognizePersons(sentence, context, { titles: false, known }),
    ...recognizeOrganizations(sentence, context, places),
    ...places,
  ];
  const kept = resolveOverlaps(candidates);
  const mentions: SpanMention[] = [];
  for (const c of kept) {
    const type = TYPE_OF[c.kind];
    if (!type) continue;
    if (c.kind === 'organization' && options.venuesAsPlaces && VENUE.test(c.text)) {
      mentions.push({ type: 'LOC', start: c.start, end: c.end });
      continue;
    }
    if (c.kind === 'organization' && options.governmentAsPlace) {
      // The NER sets tag 中国政府 as 中国(LOC) 政府 and 市政府 not at all.
      const m = GOVERNMENT.exec(c.text);
      if (m) {
        const place = c.text.length - m[0].length;
        if (place > 1) mentions.push({ type: 'LOC', start: c.start, end: c.start + place });
        continue;
      }
    }
    mentions.push({ type, start: c.start, end: c.end });
  }
  if (options.congressesAsOrganizations && sentence.includes('大')) {
    const taken = new Uint8Array(sentence.length);
    for (const m of mentions) taken.fill(1, m.start, m.end);
    for (const c of recognizeCongresses(sentence)) {
      if (!taken.subarray(c.start, c.end).includes(1)) mentions.push({ type: 'ORG', start: c.start, end: c.end });
    }
  }
  if (options.surnameReferences) {
    const taken = new Uint8Array(sentence.length);
    for (const c of kept) taken.fill(1, c.start, c.end);
    const isTaken = (s: number, e: number): boolean => taken.subarray(s, e).includes(1);
    for (const r of recognizeSurnameReferences(sentence, isTaken)) mentions.push({ type: 'PER', start: r.start, end: r.end });
  }
  return mentions.sort((a, b) => a.start - b.start);
}

// ---------------------------------------------------------------------------------------------
// Place forms the gazetteer does not hold. A fallback and a convention of the NER sets, kept
// apart so that the lead can drop or move them once places.ts covers them.

/** Words made of abbreviations or of a verb and one (印巴, 离京) are left to recognizePlaceAbbreviations. */
function isAbbreviationRun(w: string): boolean {
  const region = PAIRED_PLACE_WORDS.find((p) => w.startsWith(p));
  if (region && (w.length === region.length || PAIRED_PLACE_REST.test(w.slice(region.length)))) return true;
  if (w.length === 2 && BEFORE_ABBREVIATION.has(w.charAt(0)) && AFTER_VERB.has(w.charAt(1))) return true;
  return w.length <= 3 && [...w].every((ch) => ABBREVIATIONS.has(ch)) && !isCountryName(w);
}

/** Bodies of the sky the NER sets tag as places and the dictionary does not. */
const CELESTIAL: ReadonlySet<string> = new Set(['地球', '月球', '火星', '金星', '水星', '木星', '土星', '天王星', '海王星', '冥王星', '太阳系', '银河系', '银河']);

/** Currencies and the like the dictionary files under places: 挪威克朗. */
const NOT_PLACE_ENDINGS = /(克朗|法郎|马克|卢布|卢比|比索|里拉|美元|日元|欧元|镑|人)$/;

/** The NER sets write 东北地区 as 东北 (LOC) + 地区, 汉水流域 as 汉水 + 流域, 亚洲各国 as 亚洲 + 各国. */
const REGION_WORD = /^(.{2,})(地区|流域|一带|各国|各地|市民|人民)$/;

function withoutRegionWord(c: PlaceCandidate): PlaceCandidate {
  const m = REGION_WORD.exec(c.text);
  if (!m?.[1]) return c;
  const text = m[1];
  return { ...c, end: c.start + text.length, text };
}

/** Tags of words that may contain a place name as written (北京市, 中国人民银行, 驻华使馆). */
const NAME_WORD_TAGS: ReadonlySet<string> = new Set(['ns', 'nt', 'nz', 'nr', 'nrt', 'j', 'x']);

/**
 * A place found strictly inside one everyday word is part of that word: 中国 in 发展中国家,
 * 北京 in 北京时间.
 */
function insideOrdinaryWord(sentence: string, c: PlaceCandidate): boolean {
  const tokens = segment(sentence);
  // Tokens are in order: find the one holding c.start by bisection.
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((tokens[mid]?.start ?? 0) <= c.start) lo = mid;
    else hi = mid - 1;
  }
  const tok = tokens[lo];
  if (!tok || tok.start > c.start) return false;
  const longer = tok.end >= c.end && tok.end - tok.start > c.end - c.start;
  if (!longer) return false;
  // 法国总理, 荷兰人, 德国队: a place opening a word that names someone of it stays a place.
  if (tok.start === c.start && tok.tag !== 'ns' && PLACE_THEN_PERSON.test(tok.word.slice(c.end - c.start)) && c.level !== 'other') return false;
  return !NAME_WORD_TAGS.has(tok.tag) || NOT_PLACE_ENDINGS.test(tok.word);
}

/** What may follow a place inside one word without hiding it: a title (总理), 人, 队, 方, 籍. */
const PLACE_THEN_PERSON = /^(人|人民|队|方|籍|军|总理|总统|首相|外长|政府|国王|女王|议长|大使|领导人|代表团|代表队|选手|公民|朋友)$/;

/** Dictionary tags of place words. */
const PLACE_TAG = 'ns';
/** Place words of the dictionary that are rarely places in running text, or not places at all. */
const NOT_PLACES: ReadonlySet<string> = new Set([
  '台独', '中外', '国内', '国外', '海外', '境外', '境内', '内地', '当地', '各地', '外地', '本地', '异地', '两地', '城市', '海洋',
  '外国', '大国', '山区', '山水', '上半场', '下半场', '治安', '大桥', '黑洞', '滑坡', '海关', '大城市', '城镇', '山坡', '冰山',
  '大街', '东西', '南北', '北南', '回国', '普及', '福利', '西瓜', '海港', '新建', '关联', '藩篱', '半壁江山', '兴旺发达',
  '加大力度', '山泉', '沿海地区', '地区', '港口', '口岸', '街道', '乡村', '农村', '城乡', '山村', '渔村', '边疆', '边境', '全国',
  '各国', '出国', '归国', '祖国', '本国', '两国', '强国', '小国', '邻国', '列国', '万国', '盟国', '敌国', '异国', '他国',
]);

const DATE_UNIT_START = /^[日月年]/;

/** Last characters of two-character place names: 莒县, 凉州, 蓉城, 西湖, 崂山, 阳关, 燕京, 巴陵. */
const PLACE_LAST_CHARS = '县州城湖岛山江关京陵河峰岭洲湾港坝渡谷寨堡庄镇乡村沟塘滩泉北';

/** True when the gazetteer lists the word as a name or short form, wherever it may be used. */
function knownToGazetteer(w: string): boolean {
  const g = getGazetteer();
  return g !== null && (g.byName(w).length > 0 || g.byShortForm(w).length > 0);
}

/** Words the dictionary tags as places, when the gazetteer had nothing for them. */
export function recognizeDictionaryPlaces(sentence: string): PlaceCandidate[] {
  const out: PlaceCandidate[] = [];
  for (const tok of segment(sentence)) {
    const w = tok.word;
    if (w.length < 2) continue;
    if (tok.tag !== PLACE_TAG) {
      if (CELESTIAL.has(w)) out.push(placeCandidate(sentence, tok.start, tok.end));
      continue;
    }
    if (w.length < 2 || NOT_PLACES.has(w) || isAbbreviationRun(w) || NOT_PLACE_ENDINGS.test(w)) continue;
    // Two-character words the dictionary tags as places are mostly everyday words (青春, 英雄,
    // 爱国, 建国); keep those the gazetteer knows in any form, and those with a place's ending.
    if (w.length === 2 && !PLACE_LAST_CHARS.includes(w.charAt(1)) && !knownToGazetteer(w)) continue;
    // 热爱祖国: a phrase that ends in an everyday place word.
    if (w.length > 2 && NOT_PLACES.has(w.slice(-2))) continue;
    // 5月11日本报: 日 ends the date.
    if (DATE_UNIT_START.test(w) && /[0-9０-９]/.test(sentence.charAt(tok.start - 1))) continue;
    out.push(withoutRegionWord(placeCandidate(sentence, tok.start, tok.end)));
  }
  return out;
}

/** One-character abbreviations of countries and Chinese places, as they pair up: 中美, 中日韩, 京津. */
const ABBREVIATIONS = new Set('中美日俄英法德意韩朝印巴以越泰澳加墨非欧亚菲蒙葡荷比叙伊埃古瑞奥希波捷匈罗阿土新马港台京沪津渝川陕藏黔滇粤桂闽赣皖浙鄂湘豫冀晋辽');
/** Abbreviations that are a country whenever they pair with another; the rest (以, 加, 非, 新) are also everyday words and need a partner from this set. */
const STRONG = new Set('中美日俄英韩印巴越泰澳菲朝');
/** Abbreviations that stand alone as a country: 俄将…, 韩高风险企业. */
const STANDALONE = new Set('俄韩菲叙');
/** Verbs and prepositions glued to a one-character place: 访华, 在京, 驻华, 对美, 离京. */
const BEFORE_ABBREVIATION = new Set('访来在驻对援赴旅离抵返进侵到去留知亲反排');
/** The places that follow them: 华 (China), 京 (Beijing), … */
const AFTER_VERB = new Set('华京美日俄韩沪港台藏澳英法德');
/** Words after one-character places that make them places: 中方, 俄国内, 美军, 中美关系. */
const AFTER_ABBREVIATION = [
  '关系', '两国', '双方', '之间', '方面', '方', '军', '国内', '政府', '总统', '总理', '外长', '首相', '边界', '友好', '合作',
  '建交', '首脑', '会晤', '贸易', '经济', '和约', '联合', '间', '寇', '籍',
];
/** Places written as one character inside a compound word: 京剧, 中医, 华侨, 藏胞. */
const ABBREVIATION_WORDS = ['京剧', '京韵', '京戏', '中医', '中药', '华侨', '华人', '华裔', '藏胞', '藏区', '川剧', '川戏', '沪剧', '粤剧', '豫剧', '港人', '台胞'];


/** Regions named by their parts' abbreviations, every character a place: 青藏高原, 黄淮, 京沪铁路, 港澳台. */
const PAIRED_PLACE_WORDS_LIST = [
  '京津冀', '港澳台', '粤港澳', '苏浙沪', '陕甘宁', '黄淮', '江淮', '江汉', '青藏', '川藏', '京沪', '京津', '港澳', '沪宁', '沪杭',
  '京九', '京广', '陇海', '浙赣', '川陕', '闽粤', '湘鄂', '晋冀', '冀鲁', '鲁豫', '云贵', '两广', '江浙', '苏浙',
];
const PAIRED_PLACE_WORDS: readonly string[] = PAIRED_PLACE_WORDS_LIST;
const ABBREVIATION_WORD_FIRSTS = new Set([...ABBREVIATION_WORDS, '中华', ...PAIRED_PLACE_WORDS_LIST].map((w) => w.charAt(0)));
const PAIRED_PLACE_REST = /^(高原|地区|铁路|公路|高速|线|平原|一带|两地|三地|之间|地带|流域)/;
/** Characters that may hide a one-character place inside a word: 来华访问, 中国京剧, 爱国华侨. */
const EMBED_MARKERS = new Set('华京中');

/**
 * Places inside longer words (来华访问, 驻华使馆, 中国京剧, 爱国华侨, 中华民族), as
 * [start, end] pairs relative to the word.
 */
const NO_EMBEDDED: [number, number][] = [];

function embeddedPlaces(w: string): [number, number][] {
  // Most words hold none of 华, 京, 中: say so before allocating anything.
  let k0 = 0;
  while (k0 < w.length && !EMBED_MARKERS.has(w.charAt(k0))) k0++;
  if (k0 === w.length) return NO_EMBEDDED;
  const found: [number, number][] = [];
  for (let k = 0; k < w.length; k++) {
    if (!EMBED_MARKERS.has(w.charAt(k))) continue;
    const verbBefore = k > 0 && BEFORE_ABBREVIATION.has(w.charAt(k - 1)) && AFTER_VERB.has(w.charAt(k));
    if (verbBefore || ABBREVIATION_WORDS.some((a) => w.startsWith(a, k))) found.push([k, k + 1]);
  }
  // 中华民族, 中华儿女: 中华 is the place; 中华人民共和国 is a country name the gazetteer knows.
  if (found.length === 0 && w.length > 2 && w.startsWith('中华') && !w.startsWith('中华人民共和国')) found.push([0, 2]);
  return found;
}

/** One-character places in the forms the NER sets tag them: 中美, 访华, 中方, 京剧. */
export function recognizePlaceAbbreviations(sentence: string): PlaceCandidate[] {
  const out: PlaceCandidate[] = [];
  const tokens = segment(sentence);
  const emit = (start: number, count: number): void => {
    for (let k = 0; k < count; k++) out.push(placeCandidate(sentence, start + k, start + k + 1));
  };
  for (let t = 0; t < tokens.length; t++) {
    const tok = tokens[t];
    if (!tok) continue;
    const w = tok.word;
    if (w.length > 1 && tok.tag !== 'ns') {
      const inner = embeddedPlaces(w);
      for (const [a, b] of inner) out.push(placeCandidate(sentence, tok.start + a, tok.start + b));
      if (inner.length > 0) continue;
    }
    const first = w.charAt(0);
    if (!ABBREVIATIONS.has(first) && !BEFORE_ABBREVIATION.has(first) && !ABBREVIATION_WORD_FIRSTS.has(first)) continue; // most words
    const region = PAIRED_PLACE_WORDS.find((p) => w.startsWith(p));
    if (region && (w.length === region.length || PAIRED_PLACE_REST.test(w.slice(region.length)))) {
      emit(tok.start, region.length);
      continue;
    }
    // A run of abbreviations at the start of the word: 中美, 印巴, 中美关系, 美方, 中日韩.
    let n = 0;
    while (n < w.length && n < 3 && ABBREVIATIONS.has(w.charAt(n))) n++;
    if (n === 0) continue;
    const rest = w.slice(n);
    if (n >= 2 && [...w.slice(0, n)].some((ch) => STRONG.has(ch)) && (rest === '' || AFTER_ABBREVIATION.some((a) => rest.startsWith(a)))) {
      if (tok.tag !== 'ns' || rest !== '' || !isCountryName(w)) emit(tok.start, n);
      continue;
    }
    if (n >= 1 && STRONG.has(w.charAt(0)) && rest !== '' && AFTER_ABBREVIATION.includes(rest) && w.length <= 3) {
      emit(tok.start, n);
      continue;
    }
    if (w.length !== 1) continue;
    // A lone character: paired across 、 or next to another, after a glued verb, or before a relation word.
    const prev = tokens[t - 1];
    const next = tokens[t + 1];
    const paired = isPairedAbbreviation(tokens, t);
    const before = prev !== undefined && prev.word.length === 1 && BEFORE_ABBREVIATION.has(prev.word) && AFTER_VERB.has(w);
    const after = next !== undefined && (STRONG.has(w) || tok.tag === 'ns' || tok.tag === 'j') && AFTER_ABBREVIATION.some((a) => next.word.startsWith(a));
    if (paired || before || after || (STANDALONE.has(w) && (tok.tag === 'j' || tok.tag === 'ns'))) emit(tok.start, 1);
  }
  return out;
}

/** Two-character words made of abbreviation characters that are one country's name (中非 is not one; 印尼 is). */
function isCountryName(w: string): boolean {
  if (COUNTRY_PAIRS.has(w)) return true;
  // 古巴, 蒙古: the gazetteer knows the word as a place of its own.
  const g = getGazetteer();
  return g !== null && g.byName(w).some((p) => p.level === 'country' || p.level === 'province');
}
const COUNTRY_PAIRS: ReadonlySet<string> = new Set(['印尼', '南非', '中非', '新西', '新马']);

/** True when a one-character abbreviation stands next to another, directly or across 、. */
function isPairedAbbreviation(tokens: ReturnType<typeof segment>, t: number): boolean {
  const self = tokens[t];
  if (!self) return false;
  // Both must read as places: a strong abbreviation, or one the dictionary tags as a place.
  const placeLike = (x: Token | undefined): boolean => x !== undefined && x.word.length === 1 && ABBREVIATIONS.has(x.word) &&
    (STRONG.has(x.word) || x.tag === 'ns' || x.tag === 'j');
  const strong = (x: Token | undefined): boolean => x !== undefined && STRONG.has(x.word);
  if (!placeLike(self)) return false;
  const sep = (i: number): boolean => tokens[i]?.word === '、';
  const partner = (i: number): boolean => placeLike(tokens[i]) && (strong(self) || strong(tokens[i]));
  return partner(t - 1) || partner(t + 1) || (sep(t - 1) && partner(t - 2)) || (sep(t + 1) && partner(t + 2));
}

function placeCandidate(sentence: string, start: number, end: number): PlaceCandidate {
  const text = sentence.slice(start, end);
  return { kind: 'place', start, end, text, name: text, level: 'other', code: null, parents: [] };
}
