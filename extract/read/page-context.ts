// What a page says about itself: its date and its newspaper's home city.
//
// Date. A masthead line (2023年11月3日 星期五) gives the day the page came out. Without one, the
// page's reports give the days they cover in their leads (本报讯 11月3日, 新华社北京11月3日电, a
// caption's 11月2日); the latest of them is the page's date, written --MM-DD unless a lead or the
// masthead gives the year. Each article's lead is then placed against both (normalize/date.ts).
//
// Home city: the city 我市, 市委, 市长 refer to. A city paper names its own city more than any
// other, often in set phrases (建设现代化周口, 新乡市委), and names the city's counties and
// districts more still (淮阳区, 郸城县 for 周口). Each full-name mention of a city counts 2, a
// short name (周口) 1, a set phrase 2 more, and each mention of a Henan county 1 for its city; the
// city with the clear best score of at least 3 wins, on pages that speak of a city of their own
// (我市, 市委, 全市) at all. A caller's --home overrides it.
import type { DatedArticle, Page, SentencedPage } from '../page.ts';
import { dateParts, isoDate, resolveDate, type DateParts } from '../normalize/date.ts';
import { warning, type Note } from '../warnings.ts';
import { CITIES_BY_PROVINCE, HENAN_COUNTIES } from './cities.ts';

export interface ContextOptions {
  /** The home city as the caller knows it (--home): 周口市 or 周口. Null or absent: infer it. */
  readonly home?: string | null;
}

export interface HomeCity {
  readonly city: string;
  readonly province: string | null;
}

interface Entry {
  readonly surface: string;
  readonly city: string;
  readonly kind: 'full' | 'short' | 'county';
}

interface Index {
  /** Entries by the code of their first character, longest first. */
  readonly byFirst: ReadonlyMap<number, readonly Entry[]>;
  readonly province: ReadonlyMap<string, string>;
  readonly byName: ReadonlyMap<string, string>;
}

let index: Index | null = null;

function cityIndex(): Index {
  if (index) return index;
  const entries: Entry[] = [];
  const province = new Map<string, string>();
  const byName = new Map<string, string>();
  for (const [prov, list] of Object.entries(CITIES_BY_PROVINCE)) {
    for (const city of list.split(' ')) {
      province.set(city, prov);
      byName.set(city, city);
      entries.push({ surface: city, city, kind: 'full' });
      const short = city.replace(/市$/u, '');
      if (short.length >= 2 && short !== city) {
        byName.set(short, city);
        entries.push({ surface: short, city, kind: 'short' });
      }
    }
  }
  for (const [city, list] of Object.entries(HENAN_COUNTIES)) {
    // Two-character names (新县, 息县) hide inside ordinary words (创新县域); only longer ones vote.
    for (const county of list.split(' ')) if (county.length >= 3) entries.push({ surface: county, city, kind: 'county' });
  }
  const byFirst = new Map<number, Entry[]>();
  for (const e of entries) {
    const first = e.surface.charCodeAt(0);
    byFirst.set(first, [...(byFirst.get(first) ?? []), e]);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.surface.length - a.surface.length);
  index = { byFirst, province, byName };
  return index;
}

/** A city by its full or short name, with its province; null when it is no city of the table. */
export function findCity(name: string): HomeCity | null {
  const { byName, province } = cityIndex();
  const city = byName.get(name.trim());
  return city ? { city, province: province.get(city) ?? null } : null;
}

const OWN_CITY_WORDS = /我市|市委|市政府|全市|市长|市人大/u;
const PHRASE_BEFORE = /(?:现代化|建设|我们|奋力|出彩|美丽|魅力|重振)$/u;
const PHRASE_AFTER_FULL = /^(?:委|政府|人民政府|人大|政协|大地)/u;
const PHRASE_AFTER_SHORT = /^(?:市委|市政府|大地|日报|晚报|人民|市民|辉煌)/u;

