// Person names in one stretch of text. Chinese names are scored as surname + given characters
// against how often those characters open or complete names in the dictionary's person entries
// (tables/jieba.ts), then weighed with what is written around them: a title before
// (市委书记张建慧), a list (马剑平、秦胜军), a byline (记者王艳), a verb after (张建慧强调).
// Transliterated names (克林顿, 帕特里斯·马涅埃) are runs of transliteration characters.
// Proposes only: overlaps with places and organizations are settled in resolve/overlaps.ts.
import type { PersonCandidate, PersonCue, RecognizeContext, Span } from './types.ts';
import { KNOWN_PERSONS, nameStatistics, segment, wordFreq, wordTag, type Token } from '../tables/jieba.ts';
import { AMBIGUOUS_SURNAMES, COMPOUND_SURNAMES, JAPANESE_SURNAMES, SINGLE_SURNAMES, surnameLengthAt } from '../tables/surnames.ts';
import {
  BYLINE_AFTER, BYLINE_BEFORE, FAMILIAR_PREFIXES, LEADERSHIP_GROUPS, PERSON_HONORIFICS, SPEECH_VERBS, TITLES_AFTER_NAME,
  endsWithTitle,
} from '../tables/titles.ts';
import { attachTitles, recognizeTitles } from './titles.ts';

/** Tunables of the person scorer, with why each has its value. */
export const PERSON_DEFAULTS = {
  /** Score a proposal needs to be kept: about e^5 times likelier a name than ordinary text. */
  accept: 5,
  /** Score of a character never seen at that position of a name. */
  unseen: -4,
  /** Two given characters are the common case in news (about 7 of 10 names). */
  threeCharPrior: 0.8,
  /** A name that ends inside a dictionary word usually lends its last character to it (张元明确). */
  straddlePenalty: 3,
  /** A name that is one dictionary word tagged as a name. */
  dictionaryName: 2.5,
  /** A two-character given name that several dictionary names carry (建军, 海燕). */
  knownGivenName: 1,
  /** 老 or 小 right before a surname (老张, 小李). */
  familiarPrefix: 4,
  /** A Japanese family name (桥本, 田中): many are also words (田中 "in the field"), so it counts less than a Chinese surname. */
  japaneseSurname: 1,
  /** The family name alone with a cue (桥本表示, 桥本首相): news writes a known person so; a cue must still say so. */
  japaneseSurnameAlone: 2.5,
  /** Weight of how rarely the character after a name stands alone (see CharTables.standalone). */
  boundChar: 0.7,
  /** Characters the dictionary cannot join into words are more likely a name. */
  unknownWords: 1.5,
  /** A surname written as a preposition or conjunction (和, 于, 向) is usually that word. */
  functionSurname: 3,
  /** A surname the segmenter tags as a function word in this sentence (任 "serve as", 对, 将). */
  functionTagSurname: 1,
  /** Transliterated names: mean per-character score a run of characters needs. */
  foreignMean: 1.2,
} as const;

/** What a cue adds to a proposal's score. */
const CUE_WEIGHT: Record<PersonCue, number> = {
  title: 4, byline: 5, list: 2.5, verb: 2.5, comrade: 4, dictionary: 0, repeat: 3,
};
/** The most the cues of one proposal can add; proposals that cannot reach `accept` with it are skipped early. */
const MAX_CUES = 12;

/** Characters that join parts of one transliterated name: 帕特里斯·马涅埃. */
const NAME_JOINERS = '·•・－—';

function isJoinerAt(text: string, i: number): boolean {
  return i >= 0 && i < text.length && NAME_JOINERS.includes(text.charAt(i));
}

/**
 * Characters of the standard transliteration tables (新华社译名): foreign names are written with
 * these and few others, so a run of them is a candidate. Everyday characters that also
 * transliterate (大, 小, 女, 士, 云, 桥) are left out on purpose.
 */
const TRANSLITERATION =
  '阿埃艾爱安昂奥巴拜班邦鲍贝本比彼毕宾波伯博布查达戴丹道德登迪蒂丁杜多厄恩尔法凡菲费芬佛弗福富盖甘冈戈格根贡古圭哈海汉豪赫亨洪华怀惠霍' +
  '基吉加贾杰捷金卡凯坎康考柯科克肯库夸奎昆拉莱赖兰朗劳勒雷蕾里利丽莉列林琳隆卢鲁路伦罗洛马玛迈麦曼梅门蒙米密敏莫姆穆纳娜乃南内尼妮涅宁' +
  '纽努诺欧帕潘佩皮珀普奇齐乔切钦琼丘让瑞若撒萨塞赛桑瑟森沙莎尚舍什施舒斯松苏索塔泰坦汤唐特提汀通图托瓦万旺威韦维温沃乌伍西希锡席夏' +
  '谢辛休雅亚扬耶伊因尤约泽扎詹兹宗佐茨契楚茹荷哥奈尧斐黛芙夫顿默圣得摩逊罕翰烈热廉彻娅甫孜延娃叶勃黑胡瑙迦珊伽俾弥喀额申坚嘉芭';

