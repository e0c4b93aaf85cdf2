// Positions as written (市委书记, 市人大常委会副主任, 区委副书记, 记者) and their attachment to the
// names next to them. A title is a head from tables/titles.ts with the organization phrase that
// precedes it (市人大常委会 + 副主任); titles chained with 、 or ， before a name all belong to it
// (区委副书记、区长李四), byline roles spread over the names they introduce (记者 刘昂 王晨), and
// a head written right after a name is that person's too (习近平总书记).
import type { PersonCandidate, PersonCue, RecognizeContext, TitleCandidate } from './types.ts';
import { segment, type Token } from '../tables/jieba.ts';
import { TITLE_HEADS, TITLES_AFTER_NAME, PERSON_HONORIFICS } from '../tables/titles.ts';

/** Words that may stand in the organization phrase before a head without being organizations themselves. */
const PREFIX_WORDS: ReadonlySet<string> = new Set([
  '副', '常务', '执行', '第一', '国家', '中央', '中共中央', '全国', '党组', '党委', '党工委', '管委会', '纪委', '监委', '宣传',
  '组织', '统战', '政法', '社会工作', '人大', '政协', '常委会', '机关', '党史', '和', '地方志', '研究室', '中共', '共青团',
  '省', '市', '县', '区', '镇', '乡', '村', '州', '盟', '旗', '首席', '特约', '见习', '驻', '总',
]);

/** Last characters of organization and place words: 市委, 商务局, 宣传部, 集团, 淮阳区. */
const ORG_OR_PLACE_LAST = new Set('委局部厅会院办室处科所司组队团社台馆校行府协联省市县区镇乡村州盟旗团军营站厂矿');

/** Tags of words that can be part of an organization or place name. */
const NAME_TAGS: ReadonlySet<string> = new Set(['n', 'ns', 'nt', 'nz', 'j', 'x', 'nrt', 'l']);

/** Last characters of title heads: a word ending in none of them is dismissed at once. */
const HEAD_LAST = new Set([...TITLE_HEADS].map((h) => h.charAt(h.length - 1)));

/** Offset of the longest title head the word ends with, or -1. */
function headSuffix(word: string): number {
  if (!HEAD_LAST.has(word.charAt(word.length - 1))) return -1;
  for (let k = 0; k < word.length; k++) if (TITLE_HEADS.has(word.slice(k))) return k;
  return -1;
}

/** Offset of the shortest title head the word ends with (书记 in 市委书记), where the body before it ends. */
function baseHeadOffset(word: string): number {
  for (let k = word.length - 2; k >= 0; k--) if (TITLE_HEADS.has(word.slice(k))) return k;
  return -1;
}

/** Modifiers of a position written between the body and the head: 区委 + 副 + 书记. */
const POSITION_MODIFIERS = /(常务副|副|总|候补|执行|第一)$/;

/** Party units that belong to the position when a body precedes them: 市商务局 + 党组书记. */
const PARTY_UNIT_END = /(?<=[\u4e00-\u9fff]{2})(党组|党委|党工委|党总支|党支部)$/;

/** What stands before a head without naming a body: 副, 常务副, 总 (总书记), 候补 (候补委员). */
const NOT_BODY_PREFIX = /^(副|常务副?|执行|第一|总|候补|首席|特约|见习|主任|名誉|代理|代|前|原|驻)$/;

// Persons and organizations both read the titles of a sentence; the last result is kept.
let lastText: string | null = null;
let lastTitles: TitleCandidate[] = [];

function isPrefixToken(tok: Token): boolean {
  if (PREFIX_WORDS.has(tok.word)) return true;
  if (!NAME_TAGS.has(tok.tag) && tok.tag !== 'ns' && tok.tag !== 'nt') return false;
  if (tok.tag === 'ns' || tok.tag === 'nt') return true;
  return ORG_OR_PLACE_LAST.has(tok.word.charAt(tok.word.length - 1)) || tok.word.length >= 2 && tok.tag === 'nz';
}

/** How many tokens of organization phrase a title may take in front of its head. */
const MAX_PREFIX_TOKENS = 8;

/** Titles in the text, each with the organization phrase before its head; sorted by offset. */
export function recognizeTitles(text: string, context: RecognizeContext): TitleCandidate[] {
  if (text === lastText) return lastTitles;
  lastTitles = findTitles(text, context);
  lastText = text;
  return lastTitles;
}

function findTitles(text: string, context: RecognizeContext): TitleCandidate[] {
  void context;
  const tokens = segment(text);
  const out: TitleCandidate[] = [];
  for (let t = 0; t < tokens.length; t++) {
    const tok = tokens[t];
    if (!tok) continue;
    const k = headSuffix(tok.word);
    if (k < 0) continue;
    // A head is a whole token or the end of one (市委书记); 书记员 or 主任务 are other words.
    let start = tok.start;
    let p = t - 1;
    let taken = 0;
    while (p >= 0 && taken < MAX_PREFIX_TOKENS) {
      const prev = tokens[p];
      // 牧野 + 区委书记, 西华 + 县委常委: the place's name before a place-level body.
      const placeName = prev !== undefined && '市县区省镇乡'.includes(text.charAt(start)) && prev.word.length >= 2 &&
        prev.word.length <= 4 && (prev.tag === 'n' || prev.tag === 'ns' || prev.tag === 'nr' || prev.tag === 'x' || prev.tag === 'j');
      if (!prev || !(isPrefixToken(prev) || placeName)) break;
      start = prev.start;
      p--;
      taken++;
    }
    // A phrase cannot open on 和 or on a bare 副 stranded from its head.
    while (start < tok.start && (text.charAt(start) === '和')) start++;
    const title = text.slice(start, tok.end);
    const headStart = tok.start + Math.max(k, baseHeadOffset(tok.word));
    // 区委副书记: the body is 区委, the 副 belongs to the position.
    let organization: string | null = headStart > start ? text.slice(start, headStart).replace(POSITION_MODIFIERS, '') : null;
    // 市商务局党组书记: the body is 市商务局; 党组书记 is the position.
    if (organization !== null && PARTY_UNIT_END.test(organization)) organization = organization.replace(PARTY_UNIT_END, '');
    if (organization !== null && (organization === '' || NOT_BODY_PREFIX.test(organization))) organization = null;
    out.push({ kind: 'title', start, end: tok.end, text: title, title, organization });
  }
  return out;
}

