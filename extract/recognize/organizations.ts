// Organizations in one stretch of text, by suffix grammar: a word ending in a body's suffix
// (局, 委员会, 公司, 大学; tables/organizations.ts) together with the name words before it
// (市 + 人社 + 局, 中国人民对外友好协会, 江苏省人民政府), plus names and abbreviations that carry
// no suffix (新华社, 国务院, 欧盟). The longest form as written is proposed; generic mentions
// (各级各部门, 市直有关部门, 该公司, 保险公司) are not. Proposes only; resolve/overlaps.ts decides.
import type { OrganizationCandidate, PlaceCandidate, RecognizeContext, TitleCandidate } from './types.ts';
import type { OrganizationKind } from '../../vocab/roles.ts';
import { segment, wordTag, type Token } from '../tables/jieba.ts';
import {
  BARE_SUFFIX_OK, GENERIC_HEADS, GENERIC_WORDS, ORG_NAMES, ORG_SUFFIXES, PLACE_LEVEL_CHARS,
} from '../tables/organizations.ts';
import { TITLE_HEADS, endsWithTitle } from '../tables/titles.ts';
import { recognizeTitles } from './titles.ts';

/** Tunables of the organization grammar. */
export const ORGANIZATION_DEFAULTS = {
  /** How many words of name may stand before the suffix word (中国 人民 对外 友好 协会). */
  maxNameTokens: 7,
  /** A one-word body more common than this is a common noun (公司, 部队, 干部), not a name. */
  maxSingleWordFreq: 1000,
} as const;

const LONGEST_SUFFIX = Math.max(...[...ORG_SUFFIXES.keys()].map((s) => s.length));
/** Last characters of the suffixes: most words end in none of them and are dismissed at once. */
const SUFFIX_LAST = new Set([...ORG_SUFFIXES.keys()].map((s) => s.charAt(s.length - 1)));

/** The longest listed suffix the word ends with, or ''. */
function suffixOf(word: string): string {
  if (!SUFFIX_LAST.has(word.charAt(word.length - 1))) return '';
  for (let k = Math.max(0, word.length - LONGEST_SUFFIX); k < word.length; k++) {
    const s = word.slice(k);
    if (ORG_SUFFIXES.has(s)) return s;
  }
  return '';
}

/** Kind of an organization name: listed names first, then the longest listed ending. */
export function organizationKind(name: string): OrganizationKind {
  const listed = ORG_NAMES.get(name);
  if (listed) return listed;
  for (let k = 0; k < name.length; k++) {
    const kind = ORG_SUFFIXES.get(name.slice(k));
    if (kind) return kind;
  }
  return 'other';
}

/** Tags of nouns and names: the words a name is made of. */
const NOMINAL_TAGS: ReadonlySet<string> = new Set(['n', 'ns', 'nt', 'nz', 'nrt', 'nr', 'nrfg', 'j', 'x', 'vn', 'an', 'l', 'b', 'ng', 's', 'zg']);
/** Tags that make a word proper (a name, not a description): 中国, 劳拉, 人社. Not nz: the dictionary gives it to 爱国主义 and 城市更新 too. */
const PROPER_TAGS: ReadonlySet<string> = new Set(['ns', 'nt', 'nrt', 'nr', 'nrfg', 'j', 'x']);

/**
 * Words the dictionary tags as nouns that still end a name going leftwards, because they say
 * what happens or who speaks, not who the body is (经 in 经海口市中级人民法院审理, 战胜 …队).
 */
const NOT_NAME_PART: ReadonlySet<string> = new Set([
  '记者', '会议', '问题', '情况', '时候', '方面', '领导', '同志', '人员', '负责人', '活动', '要求', '精神',
  '讯', '本报讯', '消息', '报道', '日电', '电', '经', '图', '文', '摄', '东道主', '荣获', '原', '前', '依托', '赋予', '行使', '谋划', '深化', '加强',
  '全面', '决策', '围绕', '关联', '高质量', '依法', '推进', '推动', '落实', '贯彻', '开展', '组织', '支持', '成立', '召开', '战胜', '击败', '负于', '破例', '被选为', '通知', '书面', '宣传', '纪念',
  '举办', '主办', '承办', '协办', '来自', '代表', '成员', '会员', '主任', '书记', '局长', '市长', '县长', '区长', '部长',
  '时期', '年代', '世纪', '地区', '东部', '西部', '南部', '北部', '中部', '内部', '今年', '去年', '明年', '目前',
]);