/** Per-character tables indexed by UTF-16 code, so that scoring allocates nothing. */
interface CharTables {
  /** Log-ratio of name-likelihood to general likelihood, by position in a name. */
  readonly surname: Float32Array;
  readonly given1: Float32Array;
  readonly given2: Float32Array;
  readonly givenSingle: Float32Array;
  readonly foreign: Float32Array;
  /** Bit 1 for single-character surnames, bit 2 for the first character of a compound one, bit 4 of a Japanese one. */
  readonly surnameKind: Uint8Array;
  readonly ambiguous: Uint8Array;
  readonly transliteration: Uint8Array;
  /**
   * How often a character stands as a word of its own, against how often it is used at all
   * (log-ratio). 说 and 的 mostly stand alone; 慧 and 生 rarely do, so a lone 生 after
   * 王渝 more likely ends the name than starts the next word.
   */
  readonly standalone: Float32Array;
}

let tables: CharTables | null = null;

function getTables(): CharTables {
  if (tables) return tables;
  const s = nameStatistics();
  const logGeneral = (c: string): number => Math.log(((s.general.get(c) ?? 0) + 1) / s.generalTotal);
  const table = (counts: ReadonlyMap<string, number>, total: number): Float32Array => {
    const out = new Float32Array(65536).fill(PERSON_DEFAULTS.unseen);
    for (const [c, n] of counts) if (c.length === 1) out[c.charCodeAt(0)] = Math.log((n + 0.5) / total) - logGeneral(c);
    return out;
  };
  const flags = (chars: Iterable<string>, value = 1, into = new Uint8Array(65536)): Uint8Array => {
    for (const c of chars) into[c.charCodeAt(0)] = value;
    return into;
  };
  // Bit 1: a single-character surname; bit 2: the first character of a compound one (欧 is both).
  const surnameKind = flags(SINGLE_SURNAMES);
  for (const c of COMPOUND_SURNAMES) surnameKind[c.charCodeAt(0)] = (surnameKind[c.charCodeAt(0)] ?? 0) | 2;
  for (const c of JAPANESE_SURNAMES) surnameKind[c.charCodeAt(0)] = (surnameKind[c.charCodeAt(0)] ?? 0) | 4;
  tables = {
    surname: table(s.surname, s.threeCharNames + s.twoCharNames),
    given1: table(s.given1, s.threeCharNames),
    given2: table(s.given2, s.threeCharNames),
    // Two-character entries are few (about 3,000); the given characters of three-character
    // names follow much the same distribution and make the estimate usable.
    givenSingle: table(mergeCounts(s.givenSingle, s.given1, s.given2), s.twoCharNames + 2 * s.threeCharNames),
    foreign: table(s.foreign, s.foreignTotal),
    surnameKind,
    standalone: standaloneTable(s.general),
    ambiguous: flags(AMBIGUOUS_SURNAMES),
    transliteration: flags(TRANSLITERATION),
  };
  return tables;
}

function standaloneTable(general: ReadonlyMap<string, number>): Float32Array {
  const out = new Float32Array(65536);
  for (const [c, n] of general) if (c.length === 1) out[c.charCodeAt(0)] = Math.log((wordFreq(c) + 1) / (n + 1));
  return out;
}

function mergeCounts(...maps: ReadonlyMap<string, number>[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const m of maps) for (const [k, n] of m) out.set(k, (out.get(k) ?? 0) + n);
  return out;
}

function isHanCode(code: number): boolean {
  return code >= 0x4e00 && code <= 0x9fff;
}

/** A name the scorer believes in, before titles are attached. */
export interface NameProposal {
  readonly start: number;
  readonly end: number;
  readonly score: number;
  readonly cues: readonly PersonCue[];
}

interface Work {
  readonly start: number;
  readonly end: number;
  /** Evidence from the characters and the dictionary alone. */
  readonly base: number;
  readonly cues: PersonCue[];
  total: number;
  /** A run of transliteration characters (proposeForeign), not surname + given name. */
  readonly foreign?: boolean;
}

/** Conjunctions that join two names as a list does: 张三和李四, 许银川与吴贵临. */
const CONJUNCTIONS = '和与及同';

const NAME_TAGS: ReadonlySet<string> = new Set(['nr', 'nrfg', 'nrt']);
/** Tags of words that are something else than a person when written alone: 莫斯科, 欧佩克. */
const OTHER_NAME_TAGS: ReadonlySet<string> = new Set(['ns', 'nt']);
/** Words after a surname that address or describe a person instead of naming one. */
const NOT_GIVEN_NAMES: ReadonlySet<string> = new Set([
  ...PERSON_HONORIFICS, ...TITLES_AFTER_NAME, '外长', '夫人', '太太', '小姐', '师傅', '大爷', '大娘', '大妈', '大姐', '大哥',
  '阿姨', '姑娘', '老汉', '老伯', '家人', '一家', '家里', '家中', '某某', '队长', '局长', '处长', '科长', '站长', '所长', '厂长',
]);

/** Surnames that are far more often a preposition, conjunction or adverb when they stand alone. */
const FUNCTION_SURNAMES = '和于向从将与对在把被为以及自由给让比跟同也都就还又再才曾却并而且但则乃即时常';

/** Tags of function words. */
const FUNCTION_TAGS: ReadonlySet<string> = new Set(['p', 'c', 'd', 'u', 'uj', 'ul', 'r', 'f', 'q', 'm', 'y']);