/** A person span before titles are attached. */
export interface PersonSpan {
  readonly start: number;
  readonly end: number;
  readonly cues: readonly PersonCue[];
}

/** Byline roles: they reach over the other names of a byline (记者 刘昂 王晨), and a paper's name before them is not part of the role. */
const BYLINE_ROLE = /(见习记者|特约记者|首席记者|摄影记者|记者|通讯员)$/;
const SEPARATORS = new Set(['、', '，', ',', ' ', '\u3000']);

/** The title for 摄 after a byline's names: the gold and the graph call the role 摄影. */
const PHOTO: TitleCandidate = { kind: 'title', start: 0, end: 0, text: '摄', title: '摄影', organization: null };

function isSpaceAt(text: string, i: number): boolean {
  const c = text.charAt(i);
  return c === ' ' || c === '\u3000';
}

/** 本报记者, 人民日报记者 → 记者: the role, not the paper. */
function normalizeTitle(t: TitleCandidate): TitleCandidate {
  const role = BYLINE_ROLE.exec(t.title)?.[1];
  return role && role !== t.title && !t.title.startsWith('见习') ? { ...t, title: role } : t;
}

/**
 * The titles written before a name: the chain of titles ending where it starts (区委副书记、区长
 * 李四), and byline roles over the other names of the same byline (记者 刘昂 王晨).
 */
function titlesBefore(
  text: string, start: number, titleEndingAt: ReadonlyMap<number, TitleCandidate>, personEndingAt: ReadonlyMap<number, PersonSpan>,
): TitleCandidate[] {
  const own: TitleCandidate[] = [];
  let pos = start;
  let pastAnotherName = false;
  for (;;) {
    let q = pos;
    while (q > 0 && isSpaceAt(text, q - 1)) q--;
    const title = titleEndingAt.get(q);
    if (title) {
      const role = BYLINE_ROLE.test(title.title);
      if (pastAnotherName && !role) break;
      own.unshift(normalizeTitle(title));
      pos = title.start;
      // Keep reading the chain across a separator: 区委副书记、区长.
      if (pos > 0 && SEPARATORS.has(text.charAt(pos - 1)) && (titleEndingAt.has(pos - 1) || !pastAnotherName)) {
        pos--;
        continue;
      }
      break;
    }
    const previous = personEndingAt.get(q);
    if (!previous || q >= pos) break;
    pastAnotherName = true;
    pos = previous.start;
  }
  return own;
}

/**
 * Persons with the titles written next to them: the chain before the name, a head written
 * right after it (习近平总书记), and 摄 at the end of a byline for every name on it.
 */
export function attachTitles(text: string, persons: readonly PersonSpan[], titles: readonly TitleCandidate[]): PersonCandidate[] {
  const titleEndingAt = new Map<number, TitleCandidate>();
  const titleStartingAt = new Map<number, TitleCandidate>();
  for (const t of titles) {
    titleEndingAt.set(t.end, t);
    titleStartingAt.set(t.start, t);
  }
  const personEndingAt = new Map<number, PersonSpan>();
  for (const p of persons) personEndingAt.set(p.end, p);
  return persons.map((p) => {
    const own = titlesBefore(text, p.start, titleEndingAt, personEndingAt);
    const after = titleStartingAt.get(p.end);
    if (after && TITLES_AFTER_NAME.has(after.title) && !PERSON_HONORIFICS.has(after.title)) own.push(after);
    if (endsBylineWithPhoto(text, p.end)) own.push({ ...PHOTO, start: p.end, end: p.end });
    const name = text.slice(p.start, p.end);
    return { kind: 'person', start: p.start, end: p.end, text: name, name, cues: p.cues, titles: dedupe(own) };
  });
}

/** True when only names, spaces and byline roles stand between the name's end and a final 摄. */
function endsBylineWithPhoto(text: string, end: number): boolean {
  return /^(?:[ \u3000]+(?:通讯员|记者|见习记者)?[ \u3000]*[\u4e00-\u9fff·]{2,5})*[ \u3000]*摄(?:影)?(?:$|[ \u3000）)])/.test(text.slice(end));
}

function dedupe(titles: readonly TitleCandidate[]): TitleCandidate[] {
  const seen = new Set<string>();
  const out: TitleCandidate[] = [];
  for (const t of titles) {
    if (seen.has(t.title)) continue;
    seen.add(t.title);
    out.push(t);
  }
  return out;
}
