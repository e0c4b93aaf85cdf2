// The shared word segmenter and the lexicon behind it: one lazily created @node-rs/jieba instance
// with the bundled dictionary plus our user words, the same dictionary parsed once into a
// word → (frequency, tag) table, and character statistics for names derived from its `nr` words.
// Segmentation runs without HMM: unknown names then fall apart into single characters, which
// the person recognizer reassembles, instead of being glued to the next word (张建慧到).
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';
import { COMPOUND_SURNAMES, SINGLE_SURNAMES } from './surnames.ts';
import { KNOWN_ORGANIZATIONS } from './organizations.ts';

export interface Token {
  readonly word: string;
  readonly start: number;
  readonly end: number;
  /** Part-of-speech tag from the dictionary (nr, ns, nt, v, …); `x` for words it does not list. */
  readonly tag: string;
  /** Dictionary frequency; 0 for words it does not list. */
  readonly freq: number;
}

/**
 * Public figures the bundled dictionary files under other tags (周恩来 as a time word, 罗干 as
 * a place, 金正日 as a proper noun) or does not list; news names them without introduction.
 */
export const KNOWN_PERSONS: readonly string[] = (
  '毛泽东 周恩来 刘少奇 朱德 邓小平 陈云 江泽民 李鹏 乔石 朱镕基 李瑞环 胡锦涛 尉健行 李岚清 吴邦国 温家宝 贾庆林 曾庆红 ' +
  '吴官正 李长春 罗干 习近平 李克强 张德江 俞正声 刘云山 王岐山 张高丽 栗战书 汪洋 王沪宁 赵乐际 韩正 李强 蔡奇 丁薛祥 ' +
  '李希 钱其琛 唐家璇 迟浩田 张万年 荣毅仁 王兆国 彭珮云 何鲁丽 孙中山 鲁迅 郭沫若 茅盾 巴金 老舍 冰心 胡适 雷锋 焦裕禄 ' +
  '孔子 孟子 老子 庄子 李白 杜甫 白居易 苏轼 诸葛亮 曾国藩 林则徐 马克思 恩格斯 列宁 斯大林 金日成 金正日 金正恩 金大中 ' +
  '金泳三 卢武铉 叶利钦 普京 梅德韦杰夫 戈尔巴乔夫 克林顿 布什 奥巴马 特朗普 拜登 希拉里 布莱尔 科尔 施罗德 默克尔 希拉克 ' +
  '萨科齐 马克龙 阿拉法特 内塔尼亚胡 拉宾 穆巴拉克 萨达姆 卡斯特罗 曼德拉 安南 科菲·安南 加利 桥本龙太郎 小渊惠三 ' +
  '村山富市 安倍晋三 菅义伟 岸田文雄 甘地 尼赫鲁 纳尔逊·曼德拉 基辛格 尼克松 里根 撒切尔 马哈蒂尔 李光耀 苏哈托 西哈努克'
).split(' ');

/**
 * Words we add to the bundled dictionary, with the tag we give them. Only words whose absence
 * breaks segmentation or tagging; frequencies stay low so that a word like 市委常委 (listed
 * with frequency 3) never starts to swallow the 常委会 of 市委常委会. Lexicons that are not about
 * segmentation live in their own tables.
 */
const USER_WORDS: readonly (readonly [string, number, string])[] = [
  ['本报讯', 1000, 'nz'], ['本报记者', 1000, 'n'], ['发展中国家', 1000, 'n'], ['北京时间', 200, 't'], ['见习记者', 50, 'n'], ['市领导', 50, 'n'], ['县领导', 20, 'n'], ['区领导', 20, 'n'],
  // Short names of local bodies, newer than the dictionary: without them 卫健委 is 卫/健/委 and
  // 融媒体中心 loses its name part.
  ...'卫健委 人社局 教体局 网信办 发改委 住建局 住建委 经开区 创文 融媒体 市场监管局 应急管理局 自然资源局 文旅局 医保局 退役军人事务局 政数局 大数据局'
    .split(' ').map((w): readonly [string, number, string] => [w, 20, 'j']),
  ...KNOWN_PERSONS.map((name): readonly [string, number, string] => [name, 500, 'nr']),
  ...[...KNOWN_ORGANIZATIONS.keys()].map((name): readonly [string, number, string] => [name, 500, 'nt']),
];