function isHanWord(word: string): boolean {
  const c = word.charCodeAt(0);
  return c >= 0x4e00 && c <= 0x9fff;
}

function isNamePart(tok: Token | undefined): boolean {
  if (!tok || !isHanWord(tok.word) || GENERIC_WORDS.has(tok.word) || NOT_NAME_PART.has(tok.word) || TITLE_HEADS.has(tok.word)) return false;
  return NOMINAL_TAGS.has(tok.tag) || ORG_NAMES.has(tok.word);
}

/** A word the dictionary knows as a name of a place, body or person (智利, 劳拉), or a listed body. */
function isProperWord(word: string): boolean {
  const tag = wordTag(word);
  return ORG_NAMES.has(word) || (tag !== undefined && PROPER_TAGS.has(tag) && tag !== 'x');
}

/** 市, 县, 区, 省 standing for the page's own place (市人社局); 村 and 镇 alone name no body (村党支部). */
function isPlaceLevelChar(word: string): boolean {
  return word === '市' || word === '县' || word === '区' || word === '省';
}

/** Whether a word opens with a place or body the dictionary knows (中国 in 中国女, 美国 in 美国国务院). */
function opensWithProper(word: string): boolean {
  for (let k = Math.min(word.length, 5); k >= 2; k--) if (isProperWord(word.slice(0, k))) return true;
  return false;
}

/** Everyday words the dictionary tags as places: they do not make a name proper (城市更新示范区). */
const COMMON_PLACE_WORDS: ReadonlySet<string> = new Set([
  '城市', '城镇', '山区', '农村', '乡村', '城乡', '海洋', '外国', '大国', '全国', '国内', '国外', '海外', '当地', '各地', '地方', '基层',
  '社区', '街道', '乡镇', '边疆', '沿海', '内地',
]);

function isProper(tok: Token | undefined): boolean {
  if (!tok || COMMON_PLACE_WORDS.has(tok.word)) return false;
  if (tok.tag === 'j') return !ORG_SUFFIXES.has(tok.word); // 人社局 names a body; 党支部 is any branch
  return PROPER_TAGS.has(tok.tag) || ORG_NAMES.has(tok.word) || isPlaceLevelChar(tok.word) || PLACE_NAME.test(tok.word);
}

/** Words that are place names by their ending even when tagged as nouns: 周口市, 西华县. */
const PLACE_NAME = /^[\u4e00-\u9fff]{2,6}[省市县区州]$/;

/** Endings of company names made of a trade name and the trade: 普善药业, 耕德电子. */
const COMPANY_TRADES_LIST = [
  '科技', '电子', '药业', '制药', '生物', '重工', '通讯', '实业', '置业', '地产', '股份', '控股', '化工', '电气', '传媒', '食品', '电器',
];
const COMPANY_TRADES: ReadonlySet<string> = new Set(COMPANY_TRADES_LIST);

function isTradeNameChar(tok: Token | undefined): boolean {
  return tok !== undefined && tok.word.length === 1 && isHanWord(tok.word) && !FUNCTION_TAGS_ORG.has(tok.tag) && !GENERIC_WORDS.has(tok.word);
}

const FUNCTION_TAGS_ORG: ReadonlySet<string> = new Set(['p', 'c', 'u', 'uj', 'ul', 'r', 'm', 'q', 'f', 'y', 'd']);

const PERSON_TAGS: ReadonlySet<string> = new Set(['nr', 'nrfg']);
/** Company endings, whose trade names often read like personal names (金丹科技, 凯旺电子). */
const COMPANY_HEADS: ReadonlySet<string> = new Set([...COMPANY_TRADES_LIST, '公司', '集团', '有限公司', '股份有限公司', '有限责任公司']);

function isBodyWord(tok: Token | undefined): boolean {
  if (!tok) return false;
  const sfx = suffixOf(tok.word);
  return ORG_NAMES.has(tok.word) || (sfx !== '' && suffixFit(tok, sfx) === 2);
}

