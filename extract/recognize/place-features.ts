// Place names the gazetteer cannot list, found around the places it does list and by their
// endings: a community written after its district (牧野区建东社区), names built on a place
// (郑州航空港, 洛阳机场, 马拉维湖), rivers, lakes, mountains and parks (贾鲁河, 人民公园), and
// quoted names of areas (“六尺巷”隋唐文化街区). Called by places.ts after the gazetteer names
// are chosen; each function marks what it takes in `taken`, so no two candidates overlap.
import type { Gazetteer, Place } from '../tables/gazetteer.ts';
import { isNameChar, mentionRuleOf, startsAtBoundary, suffixStartsWord } from '../tables/place-names.ts';
import type { PlaceCandidate } from './types.ts';

/** A gazetteer place chosen in the sentence, with its offsets. */
export interface PlaceAt {
  readonly start: number;
  readonly end: number;
  readonly place: Place;
}

/** Natural features named after a place: 马拉维湖, 昆仑山脉, 朝鲜半岛. */
const FEATURES_AFTER_PLACE = ['山脉', '半岛', '海峡', '盆地', '平原', '高原', '沙漠', '湖', '河', '山', '岛', '湾'];
/** Words a built name may end with after a known place: 洛阳机场, 郑州航空港, 郑州东站. */
const PLACE_FEATURE_WORDS = [
  '国际机场', '机场', '航空港', '高铁站', '火车站', '东站', '西站', '南站', '北站', '港区', '古城',
];
/** Words that end a named area or park; a few characters may stand between the place and them. */
const AREA_FEATURE_WORDS = ['湿地公园', '森林公园', '公园', '广场', '步行街', '街区', '风景区', '景区', '水库', '谷'];

// Descriptive words, not names: 城市公园, 幸福河, 金山银山, 母亲河.
const GENERIC_FEATURE_BASES = new Set((
  '城市 生态 湿地 森林 文化 主题 体育 儿童 市民 幸福 美丽 母亲 绿色 休闲 健康 滨河 滨江 滨湖 口袋 郊野 农业 地质 ' +
  '国家 省级 市级 县级 一座 这座 那座 一条 这条 那条 每条 各条 金山 银山 青山 绿水 江河 高山 大山 冰山 火山 矿山 ' +
  '名山 深山 靠山 江山 护城 运河 银河 星河 天河 山河 河山 人工 社区 小区 街心 游园 中心 综合 遗址 考古 湖泊 一座座 ' +
  '万里 千里 百里 一片 大江 长江 黄河 淮河 江湖 五湖 两岸 沿河 沿江 沿湖 环湖 环山 登山 上山 下山 开山 半山 ' +
  '一江 一河 一湖 一山 金融 科技 产业 创新 智慧 数字 工业 物流 商业 商务 旅游 文旅 红色 乡村 农村 城乡 全国 全省 全市'
).split(' '));

/** True when `after`, the character after a feature ending, is one of those that make it another word. */
function continuesWord(nextChars: string, after: string | undefined): boolean {
  return after !== undefined && nextChars.includes(after);
}

const FEATURE_GAP_MAX = 4;
const QUOTED_NAME_MAX = 8;

/**
 * A village or community written right after its town or county (牧野区建东社区, 丁集镇东街村)
 * is one even when the gazetteer, older than the paper, does not list it.
 */
export function findUnlistedVillages(text: string, chosen: readonly PlaceAt[], taken: Uint8Array, gazetteer: Gazetteer): PlaceCandidate[] {
  const out: PlaceCandidate[] = [];
  for (const c of chosen) {
    if (c.place.level !== 'county' && c.place.level !== 'town') continue;
    for (let len = 2; len <= UNLISTED_VILLAGE_BASE_MAX; len++) {
      if (!isNameChar(text[c.end + len - 1]) || taken[c.end + len - 1]) break;
      const suffix = ['村', '社区'].find((x) => text.startsWith(x, c.end + len));
      if (!suffix) continue;
      const end = c.end + len + suffix.length;
      const name = text.slice(c.end, end);
      if (taken.subarray(c.end, end).includes(1) || mentionRuleOf('village', name) === 'chained' || suffixStartsWord(text, end)) break;
      out.push({
        kind: 'place', start: c.end, end, text: name, name, level: 'village', code: null,
        parents: [c.place.name, ...gazetteer.parents(c.place).map((p) => p.name)],
      });
      taken.fill(1, c.end, end);
      break;
    }
  }
  return out;
}
const UNLISTED_VILLAGE_BASE_MAX = 4;

/**
 * Names built on a place just found: 郑州 + 航空港, 洛阳 + 机场, 马拉维 + 湖, 温州 + 地下商业 + 步行街.
 * The built name replaces the place it starts with; its parents are that place and its parents.
 */