/** One sentence being scored: its text, its words, and the word each character belongs to. */
class Sentence {
  readonly at: Int32Array;
  readonly t = getTables();
  constructor(readonly text: string, readonly tokens: readonly Token[]) {
    this.at = new Int32Array(text.length);
    for (let k = 0; k < tokens.length; k++) {
      const tok = tokens[k];
      if (tok) this.at.fill(k, tok.start, tok.end);
    }
  }

  tokenAt(i: number): Token | undefined {
    return i >= 0 && i < this.text.length ? this.tokens[this.at[i] ?? 0] : undefined;
  }

  /**
   * Dictionary evidence for [start, end): one word tagged as a name, words that run across
   * the edges, a common word made of the surname and the first given character.
   * `chars` is the evidence of the characters alone, which decides how far a name entry is trusted.
   */
  dictionaryTerm(start: number, end: number, chars: number): number {
    const first = this.tokenAt(start);
    const last = this.tokenAt(end - 1);
    if (!first || !last) return 0;
    let score = 0;
    // Opening inside a word: the surname belongs to the word before (向前 → 前).
    if (first.start < start) score -= PERSON_DEFAULTS.straddlePenalty + Math.log10(1 + first.freq);
    // Ending inside a word, except one listed as a name that starts with ours (邓小平理论).
    if (last.end > end && !(NAME_TAGS.has(last.tag) && last.start === start && last.end >= end + 2)) {
      score -= PERSON_DEFAULTS.straddlePenalty + Math.log10(1 + last.freq);
    }
    if (first.start === start && first.end === end) {
      // One dictionary word: a name entry of three or more characters is good evidence when its
      // characters look like a name (not 雷阵雨); a two-character one often is not (the
      // dictionary tags 卫星, 明白, 王朝 as names); any other word (顾客, 高潮, 于是) speaks
      // against, the more so the more common it is.
      const f = Math.log10(1 + first.freq);
      if (NAME_TAGS.has(first.tag)) {
        // The dictionary also files things under names (纪念章, 吉普车, 安全性): when the surname and
        // the next character are an everyday word (纪念, 吉普, 安全), the entry is that word's compound.
        const lead = end - start >= 3 ? leadWordFreq(first.word) : 0;
        if (lead > 0) score -= 1 + Math.log10(lead) / 2;
        else score += end - start >= 3 ? (chars >= -3 && !givenIsWord(first.word) ? PERSON_DEFAULTS.dictionaryName : 0) : -f / 2;
      }
      else score -= 2 + f + (OTHER_NAME_TAGS.has(first.tag) ? 4 : 0);
    } else if (first.start === start && first.end < end && first.word.length > 1 && !NAME_TAGS.has(first.tag)) {
      // 严格遵, 高素质: the surname and the next character are a common word; 巴西籍: a place's name.
      score -= 1 + Math.log10(1 + first.freq) / 2 + (OTHER_NAME_TAGS.has(first.tag) ? 3 : 0);
    } else if (first.end === start + 1 && last.start === end - 1 && (end - start === 2 || this.tokenAt(start + 1)?.word.length === 1)) {
      // Every character its own word: the dictionary knows no word here, as with most names.
      score += PERSON_DEFAULTS.unknownWords;
    }
    if (first.end === start + 1 && FUNCTION_SURNAMES.includes(first.word)) score -= PERSON_DEFAULTS.functionSurname; // 和, 于, 向
    // 书记任群主: the segmenter reads the surname as a function word here (任 "serve as").
    else if (first.end === start + 1 && FUNCTION_TAGS.has(first.tag) && first.tag !== 'q') score -= PERSON_DEFAULTS.functionTagSurname;
    return score;
  }

  cues(start: number, end: number): PersonCue[] {
    const { text } = this;
    const cues: PersonCue[] = [];
    let b = start;
    while (b > 0 && isSpace(text.charCodeAt(b - 1))) b--;
    let a = end;
    while (a < text.length && isSpace(text.charCodeAt(a))) a++;
    const before = b > 0 ? this.tokenAt(b - 1) : undefined;
    const after = a < text.length ? this.tokenAt(a) : undefined;
    const beforeWord = before && before.end === b ? before.word : '';
    const afterWord = after && after.start === a ? after.word : '';
    if (beforeWord && (endsWithTitle(beforeWord) || LEADERSHIP_GROUPS.has(beforeWord))) cues.push('title');
    // 摄, 文, 图 close a byline only at its end (王艳 摄); 吴化文率部 is 吴化文 + 率部.
    if (BYLINE_BEFORE.has(beforeWord) || (BYLINE_AFTER.has(afterWord) && endsByline(text, a + afterWord.length))) cues.push('byline');
    if (afterWord === '同志') cues.push('comrade');
    else if (TITLES_AFTER_NAME.has(afterWord) || PERSON_HONORIFICS.has(afterWord)) cues.push('title');
    // 在莫斯科会见: after 在 or 于 the verb tells where something happened, not who did it.
    if (LOCATIVES.has(beforeWord)) return cues;
    if (SPEECH_VERBS.has(afterWord)) cues.push('verb');
    // 王晨都表示, 卢金也警告: an adverb may stand between a name and its verb.
    else if (after && after.start === a && ADVERBS_BEFORE_VERB.has(afterWord)) {
      const next = this.tokenAt(after.end);
      if (next && next.start === after.end && SPEECH_VERBS.has(next.word)) cues.push('verb');
    }
    return cues;
  }
}