/** Tags of the words that may continue a name to the right (not verbs: 市社科联组织专家 …). */
const RIGHT_TAGS: ReadonlySet<string> = new Set(['n', 'nt', 'nz', 'j', 'x', 'ns', 'l']);

/** Openings that make a word generic: 各级党委, 有关部门, 该公司, 普通高校. */
const GENERIC_OPENINGS = /^(各|有关|相关|该|本|此|这|那|其|全市|全省|全县|全区|全镇|全乡|全村|全体|每|某|普通|一般|基层|下属|上级|所属|直属|国家级|省级|市级|县级|两|几|多)/;

function startsGeneric(word: string): boolean {
  return word.length > 2 && GENERIC_OPENINGS.test(word);
}

/** Single words ending in a suffix that are common nouns even below the frequency bar. */
const COMMON_NOUNS: ReadonlySet<string> = new Set([
  '报社', '女队', '男队', '法院', '医院', '学校', '基地', '政府', '公司', '集团', '银行', '中心', '大学', '学院', '中学', '小学',
  '委员会', '协会', '学会', '工会', '党委', '党组', '支部', '企业', '国家队', '球队', '车队', '团队', '本部', '总部', '干部',
  '部队', '军队', '开发区', '科室', '组织', '同盟', '联盟', '游击队', '党组织', '团组织', '执政党', '反对党', '在野党', '政党',
  '全党', '入党', '建党', '大学生', '中学生', '小学生', '人民政府', '地方政府', '中央政府', '联邦政府', '临时政府', '新政府',
  '理事会', '组委会', '筹委会', '办公室', '代表团', '公安局', '派出所', '检察院', '研究所', '研究院', '研究室', '实验室',
  '出版社', '电视台', '通讯社', '合作社', '俱乐部', '领导小组', '工作组', '指挥部', '管委会', '服务中心', '总公司', '分公司',
  '有限公司', '幼儿园', '博物馆', '图书馆', '纪念馆', '体育馆', '国会', '议会', '内阁', '海关', '监狱', '大使馆', '使馆',
]);

/**
 * Organizations named in the text, the longest form as written, sorted by offset. `place` is the
 * place the name opens with (淮阳区 in 淮阳区委), or the home city for a bare 市 (市人社局).
 */