let jieba: Jieba | null = null;

/** The shared Jieba instance (bundled dictionary plus USER_WORDS), created on first use. */
export function getJieba(): Jieba {
  if (!jieba) {
    jieba = Jieba.withDict(dict);
    jieba.loadDict(Buffer.from(USER_WORDS.map(([w, f, t]) => `${w} ${f} ${t}`).join('\n')));
  }
  return jieba;
}

// Tags are few; a word's entry packs frequency and tag index into one number to keep 350k entries small.
const TAGS: string[] = [];
const TAG_INDEX = new Map<string, number>();
const TAG_BITS = 64;

function tagIndex(tag: string): number {
  let i = TAG_INDEX.get(tag);
  if (i === undefined) {
    i = TAGS.length;
    TAGS.push(tag);
    TAG_INDEX.set(tag, i);
  }
  return i;
}

/** Character statistics for names, counted over the dictionary's person-name entries. */
export interface NameStatistics {
  /** How often a character is used at all: dictionary frequency summed over the words containing it. */
  readonly general: ReadonlyMap<string, number>;
  readonly generalTotal: number;
  /** Surname + given1 + given2 names: counts of each character as given1 and given2. */
  readonly given1: ReadonlyMap<string, number>;
  readonly given2: ReadonlyMap<string, number>;
  /** Two-character given names (建军, 海燕) and how many entries carry each. */
  readonly givenPairs: ReadonlyMap<string, number>;
  readonly threeCharNames: number;
  /** Surname + one given character names: counts of the given character. */
  readonly givenSingle: ReadonlyMap<string, number>;
  readonly twoCharNames: number;
  /** Counts of each surname opening a name entry. */
  readonly surname: ReadonlyMap<string, number>;
  /** Characters of transliterated foreign names (entries tagged nrt, and long nr entries without a Chinese surname). */
  readonly foreign: ReadonlyMap<string, number>;
  readonly foreignTotal: number;
}

interface Lexicon {
  readonly entries: Map<string, number>;
  /** Entries of one-character words by character code (-1 when unlisted): half the tokens of a text are one character, and an array read costs less than hashing a string. */
  readonly singles: Float64Array;
  readonly names: NameStatistics;
}

let lexicon: Lexicon | null = null;

/**
 * Last characters that mark a dictionary `nr` entry as a place, a kinship term or a form of
 * address mis-tagged as a name (丁家河, 丁大哥, 丁先生): kept out of the name statistics.
 */
const NOT_NAME_ENDINGS = new Set('县镇村乡市区省州寺府殿宫年爷哥姐叔伯嫂婶氏某们侯帝后妃娘婆的了是在和着过说道');

function bump(map: Map<string, number>, key: string, by = 1): void {
  map.set(key, (map.get(key) ?? 0) + by);
}