/** Prepositions of place: what follows them and precedes a verb is where, not who (在莫斯科会见). */
const LOCATIVES: ReadonlySet<string> = new Set(['在', '于', '从', '赴', '到', '抵', '自']);

/** One-character adverbs written between a subject and its verb: 王晨都表示, 卢金也警告. */
const ADVERBS_BEFORE_VERB: ReadonlySet<string> = new Set('都也还又就已曾正将均亦则便再才仍却即'.split(''));

/** True when a byline word ending at `i` closes the byline: end of text, a space, a bracket or punctuation. */
function endsByline(text: string, i: number): boolean {
  if (i >= text.length) return true;
  const c = text.charCodeAt(i);
  return !isHanCode(c) && !(c >= 0x30 && c <= 0x39);
}

function givenPairTerm(given: string): number {
  const carried = nameStatistics().givenPairs.get(given) ?? 0;
  const f = wordFreq(given);
  if (carried >= 3 && f < 5000) return PERSON_DEFAULTS.knownGivenName;
  return carried <= 1 && f >= 3 && !NAME_TAGS.has(wordTag(given) ?? '') ? -0.5 - Math.log10(f) : 0;
}

/** Frequency of the everyday word made by the first two characters of a dictionary name entry, 0 when none. */
function leadWordFreq(word: string): number {
  const lead = word.slice(0, 2);
  const tag = wordTag(lead);
  if (tag === undefined || NAME_TAGS.has(tag)) return 0;
  const f = wordFreq(lead);
  return f >= 20 ? f : 0;
}

/** True when the two characters after a one-character surname are an everyday word (雷 + 阵雨). */
function givenIsWord(word: string): boolean {
  if (word.length !== 3) return false;
  const given = word.slice(1);
  return wordFreq(given) >= 50 && !NAME_TAGS.has(wordTag(given) ?? '');
}

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x3000;
}

function cueWeight(cues: readonly PersonCue[]): number {
  let w = 0;
  for (const c of cues) w += CUE_WEIGHT[c];
  return w;
}

/** Surname + one or two given characters, at every surname. */
function proposeChinese(s: Sentence, out: Work[]): void {
  const { text, t } = s;
  const n = text.length;
  for (let i = 0; i < n - 1; i++) {
    const kind = t.surnameKind[text.charCodeAt(i)];
    if (!kind) continue;
    if (kind & 4 && JAPANESE_SURNAMES.has(text.slice(i, i + 2))) proposeJapanese(s, i, out);
    const surLen = kind & 2 && COMPOUND_SURNAMES.has(text.slice(i, i + 2)) ? 2 : kind & 1 ? 1 : 0;
    if (surLen === 0) continue;
    const surScore = surLen === 2 ? 5 : (t.surname[text.charCodeAt(i)] ?? 0);
    const g = i + surLen;
    for (let givenLen = 1; givenLen <= 2; givenLen++) {
      const end = g + givenLen;
      if (end > n || !isHanCode(text.charCodeAt(end - 1))) break;
      let base = surScore;
      if (givenLen === 2) {
        base += (t.given1[text.charCodeAt(g)] ?? 0) + (t.given2[text.charCodeAt(g + 1)] ?? 0) + PERSON_DEFAULTS.threeCharPrior;
        if (surLen === 1 && t.ambiguous[text.charCodeAt(i)]) base -= 1;
        // 郑先生, 唐外长, 陈小姐: a surname with a form of address, not a given name.
        const given = text.slice(g, end);
        if (NOT_GIVEN_NAMES.has(given)) continue;
        // A last character that rarely stands alone belongs to the name (王渝生).
        if (s.tokenAt(end - 1)?.word.length === 1) base -= PERSON_DEFAULTS.boundChar * Math.min(0, (t.standalone[text.charCodeAt(end - 1)] ?? 0) + 1);
      } else {
        base += t.givenSingle[text.charCodeAt(g)] ?? 0;
        if (surLen === 1 && t.ambiguous[text.charCodeAt(i)]) base -= 1;
        // The same character after a two-character name would have to stand alone.
        if (end < n && isHanCode(text.charCodeAt(end)) && s.tokenAt(end)?.word.length === 1) {
          base += PERSON_DEFAULTS.boundChar * Math.min(0, (t.standalone[text.charCodeAt(end)] ?? 0) + 1);
        }
      }
      if (base + MAX_CUES < PERSON_DEFAULTS.accept) continue;
      // A given name that is an everyday word nobody is named (群主, 口罩) speaks against; one
      // that many people carry (建军, 海燕) speaks for.
      if (givenLen === 2) base += givenPairTerm(text.slice(g, end));
      base += s.dictionaryTerm(i, end, base - surScore);
      // 老张, 小李: after 老 or 小 the surname is a familiar form, whatever follows it.
      if (i > 0 && FAMILIAR_PREFIXES.has(text.charAt(i - 1)) && s.tokenAt(i - 1)?.word.length === 1) base -= PERSON_DEFAULTS.familiarPrefix;
      // Inside a run of transliteration characters (鲍里斯·贝克尔, 穆巴拉克) the surname is only
      // the first syllable of a foreign name.
      if (isJoinerAt(text, end) || isJoinerAt(text, i - 1)) base -= 8;
      else if (givenLen === 2 && end < n && t.transliteration[text.charCodeAt(end)] && allTransliteration(t, text, i, end)) base -= 3;
      if (base + MAX_CUES < PERSON_DEFAULTS.accept) continue;
      // 李卜村, 耿镇, 莱克伍德县: a place-level character standing alone after the name makes it a place's.
      if (placeLevelFollows(s, end)) continue;
      out.push({ start: i, end, base, cues: s.cues(i, end), total: 0 });
    }
  }
}