export function recognizeOrganizations(
  text: string, context: RecognizeContext, places: readonly PlaceCandidate[] = [],
): OrganizationCandidate[] {
  const tokens = segment(text);
  const out: OrganizationCandidate[] = [];
  const inPlace = (tok: Token): boolean => places.some((p) => p.start <= tok.start && tok.end <= p.end);
  for (let t = 0; t < tokens.length; t++) {
    const tok = tokens[t];
    if (!tok || !isHanWord(tok.word)) continue;
    const word = tok.word;
    const listed = ORG_NAMES.has(word);
    const suffix = listed ? '' : suffixOf(word);
    const dictionary = !listed && !suffix && tok.tag === 'nt' && isDictionaryBody(word);
    if (!listed && !suffix && !dictionary) continue;
    const fit = listed || dictionary ? 2 : suffixFit(tok, suffix);
    if (fit === 0 || startsGeneric(word)) continue;
    // Extend leftwards over name words: 市/人/社 + 局, 中国 + 女队, 江苏省 + 人民政府. A listed
    // body (人大, 国务院) takes only places and proper names in front: 全国人大, not 赋予人大.
    let s = t;
    // 党组织 is tagged as a name but is any party organization: a common noun gives no name.
    let proper = (listed || dictionary || (isProper(tok) && !COMMON_NOUNS.has(word))) && word.length > suffix.length;
    let properBeyondPlace = proper && tok.tag !== 'ns';
    while (s > 0 && t - s < ORGANIZATION_DEFAULTS.maxNameTokens) {
      const prev = tokens[s - 1];
      if (!prev) break;
      const before = tokens[s - 2];
      // A verb or adjective inside a name (中国文化扶贫委员会, 周口市大数据产业园) needs name words on both sides.
      // (A verb only in the names of associations and offices, and right before the ending: 扶贫 + 委员会.)
      // Up to two verbs (市群众来访接待中心, 隧道设备制造有限公司) after a plain noun or 市/县.
      const verbs = t - s;
      const nounBefore = (x: Token | undefined): boolean => x !== undefined && !NOT_NAME_PART.has(x.word) &&
        ((x.word.length >= 2 && isNamePart(x) && !isBodyWord(x)) || isPlaceLevelChar(x.word) || (x.tag === 'v' && x.word.length === 2 && verbs === 0));
      const inner = !NOT_NAME_PART.has(prev.word) &&
        ((prev.tag === 'v' && prev.word.length === 2 && verbs <= 1 && VERB_NAMED_HEADS.has(suffix) &&
          (nounBefore(before) || (before?.tag === 'v' && nounBefore(tokens[s - 3])))) ||
          (prev.tag === 'a' && prev.word.length === 1 && before !== undefined && before.word.length >= 2 && isNamePart(before)));
      if (endsWithTitle(prev.word)) break; // 宣传部长王少青通报中心: a title ends whatever name there was
      // 区委, 县政府 open with a place-level character; the word before them is the place (牧野 + 区委).
      const placeName = listed && s === t && isPlaceLevelChar(word.charAt(0)) && prev.word.length >= 2 && prev.word.length <= 4 && isNamePart(prev);
      // 党史和地方志研究室, 住房和城乡建设局: 和 joins two fields of one body, not two bodies.
      const joined = prev.word === '和' && s < t && before !== undefined && isNamePart(before) && !isBodyWord(before) &&
        before.tag !== 'ns' && !inPlace(before) &&
        !isBodyWord(tokens[s]) && AND_NAMED_HEADS.has(suffix);
      // A place the gazetteer found is a name part whatever the segmenter tagged it (大连/d + 化工集团公司).
      const place = inPlace(prev) && isHanWord(prev.word);
      if (!(isNamePart(prev) || inner || joined || place) || (listed && s === t && !isProper(prev) && !placeName && !place)) break;
      s--;
      // A person's name before a generic ending is the person's (刘延宇办公室), not a body's name.
      // 健力宝 + 队, 海狮 + 队: a brand or nickname the dictionary knows names the team.
      const teamName = word === '队' && s === t - 1 && prev.tag === 'nz';
      if ((isProper(prev) && (!PERSON_TAGS.has(prev.tag) || COMPANY_HEADS.has(suffix))) || inPlace(prev) || teamName) {
        proper = true;
        if (prev.tag !== 'ns' && !isPlaceLevelChar(prev.word) && !inPlace(prev) && !PLACE_NAME.test(prev.word)) properBeyondPlace = true;
      }
    }
    while (s < t && !isNamePart(tokens[s]) && !(tokens[s] !== undefined && inPlace(tokens[s]!))) s++; // never open on the inner verb itself
    // 投资建设西华经开区: descriptive words in front of a proper name are not part of the name.
    if (proper) {
      let k = s;
      while (k < t && !isProper(tokens[k]) && DESCRIPTIVE_TAGS.has(tokens[k]?.tag ?? '')) k++;
      if (k < t && isProper(tokens[k])) s = k;
    }
    // A trade name (普善药业, 耕德电子) is one or two characters of any kind after a boundary.
    if (t - s <= 2 && COMPANY_TRADES.has(suffix) && word === suffix && tokens.slice(s, t).every((x) => x.word.length === 1)) {
      let k = t;
      while (k > 0 && t - k < 2 && isTradeNameChar(tokens[k - 1])) k--;
      const before = tokens[k - 1];
      // Two characters make a trade name (普善, 凯旺); one (强 in 科技强市) is too little to tell.
      if (t - k === 2 && (!before || !isHanWord(before.word) || before.tag === 'v' || before.tag === 'p')) {
        s = k;
        proper = properBeyondPlace = true;
      }
    }
    // Keep going right while the next word is another body or unit: 市委 + 常委会, 民政部社会组织 + 管理局.
    let e = t;
    let head = suffix || word;
    for (;;) {
      const next = tokens[e + 1];
      if (!next || !isHanWord(next.word) || TITLE_HEADS.has(next.word) || !RIGHT_TAGS.has(next.tag)) break;
      const nextSuffix = suffixOf(next.word);
      const unit = nextSuffix !== '' && next.word !== '组织' &&
        (next.word === nextSuffix || (suffixFit(next, nextSuffix) === 2 && !COMMON_NOUNS.has(next.word)));
      if (!unit && !ORG_NAMES.has(next.word)) break;
      // 市商务局党组书记: the 党组 belongs to the title that follows.
      const after = tokens[e + 2];
      if (after && PARTY_UNITS.has(next.word) && (TITLE_HEADS.has(after.word) || after.word === '书记')) break;
      e++;
      head = nextSuffix || next.word;
    }
    // A place just before the name opens it: 临蔡镇 + 鸽子养殖产业园.
    let start = tokens[s]?.start ?? tok.start;
    const nameEnd = tokens[e]?.end ?? tok.end;
    const place = places.find((p) => p.start < start && p.end >= start && p.end < nameEnd && p.end - p.start >= 2);
    if (place) {
      start = place.start;
      proper = true;
    }
    if (s === t && e === t && !place) {
      // One word: a listed name, a dictionary organization, or a specific body (宣传部, 教育局).
      const generic = GENERIC_HEADS.has(suffix);
      const ok = listed || BARE_SUFFIX_OK.has(word) || (word === suffix && word.length >= 3 && !COMMON_NOUNS.has(word) && !generic) ||
        (dictionary && !generic) ||
        // 全兴队, 八一队: a team the dictionary lists by name.
        (tok.tag === 'nt' && suffix === '队' && !COMMON_NOUNS.has(word)) ||
        // 中国人民对外友好协会, 中国女队: a dictionary body with a long name or a place before its ending.
        (tok.tag === 'nt' && (word.length - suffix.length >= 4 || opensWithProper(word.slice(0, word.length - suffix.length)))) ||
        (fit === 2 && !COMMON_NOUNS.has(word) && word.length > suffix.length && !generic &&
          (tok.tag === 'nt' || tok.freq < ORGANIZATION_DEFAULTS.maxSingleWordFreq)) ||
        // 智利队, 中国女队 written as one word: the part before the ending is a name.
        (word.length > suffix.length && !COMMON_NOUNS.has(word) && isProperWord(word.slice(0, word.length - suffix.length)));
      if (!ok) continue;
    } else if (fit === 1 && (!proper || isBodyWord(tokens[t - 1]))) {
      continue; // 女队, 男队 need a name before them (印尼女队), and one that is not itself a body
    } else if (GENERIC_HEADS.has(head) &&
      !(properBeyondPlace || (proper && (!DESCRIPTOR_HEADS.has(head) ||
        ((e - s >= 2 || (e === t && word.length > suffix.length + 1)) && !STRONG_DESCRIPTORS.has(head)))))) {
      // 保险公司, 乡镇企业, 中国企业: a description of a kind of body, not the name of one.
      continue;
    }
    const end = tokens[e]?.end ?? tok.end;
    // 围绕镇党委中心工作: 中心 before 工作 or 任务 is "central", not a centre.
    if (head === '中心' && /^(工作|任务|环节|位置|地位)/.test(tokens[e + 1]?.word ?? '')) continue;
    if (end - start >= 2) out.push(candidate(text, tokens, start, end, context));
    t = e;
  }
  // 《经济周刊》, 《新皇冠报》: a periodical named in a book title is a media body whatever its name.
  for (let open = text.indexOf('《'); open >= 0; open = text.indexOf('《', open + 1)) {
    const close = text.indexOf('》', open + 1);
    if (close < 0) break;
    const name = text.slice(open + 1, close);
    if (name.length >= 2 && name.length <= PERIODICAL_MAX && PERIODICAL.test(name)) out.push(candidate(text, tokens, open + 1, close, context));
  }
  for (const title of recognizeTitles(text, context)) {
    const span = organizationInTitle(title);
    if (span && isNamedBody(tokens, title.start, title.start + span)) out.push(candidate(text, tokens, title.start, title.start + span, context));
  }
  return dropContained(out);
}