function buildLexicon(): Lexicon {
  const entries = new Map<string, number>();
  const general = new Map<string, number>();
  const given1 = new Map<string, number>();
  const given2 = new Map<string, number>();
  const givenPairs = new Map<string, number>();
  const givenSingle = new Map<string, number>();
  const surname = new Map<string, number>();
  const foreign = new Map<string, number>();
  let generalTotal = 0;
  let threeCharNames = 0;
  let twoCharNames = 0;
  let foreignTotal = 0;
  const add = (word: string, freq: number, tag: string): void => {
    entries.set(word, freq * TAG_BITS + tagIndex(tag));
  };
  for (const line of Buffer.from(dict).toString('utf8').split('\n')) {
    const a = line.indexOf(' ');
    const b = line.indexOf(' ', a + 1);
    if (a <= 0 || b <= a) continue;
    const word = line.slice(0, a);
    const freq = Number(line.slice(a + 1, b));
    const tag = line.slice(b + 1).trim();
    add(word, freq, tag);
    for (const ch of word) bump(general, ch, freq);
    generalTotal += freq * word.length;
    if ((tag === 'nr' || tag === 'nrfg') && !NOT_NAME_ENDINGS.has(word.charAt(word.length - 1))) {
      const sur = COMPOUND_SURNAMES.has(word.slice(0, 2)) ? 2 : SINGLE_SURNAMES.has(word.charAt(0)) ? 1 : 0;
      const given = word.length - sur;
      if (sur > 0 && given === 2) {
        threeCharNames++;
        bump(surname, word.slice(0, sur));
        bump(given1, word.charAt(sur));
        bump(given2, word.charAt(sur + 1));
        bump(givenPairs, word.slice(sur));
      } else if (sur > 0 && given === 1) {
        twoCharNames++;
        bump(surname, word.slice(0, sur));
        bump(givenSingle, word.charAt(sur));
      } else if (sur === 0 && word.length >= 3) {
        for (const ch of word) bump(foreign, ch);
        foreignTotal += word.length;
      }
    } else if (tag === 'nrt' && word.length >= 2) {
      for (const ch of word) bump(foreign, ch);
      foreignTotal += word.length;
    }
  }
  for (const [w, f, t] of USER_WORDS) add(w, f, t);
  const singles = new Float64Array(65536).fill(-1);
  for (const [w, e] of entries) if (w.length === 1) singles[w.charCodeAt(0)] = e;
  return {
    entries,
    singles,
    names: { general, generalTotal, given1, given2, givenPairs, threeCharNames, givenSingle, twoCharNames, surname, foreign, foreignTotal },
  };
}

function getLexicon(): Lexicon {
  lexicon ??= buildLexicon();
  return lexicon;
}

/** The dictionary tag of a word (first listed), or undefined when the dictionary does not list it. */
export function wordTag(word: string): string | undefined {
  const e = getLexicon().entries.get(word);
  return e === undefined ? undefined : TAGS[e % TAG_BITS];
}

/** The dictionary frequency of a word, 0 when unlisted. */
export function wordFreq(word: string): number {
  const e = getLexicon().entries.get(word);
  return e === undefined ? 0 : Math.floor(e / TAG_BITS);
}

export function nameStatistics(): NameStatistics {
  return getLexicon().names;
}

// Recognizers of one sentence all segment it; the last few results are kept so that a sentence
// is cut once however many recognizers read it.
const CACHE_SIZE = 4;
const cacheKeys: string[] = [];
const cacheValues: (readonly Token[])[] = [];

/** Segments text into dictionary words (no HMM) with offsets, tags and frequencies. */
export function segment(text: string): readonly Token[] {
  for (let i = 0; i < cacheKeys.length; i++) if (cacheKeys[i] === text) return cacheValues[i] ?? [];
  const { entries, singles } = getLexicon();
  const words = getJieba().cut(text, false);
  const tokens: Token[] = new Array<Token>(words.length);
  let pos = 0;
  for (let i = 0; i < words.length; i++) {
    const word = words[i] ?? '';
    const packed = word.length === 1 ? (singles[word.charCodeAt(0)] ?? -1) : (entries.get(word) ?? -1);
    const e = packed < 0 ? undefined : packed;
    tokens[i] = {
      word,
      start: pos,
      end: pos + word.length,
      tag: e === undefined ? 'x' : (TAGS[e % TAG_BITS] ?? 'x'),
      freq: e === undefined ? 0 : Math.floor(e / TAG_BITS),
    };
    pos += word.length;
  }
  if (cacheKeys.length >= CACHE_SIZE) {
    cacheKeys.shift();
    cacheValues.shift();
  }
  cacheKeys.push(text);
  cacheValues.push(tokens);
  return tokens;
}