/** Characters that after a name make it a place's name when they stand alone (not 县长, 村民). */
const PLACE_LEVEL_AFTER = '县镇村乡州省区';

function placeLevelFollows(s: Sentence, end: number): boolean {
  if (!PLACE_LEVEL_AFTER.includes(s.text.charAt(end))) return false;
  const next = s.tokenAt(end);
  return next !== undefined && next.start === end && next.word.length === 1;
}

/** Words before a run that say a place follows: 在图卢兹, 城市哈斯科沃, 胜地帕塔亚. */
const PLACE_BEFORE: ReadonlySet<string> = new Set([
  '在', '于', '到', '赴', '抵', '抵达', '飞抵', '前往', '来自', '途经', '城市', '首都', '小镇', '村庄', '胜地', '港口', '港市', '地区',
]);

/** Japanese family name + one to three given characters (桥本龙太郎); weak alone, so a cue usually decides. */
function proposeJapanese(s: Sentence, i: number, out: Work[]): void {
  const { text, t } = s;
  // The family name alone, as news writes it once the person is known (桥本首相, 桥本表示).
  const cues = s.cues(i, i + 2);
  if (cues.length > 0) out.push({ start: i, end: i + 2, base: PERSON_DEFAULTS.japaneseSurnameAlone, cues, total: 0 });
  for (let givenLen = 1; givenLen <= 3; givenLen++) {
    const end = i + 2 + givenLen;
    if (end > text.length || !isHanCode(text.charCodeAt(end - 1))) return;
    let base = PERSON_DEFAULTS.japaneseSurname;
    for (let k = i + 2; k < end; k++) base += Math.max(-2, k === i + 2 ? (t.given1[text.charCodeAt(k)] ?? 0) : (t.given2[text.charCodeAt(k)] ?? 0));
    base += s.dictionaryTerm(i, end, 0);
    if (base + MAX_CUES < PERSON_DEFAULTS.accept) continue;
    out.push({ start: i, end, base, cues: s.cues(i, end), total: 0 });
  }
}

function allTransliteration(t: CharTables, text: string, start: number, end: number): boolean {
  for (let k = start; k < end; k++) if (!t.transliteration[text.charCodeAt(k)]) return false;
  return true;
}

function isTransliterationToken(t: CharTables, tok: Token): boolean {
  const w = tok.word;
  for (let k = 0; k < w.length; k++) if (!t.transliteration[w.charCodeAt(k)]) return false;
  // A longer dictionary word is a foreign name only when the dictionary says it is a name.
  return w.length === 1 || NAME_TAGS.has(tok.tag) || tok.tag === 'x';
}

/** Inside a run already started any word of transliteration characters continues it (莱万多夫斯基: 万多, 斯基). */
function isTransliterationWord(t: CharTables, tok: Token): boolean {
  const w = tok.word;
  if (PERSON_HONORIFICS.has(w) || TITLES_AFTER_NAME.has(w)) return false;
  for (let k = 0; k < w.length; k++) if (!t.transliteration[w.charCodeAt(k)]) return false;
  return true;
}

/** Characters that make a transliterated run a place when they follow it: 莱克伍德县, 巴达赫尚省. */
const PLACE_ENDINGS = '县省州市镇区岛河湖港湾堡城';
/** Words after a run that speak of a place, not a person: 阿拉伯国家, 保加利亚南部. */
const PLACE_CUES: ReadonlySet<string> = new Set([
  '南部', '北部', '东部', '西部', '中部', '地区', '国家', '境内', '全境', '人民', '政府', '首都', '民族', '族', '籍', '大区', '当局',
]);
/** Loanwords made of transliteration characters that are things, not people. */
const NOT_FOREIGN_NAMES: ReadonlySet<string> = new Set([
  '卢布', '卢比', '法郎', '马克', '比索', '里拉', '克朗', '英镑', '尼古丁', '厄尔尼诺', '克隆', '科普', '桑巴', '桑拿', '阿尔法',
  '贝塔', '伽马', '斯诺克', '沙龙', '沙发', '吉普', '坦克', '巴士', '咖啡', '可可', '芭蕾', '伦巴', '探戈', '马拉松', '迪斯科',
  '奥林匹克', '尤伯杯', '汤姆斯杯', '托福', '雅思', '加仑', '盎司', '卡路里', '维他命', '阿司匹林', '吗啡', '尼龙', '威士忌',
]);

/** Whether the word after a run makes the run a place: a place ending (县, 省) or a place cue (南部, 国家). */
function placeFollows(next: Token | undefined): boolean {
  if (!next) return false;
  return (next.word.length === 1 && PLACE_ENDINGS.includes(next.word)) || PLACE_CUES.has(next.word);
}

/** Characters that end a name part even next to a joiner: function words and punctuation. */
const NOT_IN_FOREIGN_NAME = '的了是在和与及等说对向从为被把将也都就还又让给';