/** Endings of periodicals' names, which 《》 marks as names: 人民日报, 经济周刊, 读者文摘 is not one. */
const PERIODICAL = /^[^，。、《“”]*[^，。、《“”\s](日报|晚报|时报|画报|周报|报|周刊|月刊|杂志|新闻)$/;
const PERIODICAL_MAX = 12;

/**
 * Heads that after a bare place describe rather than name (中国企业, 美国公司); a team or a
 * government after a place is that place's (中国队).
 */
const DESCRIPTOR_HEADS: ReadonlySet<string> = new Set(['企业', '公司', '组织', '机构', '工厂', '厂', '部队', '干部', '党', '集团', '中心', '基地']);
/** Of those, the ones that stay descriptions however many words stand before them (河南省创新型试点企业). */
const STRONG_DESCRIPTORS: ReadonlySet<string> = new Set(['企业', '组织', '机构', '部队', '干部', '党', '基地']);

/** Last characters of dictionary organizations that carry no listed suffix: 中国足协, 国际足联, 中兴通讯. */
const DICTIONARY_BODY_LAST = new Set('协联篮排讯航社盟党团署办委院组局部行司所校厂馆台报刊军会');
/** Dictionary organizations that are gatherings or fields, not bodies. */
const NOT_DICTIONARY_BODIES = /(音乐会|运动会|全会|大会|年会|联欢会|研讨会|代会|关系|学|化)$/;