export function buildFeatureNames(
  text: string, chosen: readonly PlaceAt[], taken: Uint8Array, gazetteer: Gazetteer,
): { candidates: PlaceCandidate[]; replaced: Set<number> } {
  const candidates: PlaceCandidate[] = [];
  const replaced = new Set<number>();
  for (const c of chosen) {
    const rest = text.slice(c.end, c.end + FEATURE_GAP_MAX + 4);
    let end = -1;
    for (const w of PLACE_FEATURE_WORDS) if (rest.startsWith(w)) { end = c.end + w.length; break; }
    if (end < 0 && (c.place.level === 'country' || c.place.level === 'city' || c.place.level === 'other')) {
      const w = FEATURES_AFTER_PLACE.find((x) => rest.startsWith(x));
      const next = NATURAL_ENDINGS.find((e) => e.suffix === w)?.next ?? '';
      if (w && !continuesWord(next, text[c.end + w.length])) end = c.end + w.length;
    }
    if (end < 0) end = areaFeatureEnd(text, c.end);
    if (end < 0) continue;
    if (taken.subarray(c.end, end).includes(1)) continue;
    taken.fill(1, c.start, end);
    replaced.add(c.start);
    candidates.push({
      kind: 'place', start: c.start, end, text: text.slice(c.start, end), name: text.slice(c.start, end), level: 'other', code: null,
      parents: [c.place.name, ...gazetteer.parents(c.place).map((p) => p.name)],
    });
  }
  return { candidates, replaced };
}

/** End of `[up to four name characters] + 公园/广场/步行街…` starting at `from`, or -1. */
function areaFeatureEnd(text: string, from: number): number {
  for (let gap = 0; gap <= FEATURE_GAP_MAX; gap++) {
    if (gap > 0 && !isNameChar(text[from + gap - 1])) return -1;
    for (const w of AREA_FEATURE_WORDS) if (text.startsWith(w, from + gap)) return from + gap + w.length;
  }
  return -1;
}

/**
 * Rivers, lakes, mountains and parks the gazetteer lacks: 贾鲁河, 人民公园, or a quoted name
 * with a description (“六尺巷”隋唐文化街区). The name must start right after a boundary (a
 * punctuation mark, a preposition, a conjunction), because nothing else says where it begins;
 * longer endings (公园) are tried before the one-character ones (山), so 紫荆山公园 stays whole.
 */
export function findNaturalFeatures(text: string, taken: Uint8Array): PlaceCandidate[] {
  const out: PlaceCandidate[] = [];
  const add = (start: number, end: number): void => {
    const name = text.slice(start, end);
    out.push({ kind: 'place', start, end, text: name, name, level: 'other', code: null, parents: [] });
    taken.fill(1, start, end);
  };
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '”' && !taken[i]) {
      const quoted = quotedFeature(text, i);
      if (quoted && !taken.subarray(quoted.start, quoted.end).includes(1)) add(quoted.start, quoted.end);
    }
  }
  for (const { suffix, baseMax, next } of NATURAL_ENDINGS) {
    for (let i = text.indexOf(suffix); i >= 0; i = text.indexOf(suffix, i + 1)) {
      const end = i + suffix.length;
      if (taken.subarray(i, end).includes(1) || continuesWord(next, text[end])) continue;
      const start = naturalStart(text, i, baseMax, suffix.length === 1, taken);
      if (start >= 0) add(start, end);
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * Endings of natural features and parks, the longest base each takes, and the characters that,
 * right after the ending, show it to be the first half of another word (山水, 河道, 湖泊, 河长).
 */
const NATURAL_ENDINGS: readonly { suffix: string; baseMax: number; next: string }[] = [
  { suffix: '湿地公园', baseMax: 4, next: '' },
  { suffix: '森林公园', baseMax: 4, next: '' },
  { suffix: '公园', baseMax: 4, next: '' },
  { suffix: '水库', baseMax: 3, next: '' },
  { suffix: '河', baseMax: 3, next: '流道南北湖长段床堤水网系' },
  { suffix: '江', baseMax: 3, next: '山河湖南北水面苏西' },
  { suffix: '湖', baseMax: 3, next: '泊南北水面区' },
  { suffix: '山', baseMax: 3, next: '水区地林村体头坡路歌羊寨货洞' },
  { suffix: '岛', baseMax: 3, next: '屿' },
];

/** Where the base of a feature ending at `suffixAt` starts, or -1 when no clean boundary is near. */
function naturalStart(text: string, suffixAt: number, baseMax: number, plain: boolean, taken: Uint8Array): number {
  for (let len = 1; len <= baseMax; len++) {
    const start = suffixAt - len;
    if (start < 0 || !isNameChar(text[start]) || taken[start]) return -1;
    if (len < 2) continue;
    if (!startsAtBoundary(text, start)) continue;
    const base = text.slice(start, suffixAt);
    if (GENERIC_FEATURE_BASES.has(base) || NOT_IN_NAME_BASE.test(base)) return -1;
    // 绿水青山, 金山银山: a one-character ending whose base holds another feature word is a phrase.
    if (plain && /[山水河江湖海]/u.test(base)) return -1;
    return start;
  }
  return -1;
}
const NOT_IN_NAME_BASE = /[一二三四五六七八九十百千万几多每各全本该这那此其个们我你他她它着过地得很更最]/u;

/** “X”Y街区: a quoted name with a two- to six-character description before an area word. */
function quotedFeature(text: string, closeAt: number): { start: number; end: number } | null {
  const open = text.lastIndexOf('“', closeAt);
  if (open < 0 || closeAt - open - 1 < 2 || closeAt - open - 1 > QUOTED_NAME_MAX) return null;
  for (let gap = 1; gap <= 6; gap++) {
    if (!isNameChar(text[closeAt + gap])) return null;
    if (gap < 2) continue;
    for (const w of AREA_FEATURE_WORDS) if (text.startsWith(w, closeAt + 1 + gap)) return { start: open, end: closeAt + 1 + gap + w.length };
  }
  return null;
}