/** A word that can be part of a foreign name next to a joiner (芭芭拉·, ·史达福): any word of Han characters but function words. */
function isJoinedPart(t: CharTables, tok: Token): boolean {
  const w = tok.word;
  if (w.length > 4 || FUNCTION_TAGS.has(tok.tag) || tok.tag === 'v') return false;
  for (let k = 0; k < w.length; k++) {
    const c = w.charCodeAt(k);
    if (!isHanCode(c) || NOT_IN_FOREIGN_NAME.includes(w.charAt(k))) return false;
  }
  if (PERSON_HONORIFICS.has(w) || TITLES_AFTER_NAME.has(w) || w.endsWith('镇') || w.endsWith('省') || w.endsWith('州')) return false;
  return !endsWithTitle(w) || t.transliteration[w.charCodeAt(0)] === 1;
}

function isJoiner(tok: Token | undefined): boolean {
  return tok !== undefined && tok.word.length === 1 && NAME_JOINERS.includes(tok.word);
}

/** Runs of transliteration words, joined by ·: 克林顿, 基里延科, 科菲·安南, 芭芭拉·弗兰克林. */
function proposeForeign(s: Sentence, out: Work[]): void {
  const { text, tokens, t } = s;
  let k = 0;
  while (k < tokens.length) {
    const first = tokens[k];
    const joinedNext = first !== undefined && isJoiner(tokens[k + 1]) && isJoinedPart(t, first) && tokens[k + 2] !== undefined;
    // 教练扎加洛: a word the dictionary files as a place is a name when a title stands before it.
    const titled = first !== undefined && first.tag === 'ns' && first.word.length >= 3 && isTransliterationWord(t, first) &&
      s.cues(first.start, first.end).includes('title');
    if (!first || !(isTransliterationToken(t, first) || joinedNext || titled)) {
      k++;
      continue;
    }
    let u = k + 1;
    let parts = 1;
    for (;;) {
      const next = tokens[u];
      // After the part that follows a joiner only transliteration words continue the name:
      // 尤勒斯·韦登博斯 + 今天, 玛丽特·恩斯塔德 + 日前.
      if (next && (isTransliterationToken(t, next) || isTransliterationWord(t, next) || (isJoiner(tokens[u + 1]) && isJoinedPart(t, next)))) {
        u++;
        continue;
      }
      const after = tokens[u + 1];
      if (isJoiner(next) && after && isJoinedPart(t, after)) {
        u += 2;
        parts++;
        continue;
      }
      break;
    }
    const start = first.start;
    const end = tokens[u - 1]?.end ?? first.end;
    const letters = end - start - (parts - 1);
    if (letters >= 2 && !placeFollows(tokens[u]) && !NOT_FOREIGN_NAMES.has(text.slice(start, end))) {
      let sum = 0;
      for (let c = start; c < end; c++) {
        const f = t.foreign[text.charCodeAt(c)] ?? 0;
        if (f > PERSON_DEFAULTS.unseen) sum += f;
      }
      const single = u === k + 1;
      const base = 2 + 2 * (sum / letters - PERSON_DEFAULTS.foreignMean) + (letters >= 3 ? 2 : -2) + (parts > 1 ? 4 : 0) +
        (single && NAME_TAGS.has(first.tag) ? 1.5 : 0) + (letters === 2 ? 1 : 0) +
        (single && !NAME_TAGS.has(first.tag) && first.tag !== 'x' && !titled ? -6 : 0) -
        // 在图卢兹, 城市哈斯科沃: after 在 or a place noun a run the dictionary does not call a name is a place.
        (PLACE_BEFORE.has(tokens[k - 1]?.word ?? '') && !(single && NAME_TAGS.has(first.tag)) ? 4 : 0);
      if (base + MAX_CUES >= PERSON_DEFAULTS.accept) out.push({ start, end, base, cues: s.cues(start, end), total: 0, foreign: true });
    }
    k = u;
  }
}

/** A byline frame closes with one of these: 记者刘正学、果永毅报道, 记者王艳摄. */
const BYLINE_CLOSE = /^(报道|摄影?|发自|采写)/;
/** The longest name a byline frame takes: a compound surname and two given characters. */
const BYLINE_NAME_MAX = 4;

/**
 * Names in a byline frame, whatever their surname: every group of two to four characters between
 * 记者 (通讯员, 本报记者) and a closing 报道 or 摄, separated by 、 or spaces (记者郅振璞报道,
 * 记者刘正学、果永毅报道). The frame says they are names; the characters need not.
 */
function proposeBylineNames(s: Sentence, out: Work[]): void {
  const { text, tokens } = s;
  for (let k = 0; k < tokens.length; k++) {
    const tok = tokens[k];
    if (!tok || !BYLINE_BEFORE.has(tok.word) || tok.word.length < 2) continue;
    const groups: [number, number][] = [];
    let i = tok.end;
    for (;;) {
      while (i < text.length && isSpace(text.charCodeAt(i))) i++;
      let j = i;
      while (j < text.length && j - i <= BYLINE_NAME_MAX && isHanCode(text.charCodeAt(j)) && !BYLINE_CLOSE.test(text.slice(j, j + 2))) j++;
      if (j - i < 2 || j - i > BYLINE_NAME_MAX) break;
      groups.push([i, j]);
      let next = j;
      while (next < text.length && isSpace(text.charCodeAt(next))) next++;
      if (text.charAt(next) === '、') {
        i = next + 1;
        continue;
      }
      if (BYLINE_CLOSE.test(text.slice(next, next + 2))) {
        for (const [a, b] of groups) out.push({ start: a, end: b, base: PERSON_DEFAULTS.accept, cues: ['byline'], total: 0 });
      } else if (next > j && isHanCode(text.charCodeAt(next))) {
        i = next; // 记者 刘昂 王晨 摄: names separated by spaces
        continue;
      }
      break;
    }
  }
}