function isDictionaryBody(word: string): boolean {
  return word.length >= 3 && DICTIONARY_BODY_LAST.has(word.charAt(word.length - 1)) && !NOT_DICTIONARY_BODIES.test(word);
}

/** Tags of words that describe rather than name when they open a name (投资, 建设, 着力, 打造). */
const DESCRIPTIVE_TAGS: ReadonlySet<string> = new Set(['v', 'vn', 'a', 'ad', 'an', 'd', 'l', 'i']);

/**
 * Whether [start, end) names a body rather than describes one: no generic word in it
 * (压实乡镇党委, 村党支部), and a proper word when its ending is generic (党委, 企业).
 */
function isNamedBody(tokens: readonly Token[], start: number, end: number): boolean {
  let proper = false;
  let last: Token | undefined;
  for (const tok of tokens) {
    if (tok.end <= start) continue;
    if (tok.start >= end) break;
    if (GENERIC_WORDS.has(tok.word) || NOT_NAME_PART.has(tok.word) || startsGeneric(tok.word)) return false;
    if (tok.start === start && DESCRIPTIVE_TAGS.has(tok.tag) && tok.end < end) return false;
    if (isProper(tok) || ORG_NAMES.has(tok.word)) proper = true;
    last = tok;
  }
  if (!last || (last.start <= start && COMMON_NOUNS.has(last.word))) return false; // 党组织书记: any party organization
  const head = suffixOf(last.word);
  return proper || !GENERIC_HEADS.has(head);
}

/** Title heads made of a body's last character and 长: 外交部长 names 外交部, 泰中友协会长 names 泰中友协会. */
const BODY_CHIEFS = new Set(['部长', '局长', '厅长', '会长', '社长', '院长', '校长', '所长', '台长', '行长', '团长', '处长', '署长']);

/**
 * Length of the body a title names at its start (市委 in 市委书记, 外交部 in 外交部长), or 0.
 * Only bodies the grammar recognizes as such: 国家 in 国家主席 is not one.
 */
function organizationInTitle(title: TitleCandidate): number {
  const org = title.organization?.replace(/(常务副|副|总|候补|执行)$/, '') ?? null;
  if (!org || org.startsWith('副')) return 0;
  const head = title.title.slice(org.length);
  if (BODY_CHIEFS.has(head) || BODY_CHIEFS.has(head.replace(/^副/, ''))) {
    // 外交部长 names 外交部; 中央银行行长 and 研究所所长 name a body that already has its ending.
    if (head.startsWith('副') || ORG_NAMES.has(org) || suffixOf(org) !== '') return ORG_NAMES.has(org) || suffixOf(org) ? org.length : 0;
    return org.length + 1;
  }
  return ORG_NAMES.has(org) || (suffixOf(org) !== '' && org.length > suffixOf(org).length) ? org.length : 0;
}

function candidate(text: string, tokens: readonly Token[], start: number, end: number, context: RecognizeContext): OrganizationCandidate {
  const name = text.slice(start, end);
  let first = 0;
  while (first + 1 < tokens.length && (tokens[first]?.end ?? 0) <= start) first++;
  return { kind: 'organization', start, end, text: name, name, orgKind: organizationKind(name), place: placeOf(name, tokens, first, context) };
}


