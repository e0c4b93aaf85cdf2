// The `searchText` property that the full-text index `entity_names` reads: name, aliases and,
// for short Chinese names, their pinyin spelled three ways (`zhang jian hui`, `zhangjianhui`,
// `zjh`), so a reader who types pinyin or initials finds 张建慧. Derived here, at load time,
// because a full-text index only sees stored strings and cannot compute pinyin itself.
import { pinyin } from 'pinyin-pro';

const HAN = /\p{Script=Han}/u;

/** Names longer than this are meeting or event titles: their pinyin would only add noise. */
const MAX_PINYIN_CHARS = 12;

/** pinyin-pro costs a few microseconds a call; names repeat a lot across articles. */
const cache = new Map<string, string>();
const CACHE_LIMIT = 50_000;

/** The pinyin spellings of one name, space separated; empty for names without Han characters. */
export function pinyinKeys(name: string, isPerson: boolean): string {
  if (!HAN.test(name) || name.length > MAX_PINYIN_CHARS) return '';
  const cacheKey = `${isPerson ? 'p' : 'o'}${name}`;
  const hit = cache.get(cacheKey);
  if (hit !== undefined) return hit;
  const syllables = pinyin(name, {
    toneType: 'none',
    type: 'array',
    // 单 in 单雄信 reads shan: the surname reading only applies to people.
    surname: isPerson ? 'head' : 'off',
    nonZh: 'removed',
  })
    .map((s) => s.toLowerCase().replace(/[^a-z]/gu, ''))
    .filter((s) => s.length > 0);
  const keys = syllables.length === 0
    ? ''
    : [syllables.join(' '), syllables.join(''), syllables.map((s) => s[0]).join('')].join(' ');
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(cacheKey, keys);
  return keys;
}

/** Tone marks and capitals off, so `Zhāng Jiànhuì` from the extractor matches `zhang jianhui`. */
export function plainPinyin(value: string): string {
  return value.normalize('NFD').replace(/\p{Mn}/gu, '').toLowerCase().replace(/[^a-z\s]/gu, ' ')
    .replace(/\s+/gu, ' ').trim();
}

/**
 * The pinyin part of searchText for an entity: derived from the name, plus the extractor's own
 * pinyin when it spells the name differently. Aliases are joined in Cypher, where the merged
 * alias list is known.
 */
export function searchKeys(name: string, isPerson: boolean, givenPinyin = ''): string {
  const given = plainPinyin(givenPinyin);
  const tokens = [...pinyinKeys(name, isPerson).split(' '), ...given.split(' '), given.replace(/\s+/gu, '')];
  // A bag of words for Lucene: repeating a token only skews scores.
  return [...new Set(tokens.filter((t) => t.length > 0))].join(' ');
}
