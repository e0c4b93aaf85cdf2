// Runs the stages over a read page, in order, and returns what they found, article by article:
// recognizers propose per sentence, resolve/overlaps decides, resolve/appearances reads who
// appeared at what. Building entities and ids from these findings is build.ts's job.
import type { DatedArticle, Page, Sentence } from './page.ts';
import { findDates, resolveDate } from './normalize/date.ts';
import { recognizePersons } from './recognize/persons.ts';
import { recognizePlaces } from './recognize/places.ts';
import { recognizeOrganizations } from './recognize/organizations.ts';
import { recognizeEvents } from './recognize/events.ts';
import type { OrganizationCandidate, PersonCandidate, PlaceCandidate, RecognizeContext } from './recognize/types.ts';
import { resolveOverlaps } from './resolve/overlaps.ts';
import { resolveAppearances, type EventFinding, type SentenceFindings } from './resolve/appearances.ts';
import type { Gazetteer } from './tables/gazetteer.ts';
import { mergePageEvents, type PageEvent } from './resolve/event-identity.ts';

export interface ArticleFindings {
  readonly article: DatedArticle;
  readonly sentences: readonly SentenceFindings[];
  readonly events: readonly EventFinding[];
}

export interface PageFindings {
  readonly page: Page;
  readonly context: RecognizeContext;
  readonly articles: readonly ArticleFindings[];
  /** The page's events, one per occurrence however many articles report it. */
  readonly events: readonly PageEvent[];
}

/** The date a sentence gives itself (8月2日上午, 当日), placed against the page's dates. */
function sentenceDate(text: string, page: Page, previous: string | null): string | null {
  const first = findDates(text)[0];
  if (!first) return null;
  return resolveDate(first.expression, { published: page.published, reported: page.reported, previous });
}

function findInSentence(page: Page, sentence: Sentence, gazetteer: Gazetteer, context: RecognizeContext, previousDate: string | null, known: Set<string>): SentenceFindings {
  const text = page.text.slice(sentence.start, sentence.end);
  const places = recognizePlaces(text, gazetteer, context);
  // Places open organization names: 临蔡镇 + 鸽子养殖产业园.
  // Names already read in the article count again without a cue: 俊平 after 王俊平.
  const proposed = [...recognizePersons(text, context, { known }), ...places, ...recognizeOrganizations(text, context, places)];
  const kept = resolveOverlaps(proposed);
  const persons = kept.filter((c): c is PersonCandidate => c.kind === 'person');
  for (const p of persons) known.add(p.name);
  // An event name does not reach back over a name or a title: 习近平总书记|中央金融工作会议.
  const barriers = persons.flatMap((p) => [p.end, ...p.titles.map((t) => t.end)]);
  return {
    start: sentence.start,
    text,
    persons,
    places: kept.filter((c): c is PlaceCandidate => c.kind === 'place'),
    organizations: kept.filter((c): c is OrganizationCandidate => c.kind === 'organization'),
    events: recognizeEvents(text, { barriers }),
    date: sentence.kind === 'body' ? sentenceDate(text, page, previousDate) : null,
  };
}

/** Everything the recognizers and resolvers find on one page. */
export function findOnPage(page: Page, gazetteer: Gazetteer): PageFindings {
  const context: RecognizeContext = { homeCity: page.homeCity, homeProvince: page.homeProvince };
  const byArticle = new Map<number, Sentence[]>();
  for (const s of page.sentences) {
    const list = byArticle.get(s.article);
    if (list) list.push(s);
    else byArticle.set(s.article, [s]);
  }
  const articles = page.articles.map((article) => {
    let previous = article.date;
    const headlines = new Set<SentenceFindings>();
    const known = new Set<string>(article.bylines.map((b) => b.name));
    const sentences = (byArticle.get(article.index) ?? []).map((s) => {
      const found = findInSentence(page, s, gazetteer, context, previous, known);
      previous = found.date ?? previous;
      if (s.kind === 'headline') headlines.add(found);
      return found;
    });
    return { article, sentences, events: resolveAppearances(sentences, article.date, { headlines, title: article.title }) };
  });
  const { events } = mergePageEvents(articles.flatMap((a) => a.events));
  return { page, context, articles, events };
}