const KNOWN = new Set(KNOWN_PERSONS);

/** Public figures listed in the segmenter's dictionary (tables/jieba.ts): names whatever their characters. */
function proposeKnown(s: Sentence, out: Work[]): void {
  for (const tok of s.tokens) {
    if (KNOWN.has(tok.word)) out.push({ start: tok.start, end: tok.end, base: PERSON_DEFAULTS.accept + 4, cues: s.cues(tok.start, tok.end), total: 0 });
    // 马克思主义, 邓小平理论: the name inside a word about the person's doctrine.
    if (tok.word.length < 3 || !DOCTRINE_LAST.includes(tok.word.charAt(tok.word.length - 1))) continue;
    const m = DOCTRINE.exec(tok.word);
    if (m && KNOWN.has(tok.word.slice(0, m.index))) {
      out.push({ start: tok.start, end: tok.start + m.index, base: PERSON_DEFAULTS.accept + 4, cues: [], total: 0 });
    }
  }
}

const DOCTRINE = /(主义|思想|理论|著作|故居|诞辰|纪念馆|铜像)$/;
const DOCTRINE_LAST = '义想论作居辰馆像';

/** Names whose score reaches PERSON_DEFAULTS.accept, non-overlapping, sorted by offset. */
export function proposeNames(text: string, known: ReadonlySet<string> = NO_NAMES): NameProposal[] {
  const s = new Sentence(text, segment(text));
  const work: Work[] = [];
  proposeChinese(s, work);
  proposeForeign(s, work);
  proposeKnown(s, work);
  proposeBylineNames(s, work);
  if (work.length === 0) return [];
  // Lists: a candidate next to 、 whose neighbour across it is a plausible name too.
  const starts = new Set<number>();
  const ends = new Set<number>();
  for (const w of work) {
    if (w.base <= 0) continue;
    starts.add(w.start);
    ends.add(w.end);
  }
  for (const w of work) {
    if ((text.charAt(w.end) === '、' && starts.has(w.end + 1)) || (text.charAt(w.start - 1) === '、' && ends.has(w.start - 1))) {
      w.cues.push('list');
    }
    w.total = w.base + cueWeight(w.cues);
  }
  // Pairs: 许银川与吴贵临, 张三和李四: a plausible name joined by a conjunction to a name accepted on its own.
  const acceptedStarts = new Set<number>();
  const acceptedEnds = new Set<number>();
  for (const w of work) {
    if (w.total < PERSON_DEFAULTS.accept) continue;
    acceptedStarts.add(w.start);
    acceptedEnds.add(w.end);
  }
  for (const w of work) {
    if (w.base <= 0 || w.total >= PERSON_DEFAULTS.accept || w.cues.includes('list')) continue;
    if ((CONJUNCTIONS.includes(text.charAt(w.end)) && acceptedStarts.has(w.end + 1)) ||
      (CONJUNCTIONS.includes(text.charAt(w.start - 1)) && acceptedEnds.has(w.start - 1))) {
      w.cues.push('list');
      w.total += CUE_WEIGHT.list;
    }
  }
  // A transliterated run of four or more letters that reaches the bar holds the Chinese-looking
  // names inside it (赫里斯 in 赫里斯坚科): they are its syllables, not names of their own.
  for (const f of work) {
    if (!f.foreign || f.total < PERSON_DEFAULTS.accept || f.end - f.start < 4) continue;
    for (const w of work) {
      if (!w.foreign && w.start >= f.start && w.end <= f.end && allTransliteration(s.t, text, w.start, w.end)) w.total = -Infinity;
    }
  }
  const kept = work.filter((w) => w.total >= PERSON_DEFAULTS.accept).sort((a, b) => b.total - a.total || a.start - b.start);
  const taken = new Uint8Array(text.length);
  const chosen: NameProposal[] = [];
  const free = (w: { readonly start: number; readonly end: number }): boolean => !taken.subarray(w.start, w.end).includes(1);
  for (const w of kept) {
    if (!free(w)) continue;
    taken.fill(1, w.start, w.end);
    chosen.push({ start: w.start, end: w.end, score: w.total, cues: w.cues });
  }
  // Repeats: a name accepted once is a name wherever else the sentence (or, with `known`, the
  // text before it) writes it.
  if (chosen.length > 0 || known.size > 0) {
    const names = new Set(chosen.map((c) => text.slice(c.start, c.end)));
    for (const w of work) {
      const written = text.slice(w.start, w.end);
      if (w.total >= PERSON_DEFAULTS.accept || w.total === -Infinity || !free(w) || !(names.has(written) || known.has(written))) continue;
      taken.fill(1, w.start, w.end);
      chosen.push({ start: w.start, end: w.end, score: w.total + CUE_WEIGHT.repeat, cues: [...w.cues, 'repeat'] });
    }
  }
  // 俊平 after 王俊平: a two-character given name of a person named before stands for that person.
  if (known.size > 0) {
    for (const name of known) {
      const given = givenNameOf(name);
      if (!given) continue;
      for (let at = text.indexOf(given); at >= 0; at = text.indexOf(given, at + 1)) {
        const w = { start: at, end: at + given.length };
        // Only where a word can start: after punctuation, or after 小 or 老 (小俊平).
        if (!free(w) || (at > 0 && isHanCode(text.charCodeAt(at - 1)) && !FAMILIAR_PREFIXES.has(text.charAt(at - 1)))) continue;
        taken.fill(1, w.start, w.end);
        chosen.push({ start: w.start, end: w.end, score: PERSON_DEFAULTS.accept, cues: ['repeat'] });
      }
    }
  }
  return chosen.sort((a, b) => a.start - b.start);
}