/** Scores of the cities a text names; see the header. */
export function scoreCities(text: string): Map<string, number> {
  const { byFirst } = cityIndex();
  const scores = new Map<string, number>();
  for (let i = 0; i < text.length; ) {
    const code = text.charCodeAt(i);
    const candidates = code >= 0x4e00 ? byFirst.get(code) : undefined;
    let match: Entry | undefined;
    if (candidates) {
      for (const e of candidates) {
        if (text.startsWith(e.surface, i)) {
          match = e;
          break;
        }
      }
    }
    if (!match) {
      i++;
      continue;
    }
    const end = i + match.surface.length;
    const after = text.slice(end, end + 4);
    let points = 0;
    if (match.kind === 'county') points = 1;
    else if (match.kind === 'full') points = 2 + (PHRASE_AFTER_FULL.test(after) ? 2 : 0);
    else if (!/^[省市]/u.test(after)) points = 1 + (PHRASE_AFTER_SHORT.test(after) ? 2 : 0);
    if (match.kind !== 'county' && points > 0 && PHRASE_BEFORE.test(text.slice(Math.max(0, i - 4), i))) points += 2;
    if (points > 0) scores.set(match.city, (scores.get(match.city) ?? 0) + points);
    i = end;
  }
  return scores;
}

/** The city a page's text speaks of as its own, or null when no city clearly leads. */
export function inferHomeCity(text: string): HomeCity | null {
  if (!OWN_CITY_WORDS.test(text)) return null;
  const ranked = [...scoreCities(text)].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const [best, second] = ranked;
  if (!best || best[1] < 3 || (second && second[1] === best[1])) return null;
  return { city: best[0], province: cityIndex().province.get(best[0]) ?? null };
}

const MASTHEAD = /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*[（(]?\s*(?:星期|周)[一二三四五六日天]/u;

/** The publication date a masthead line gives: a short paragraph with a full date and a weekday. */
function mastheadDate(page: SentencedPage): string | null {
  for (const p of page.paragraphs) {
    if (p.end - p.start > 40) continue;
    const m = MASTHEAD.exec(page.text.slice(p.start, p.end));
    if (m) return isoDate({ year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) });
  }
  return null;
}

/** The latest day the articles' leads give; a year only when a lead writes one. */
function latestLead(page: SentencedPage): string | null {
  const days: DateParts[] = [];
  for (const a of page.articles) {
    const e = a.lead?.expression;
    if (e?.kind === 'calendar' && e.month !== null && e.day !== null) days.push({ year: e.year, month: e.month, day: e.day });
  }
  if (days.length === 0) return null;
  const key = (d: DateParts): number => (d.month ?? 0) * 100 + (d.day ?? 0);
  const keys = days.map(key);
  // Leads of a page span days, not months: one spanning December and January crosses the year.
  const wraps = keys.reduce((a, b) => Math.max(a, b)) - keys.reduce((a, b) => Math.min(a, b)) > 600;
  const shifted = (d: DateParts): number => key(d) + (wraps && key(d) < 700 ? 1200 : 0);
  const latest = days.reduce((a, b) => (shifted(b) > shifted(a) ? b : a));
  const year = latest.year ?? days.find((d) => key(d) === key(latest) && d.year !== null)?.year ?? null;
  return isoDate({ ...latest, year });
}

/** A yearless reported date takes the masthead's year, minding December pages read in January. */
function withYear(reported: string | null, published: string | null): string | null {
  const r = reported ? dateParts(reported) : null;
  const p = published ? dateParts(published) : null;
  if (!reported || !r || r.year !== null || !p || p.year === null || r.month === null || p.month === null) return reported;
  return isoDate({ ...r, year: r.month > p.month ? p.year - 1 : p.year });
}

/** The context stage: page date, home city, and each article's date. */
export function readPageContext(page: SentencedPage, options: ContextOptions = {}): Page {
  const notes: Note[] = [];
  const published = mastheadDate(page);
  const reported = withYear(latestLead(page), published);
  const date = published ?? reported;
  if (!date) notes.push(warning('no-date', page.doc));

  let home: HomeCity | null = null;
  let homeSource: Page['homeSource'] = null;
  const given = options.home?.trim();
  if (given) {
    home = findCity(given) ?? { city: given, province: null };
    homeSource = 'option';
    if (!findCity(given)) notes.push(warning('unknown-home-city', given));
  } else {
    home = inferHomeCity(page.text);
    if (home) homeSource = 'text';
    else notes.push(warning('no-home-city', page.doc));
  }

  const reference = { published, reported };
  const articles: DatedArticle[] = page.articles.map((a) => ({
    ...a,
    date: a.lead ? resolveDate(a.lead.expression, reference) : null,
  }));
  return {
    ...page,
    articles,
    date,
    published,
    reported,
    homeCity: home?.city ?? null,
    homeProvince: home?.province ?? null,
    homeSource,
    warnings: [...page.warnings, ...notes],
  };
}
