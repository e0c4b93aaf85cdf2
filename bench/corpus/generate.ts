// The synthetic corpus, page by page: pages of a city paper with several articles each, and the
// Extraction of each page. A generator, so 10^5 articles stream through in constant memory.
import type { Extraction } from '../../vocab/extraction.ts';
import { loadCities, type GazetteerCity } from './gazetteer.ts';
import { PageBuilder } from './page-builder.ts';
import { Rng } from './prng.ts';
import { TEMPLATES, type Context } from './templates.ts';
import { cityWorld } from './world.ts';

export interface CorpusOptions {
  /** Articles per page (file). */
  readonly perPage?: number;
  /** Days the corpus spans; terms of office last 400, so two years show successions. */
  readonly days?: number;
  /** Only the first `cities` cities in code order, to make namesakes and repeat events likelier. */
  readonly cities?: number;
}

export const CORPUS_DEFAULTS = { perPage: 5, days: 730, cities: Infinity } as const;

export interface GeneratedPage {
  readonly doc: string;
  readonly text: string;
  readonly extraction: Extraction;
  readonly articles: number;
}

const START = Date.UTC(2023, 0, 1);
const isoDay = (day: number): string => new Date(START + day * 86_400_000).toISOString().slice(0, 10);

function chineseDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${y}年${Number(m)}月${Number(d)}日`;
}

function pickTemplate(rng: Rng): (c: Context) => ReturnType<(typeof TEMPLATES)[number]['write']> {
  const total = TEMPLATES.reduce((a, t) => a + t.weight, 0);
  let x = rng.next() * total;
  for (const t of TEMPLATES) {
    if ((x -= t.weight) < 0) return t.write;
  }
  return (TEMPLATES[0] as (typeof TEMPLATES)[number]).write;
}

function writePage(seed: string, index: number, pages: number, articles: number, cities: readonly GazetteerCity[], days: number): GeneratedPage {
  const rng = new Rng(seed, 'page', index);
  const city = rng.pick(cities);
  const world = cityWorld(seed, city);
  const day = Math.min(days - 1, Math.floor((index * days) / Math.max(1, pages)) + 1);
  const issueDate = isoDay(day);
  const doc = `p${String(index).padStart(6, '0')}`;
  const page = new PageBuilder(doc, city.name, issueDate, `${world.newspaper} ${chineseDate(issueDate)}`);
  const municipality = city.province.code === city.code;
  const provinceId = municipality ? null : page.place(city.province.name, city.province.code, 'province', null);
  const cityId = page.place(city.name, city.code, 'city', provinceId);
  const body = (key: 'party' | 'government' | 'congress') => {
    const b = world.bodies[key];
    return page.organization(b.name, city.name, b.kind, cityId, [b.short]);
  };
  const context: Context = {
    page, world, rng, day, issueDate, eventDate: isoDay(day - 1), cityId,
    bodyIds: { party: body('party'), government: body('government'), congress: body('congress') },
    district: (d) => (d.code === city.code ? cityId : page.place(d.name, d.code, 'county', cityId)),
  };
  for (let i = 0; i < articles; i++) page.addArticle(pickTemplate(rng)(context));
  const { text, extraction } = page.finish();
  return { doc, text, extraction, articles };
}

/** Pages holding `articles` articles in all, the same for the same seed. */
export function* generatePages(articles: number, seed: string | number, options?: CorpusOptions): Generator<GeneratedPage> {
  const o = { ...CORPUS_DEFAULTS, ...options };
  const all = loadCities();
  const cities = Number.isFinite(o.cities) ? all.slice(0, Math.max(1, o.cities)) : all;
  const pages = Math.ceil(articles / o.perPage);
  for (let i = 0; i < pages; i++) {
    const count = Math.min(o.perPage, articles - i * o.perPage);
    yield writePage(String(seed), i, pages, count, cities, o.days);
  }
}

/** The Extractions alone, for loading without the extractor (bench/ingest.ts). */
export function* generateExtractions(articles: number, seed: string | number, options?: CorpusOptions): Generator<Extraction> {
  for (const page of generatePages(articles, seed, options)) yield page.extraction;
}