const NO_NAMES: ReadonlySet<string> = new Set();

/** The two-character given name of a three-character Chinese name (俊平 of 王俊平), or null. */
function givenNameOf(name: string): string | null {
  if (name.length !== 3 || !isHanCode(name.charCodeAt(2))) return null;
  const sur = surnameLengthAt(name, 0);
  return sur === 1 ? name.slice(1) : null;
}

export interface PersonOptions {
  /** Attach titles (default true); the flat NER view does without them and saves the time. */
  readonly titles?: boolean;
  /**
   * Names accepted earlier in the same text: written again, whole or by the given name alone
   * (俊平 after 王俊平), they are names here too, even without a cue.
   */
  readonly known?: ReadonlySet<string>;
}

/**
 * Person names with their cues and titles, sorted by offset. Partial references (刘师傅, 张老,
 * 老张, 小李) are not names and are not returned.
 */
export function recognizePersons(text: string, context: RecognizeContext, options: PersonOptions = {}): PersonCandidate[] {
  const names = proposeNames(text, options.known).filter((n) => !isFamiliarForm(text, n.start));
  if (names.length === 0) return [];
  return attachTitles(text, names, options.titles === false ? [] : recognizeTitles(text, context));
}

/** Characters that after a surname make a familiar form, not a given name: 张老, 王总, 刘某. */
const FAMILIAR_AFTER_SURNAME = '老总某氏';

function isFamiliarForm(text: string, start: number): boolean {
  const surLen = COMPOUND_SURNAMES.has(text.slice(start, start + 2)) ? 2 : 1;
  const ch = text.charAt(start + surLen);
  return ch !== '' && FAMILIAR_AFTER_SURNAME.includes(ch);
}

/** Tags of conjunctions, prepositions and particles: 和 in 妇女和医生 is not 和先生. */
const CONJUNCTION_TAGS: ReadonlySet<string> = new Set(['c', 'p', 'u', 'uj', 'ul', 'y']);

/** Words after a lone surname that make it a reference to a person: 李先生, 汤局长, 刘师傅. */
const REFERENCE_AFTER: ReadonlySet<string> = new Set([
  '老', '某', '先生', '女士', '小姐', '老师', '师傅', '大夫', '医生', '教授', '院士', '同志', '大娘', '大爷', '大妈', '阿姨',
  '总', '书记', '主席', '总理', '局长', '市长', '省长', '县长', '部长', '外长', '校长', '院长', '厂长', '经理', '主任',
]);

/**
 * Lone surnames standing for a person (胡老, 老于, 李先生, 汤局长, 郑某). Not names, so never
 * persons of the graph; the public NER sets tag them PER, so the --mentions view reports them.
 * `taken` says which stretches other mentions already hold.
 */
export function recognizeSurnameReferences(text: string, taken: (start: number, end: number) => boolean): Span[] {
  const tokens = segment(text);
  const out: Span[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const tok = tokens[k];
    if (!tok || !SINGLE_SURNAMES.has(tok.word.charAt(0))) continue;
    // 妇女和医生, 五任县长: a conjunction or a counted word, not a surname.
    const before = tokens[k - 1];
    if (tok.word.length === 1 && CONJUNCTION_TAGS.has(tok.tag) && !(before && FAMILIAR_PREFIXES.has(before.word))) continue;
    if (before?.tag === 'm') continue;
    // 李先生 written as one word.
    if (tok.word.length > 1) {
      if (REFERENCE_AFTER.has(tok.word.slice(1)) && !taken(tok.start, tok.start + 1)) out.push({ start: tok.start, end: tok.start + 1, text: tok.word.charAt(0) });
      continue;
    }
    const next = tokens[k + 1];
    const prev = tokens[k - 1];
    const nextWord = next?.word ?? '';
    const referenced =
      REFERENCE_AFTER.has(nextWord) ||
      (nextWord.length > 1 && FAMILIAR_AFTER_SURNAME.includes(nextWord.charAt(0)) && REFERENCE_AFTER.has(nextWord.charAt(0))) ||
      (prev !== undefined && FAMILIAR_PREFIXES.has(prev.word) && prev.word !== '大' && prev.word !== '阿' &&
        (nextWord === '' || !isHanCode(nextWord.charCodeAt(0)) || SPEECH_VERBS.has(nextWord) || nextWord === '的'));
    if (!referenced || taken(tok.start, tok.end)) continue;
    out.push({ start: tok.start, end: tok.end, text: tok.word });
  }
  return out;
}