/**
 * Whether a word ending in a suffix can end a body's name: 0 no, 1 only after a proper name
 * (女队 in 印尼女队), 2 yes.
 */
function suffixFit(tok: Token, suffix: string): 0 | 1 | 2 {
  const w = tok.word;
  if (TITLE_HEADS.has(w) || NOT_BODIES.has(w) || NOT_BODY_ENDINGS.test(w)) return 0; // 政委, 常委: positions, not bodies
  if (tok.tag === 'nt' || tok.tag === 'j' || BARE_SUFFIX_OK.has(w)) return 2;
  if (!NOMINAL_TAGS.has(tok.tag)) return 0; // 查处, 主办, 进军, 组织 (the verb)
  if (w === suffix) return 2; // the suffix alone: 局 after 市/人/社
  // 肺部, 战局, 一站: a one-character ending inside a two-character common word.
  // 教委, 计委, 体委: an abbreviated commission (positions such as 常委 are titles, caught above).
  if (suffix.length === 1 && w.length === 2) return suffix === '队' ? 1 : suffix === '委' ? 2 : 0;
  return 2;
}

/** Endings of words that end in a body's suffix without being bodies: 村干部, 决策部署, 从严治党. */
const NOT_BODY_ENDINGS = /([东西南北中][东西南北]?部|干部|部署|布局|格局|大局|治党|建党|入党|管党|团队|代会|两委|两院|组队|带队|排队|归队|入队|军队|部队|^球队|高科技|结合部)$/;

/** Endings of names that may hold a verb (中国文化扶贫委员会, 旅游专项治理办公室). */
const VERB_NAMED_HEADS: ReadonlySet<string> = new Set([
  '委员会', '协会', '学会', '研究会', '促进会', '基金会', '联合会', '总会', '办公室', '领导小组', '工作组', '中心', '服务中心', '指挥部',
  '公司', '有限公司', '有限责任公司', '股份有限公司', '集团', '局', '管理局', '署',
]);

/** Endings of names that may join two fields with 和 (党史和地方志研究室, 住房和城乡建设局). */
const AND_NAMED_HEADS: ReadonlySet<string> = new Set(['研究室', '研究所', '研究院', '局', '厅', '部', '委', '委员会', '办公室', '中心', '学院', '系']);

/** Party units written between a body and a title: 市商务局 + 党组 + 书记. */
const PARTY_UNITS: ReadonlySet<string> = new Set(['党组', '党委', '党工委', '党支部', '支部', '总支', '党总支']);

/** Words that end in a body's suffix and name people or parts, never bodies. */
const NOT_BODIES: ReadonlySet<string> = new Set([
  '干部', '内部', '外部', '全部', '局部', '布局', '格局', '结局', '大局', '中部', '东部', '西部', '南部', '北部', '头部', '腹部',
  '肺部', '面部', '脑部', '胸部', '底部', '顶部', '背部', '足部', '口部', '各部', '本部', '支部书记',
]);

/** The place an organization's name opens with, when it names one. */
function placeOf(name: string, tokens: readonly Token[], first: number, context: RecognizeContext): string | null {
  const lead = name.charAt(0);
  const tok = tokens[first];
  if (PLACE_LEVEL_CHARS.has(lead) && (!tok || tok.word.length === 1 || tok.word === name.slice(0, 2))) {
    if (lead === '市') return context.homeCity;
    if (lead === '省') return context.homeProvince;
    return null;
  }
  if (tok && tok.word.length < name.length && (tok.tag === 'ns' || (tok.word.length >= 2 && PLACE_LEVEL_CHARS.has(tok.word.charAt(tok.word.length - 1))))) {
    return tok.word;
  }
  // 淮阳区委: the place ends where the level character does.
  const m = /^[\u4e00-\u9fff]{1,6}?[省市县区镇乡村]/.exec(name);
  return m && m[0].length >= 2 && m[0].length < name.length ? m[0] : null;
}

/** Proposals inside a longer proposal are the same body written partly; keep the longest. */
function dropContained(list: OrganizationCandidate[]): OrganizationCandidate[] {
  const sorted = [...list].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: OrganizationCandidate[] = [];
  let reach = -1;
  for (const c of sorted) {
    if (c.end <= reach) continue;
    out.push(c);
    reach = Math.max(reach, c.end);
  }
  return out;
}
