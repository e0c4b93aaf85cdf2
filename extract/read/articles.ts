// Splits a page into articles. Paragraph kinds come from layout.ts; this file groups them:
// - headline lines (kicker, main headline, subtitle) and bylines before a report are its head;
// - a dateline (本报讯, 新华社…电, ■) or a lead byline (□记者…) opens a new report;
// - a page-jump code (①7), a closing credit ((陈鹏 秦利莎), 寇旭静 摄), a note (下转第二版), a byline
//   after the text, furniture, and (on pages that indent only article openings) an indented
//   paragraph close the report, so the next running text opens another;
// - dumps do not always keep reading order: a headline may come after its report. A run of
//   headline lines between an untitled report and the next one goes to whichever of the two
//   shares more of its words (character pairs) with the opening of the report; lines that match
//   neither belong to the report after them, or, at the end of the page or before furniture,
//   stand as headline-only articles (W001: their report is on another page);
// - one unmarked headline line inside an open report, with text going on after it, is a subhead.
// Every paragraph ends up in exactly one article or in the page's furniture.
import type { Article, ArticleParagraph, Byline, Dateline, NormalizedPage, ParagraphRole, SegmentedPage, TextRange } from '../page.ts';
import { findDates, type DateExpression } from '../normalize/date.ts';
import { isHan } from '../normalize/chars.ts';
import { warning, type Note } from '../warnings.ts';
import { mergeBylines, parseByline } from './byline.ts';
import { matchDateline } from './dateline.ts';
import { classifyParagraph, readTail, type ParagraphKind } from './layout.ts';

/** Tunables of the splitter, with why each has its value. */
export const ARTICLE_DEFAULTS = {
  /** Share of a displaced headline's character pairs the report's opening must contain: seed headlines
   *  score 0.35–0.9 against their own report and under 0.2 against a neighbour. */
  displacedMatch: 0.3,
  /** Characters of a report's opening a headline is compared with: the lead paragraph, roughly. */
  leadLength: 300,
  /** Indented paragraphs open articles when at most this share of paragraphs is indented; on pages
   *  that indent every paragraph, indentation says nothing about articles. */
  sparseIndent: 0.34,
} as const;

interface Draft {
  readonly parts: { index: number; role: ParagraphRole }[];
  hasBody: boolean;
  titled: boolean;
  closed: boolean;
}

/** A headline line with the bylines and notes printed under it. */
interface Unit {
  readonly lines: number[];
  readonly headline: number | null;
  /** Opens with a lead byline (□记者…): the start of a report, never a tail of the one before. */
  readonly lead: boolean;
}

function bigrams(text: string): Set<string> {
  const set = new Set<string>();
  for (let i = 0; i + 1 < text.length; i++) {
    if (isHan(text.charCodeAt(i)) && isHan(text.charCodeAt(i + 1))) set.add(text.slice(i, i + 2));
  }
  return set;
}

/** Share of a headline's character pairs found in a text. */
function containment(headline: string, text: string | null): number {
  if (!text) return 0;
  const pairs = bigrams(headline);
  if (pairs.size === 0) return 0;
  const inText = bigrams(text);
  let hits = 0;
  for (const p of pairs) if (inText.has(p)) hits++;
  return hits / pairs.size;
}

const KICKER_END = /(?:[：:]|强调|指出|表示|要求|时说|上说)$/u;

/** The main headline of a head: the first markdown heading of the highest level, else the first
 *  line that is neither a kicker (…时强调, 西华县：) nor a subtitle (——访…). */
function chooseTitle(lines: readonly { text: string; heading: number }[]): string | null {
  if (lines.length === 0) return null;
  const marked = lines.filter((l) => l.heading > 0);
  if (marked.length > 0) {
    const top = marked.reduce((level, l) => Math.min(level, l.heading), 6);
    return (marked.find((l) => l.heading === top) as { text: string }).text;
  }
  const main = lines.find((l) => !KICKER_END.test(l.text) && !/^[—-]/u.test(l.text));
  return (main ?? (lines[0] as { text: string })).text;
}

export interface ArticleSplit {
  readonly articles: readonly Article[];
  readonly furniture: readonly TextRange[];
  readonly warnings: readonly Note[];
}

/** Splits the paragraphs of a normalized text into articles; see the header. */
export function splitArticles(
  text: string,
  paragraphs: readonly (TextRange & { heading: number; indented: boolean })[],
  options: Partial<typeof ARTICLE_DEFAULTS> = {},
): ArticleSplit {
  const settings = { ...ARTICLE_DEFAULTS, ...options };
  const texts = paragraphs.map((p) => text.slice(p.start, p.end));
  const kinds: ParagraphKind[] = paragraphs.map((p, i) => classifyParagraph(texts[i] as string, p.heading));
  const indented = paragraphs.filter((p) => p.indented).length;
  const indentOpens = indented >= 2 && indented <= settings.sparseIndent * paragraphs.length;

  const drafts: Draft[] = [];
  const furniture: number[] = [];
  let current: Draft | null = null;
  let run: number[] = [];

  const open = (): Draft => {
    const draft: Draft = { parts: [], hasBody: false, titled: false, closed: false };
    drafts.push(draft);
    return draft;
  };
  const roleOf = (kind: ParagraphKind): ParagraphRole =>
    kind === 'headline' || kind === 'subhead' ? 'headline' : kind === 'note' ? 'note' : 'byline';
  const addUnit = (draft: Draft, unit: Unit): void => {
    for (const i of unit.lines) draft.parts.push({ index: i, role: roleOf(kinds[i] as ParagraphKind) });
    if (unit.headline !== null) draft.titled = true;
  };
  const leadOf = (draft: Draft): string =>
    draft.parts.filter((p) => p.role === 'body').map((p) => texts[p.index]).join('').slice(0, settings.leadLength);

  /** Settles the pending head lines; returns the article the next running text opens, if any. */
  const settleRun = (next: { index: number; kind: ParagraphKind } | null): Draft | null => {
    const units: Unit[] = [];
    for (const i of run) {
      const kind = kinds[i] as ParagraphKind;
      const last = units[units.length - 1];
      if (kind === 'headline' || kind === 'subhead' || kind === 'lead-byline' || !last) {
        units.push({ lines: [i], headline: kind === 'headline' || kind === 'subhead' ? i : null, lead: kind === 'lead-byline' });
      } else last.lines.push(i);
    }
    run = [];
    const prev = current && current.hasBody && !current.titled ? current : null;
    const prevLead = prev ? leadOf(prev) : null;
    const nextLead = next ? (texts[next.index] as string).slice(0, settings.leadLength) : null;
    // The best cut: units before it go back to the untitled report, the rest forward.
    let cut = 0;
    if (prev) {
      let best = 0;
      let gain = 0;
      for (let k = 0; k < units.length; k++) {
        const unit = units[k] as Unit;
        if (unit.lead) break;
        if (unit.headline !== null) {
          const headline = texts[unit.headline] as string;
          const back = containment(headline, prevLead);
          if (back < settings.displacedMatch) break;
          gain += back - containment(headline, nextLead);
        }
        if (gain > best) {
          best = gain;
          cut = k + 1;
        }
      }
    }
    if (prev && cut > 0) {
      for (const unit of units.slice(0, cut)) addUnit(prev, unit);
      prev.closed = true;
    }
    const rest = units.slice(cut);
    if (next) {
      const only = rest[0];
      const isSubhead =
        rest.length === 1 && only && only.lines.length === 1 && only.headline !== null && next.kind === 'body' &&
        current && !current.closed && current.hasBody && (paragraphs[only.headline]?.heading ?? 0) === 0;
      if (isSubhead && current && only) {
        current.parts.push({ index: only.lines[0] as number, role: 'subhead' });
        return current;
      }
      const draft = open();
      for (const unit of rest) addUnit(draft, unit);
      return draft;
    }
    for (const unit of rest) {
      if (unit.headline === null && current) {
        addUnit(current, unit);
        continue;
      }
      const draft = open();
      addUnit(draft, unit);
      draft.closed = true;
      current = draft;
    }
    return null;
  };

  paragraphs.forEach((paragraph, i) => {
    const kind = kinds[i] as ParagraphKind;
    if (kind === 'section') {
      if (run.length > 0) settleRun(null);
      furniture.push(i);
      if (current) current.closed = true;
      return;
    }
    if (kind === 'headline' || kind === 'lead-byline') {
      run.push(i);
      return;
    }
    if (kind === 'subhead' && run.length === 0 && current && !current.closed && current.hasBody) {
      current.parts.push({ index: i, role: 'subhead' });
      return;
    }
    if (kind === 'subhead' || kind === 'byline' || kind === 'note') {
      // A byline or note after running text closes the report; before any, it heads the next one.
      if (kind !== 'subhead' && run.length === 0 && current) {
        current.parts.push({ index: i, role: kind });
        current.closed = true;
      } else run.push(i);
      return;
    }
    let target: Draft;
    if (run.length > 0) target = settleRun({ index: i, kind }) ?? open();
    else if (!current || current.closed || kind === 'dateline' || (indentOpens && paragraph.indented && current.hasBody)) target = open();
    else target = current;
    target.parts.push({ index: i, role: 'body' });
    target.hasBody = true;
    if (readTail(texts[i] as string).closes) target.closed = true;
    current = target;
  });
  if (run.length > 0) settleRun(null);

  const articles = drafts
    .filter((d) => d.parts.length > 0)
    .map((d) => ({ ...d, parts: [...d.parts].sort((a, b) => a.index - b.index) }))
    .sort((a, b) => (a.parts[0]?.index ?? 0) - (b.parts[0]?.index ?? 0))
    .map((d, index) => buildArticle(d.parts, index, paragraphs, texts, kinds));
  const warnings = articles
    .filter((a) => a.body === null)
    .map((a) => warning('empty-article', a.title ?? text.slice(a.start, a.end), { start: a.start, end: a.end }));
  return { articles, furniture: furniture.map((i) => paragraphs[i] as TextRange), warnings };
}

/** A lead date names a day (11月3日, 10日, 昨天); 今年以来 opens a report without dating it. */
function namesDay(expression: DateExpression): boolean {
  return expression.kind !== 'calendar' || expression.day !== null;
}

function buildArticle(
  parts: readonly { index: number; role: ParagraphRole }[],
  index: number,
  paragraphs: readonly (TextRange & { heading: number })[],
  texts: readonly string[],
  kinds: readonly ParagraphKind[],
): Article {
  const range = (i: number): TextRange & { heading: number } => paragraphs[i] as TextRange & { heading: number };
  const bylines: Byline[] = [];
  const heads: { text: string; heading: number }[] = [];
  const out: ArticleParagraph[] = [];
  let dateline: Dateline | null = null;
  let lead: Article['lead'] = null;
  let firstBody = true;
  for (const { index: i, role } of parts) {
    const { start, end } = range(i);
    const text = texts[i] as string;
    if (role === 'headline' || role === 'subhead') {
      if (role === 'headline') heads.push({ text, heading: range(i).heading });
      out.push({ start, end, role, content: { start, end } });
      continue;
    }
    if (role === 'byline' || role === 'note') {
      const paren = /^[（(](.*)[)）]$/u.exec(text);
      const inner = paren?.[1] ?? (text.startsWith('□') ? text.slice(1) : text);
      const innerStart = start + text.indexOf(inner);
      if (role === 'byline') bylines.push(...(parseByline(inner, innerStart) ?? []));
      out.push({ start, end, role, content: null });
      continue;
    }
    let contentStart = 0;
    if (kinds[i] === 'dateline') {
      const m = matchDateline(text);
      if (m) {
        contentStart = m.end;
        if (firstBody) {
          const datelineEnd = start + text.slice(0, m.end).trimEnd().length;
          dateline = { start, end: datelineEnd, source: m.source, agency: m.agency, place: m.place };
          const dated = m.source === 'agency' ? findDates(text.slice(0, m.end))[0] : undefined;
          if (dated) lead = { ...dated, start: start + dated.start, end: start + dated.end };
        }
        if (m.byline) bylines.push(...(parseByline(text.slice(m.byline.start, m.byline.end), start + m.byline.start) ?? []));
      }
    }
    const tail = readTail(text);
    bylines.push(...tail.bylines.map((b) => ({ ...b, start: b.start + start, end: b.end + start })));
    const contentEnd = Math.max(contentStart, tail.contentEnd);
    if (firstBody && !lead) {
      const opening = findDates(text.slice(contentStart, contentStart + 24))[0];
      if (opening && opening.start <= 1 && namesDay(opening.expression)) {
        lead = { ...opening, start: start + contentStart + opening.start, end: start + contentStart + opening.end };
      }
    }
    firstBody = false;
    out.push({ start, end, role, content: contentEnd > contentStart ? { start: start + contentStart, end: start + contentEnd } : null });
  }
  const headlines = out.filter((p) => p.role === 'headline');
  const bodies = out.filter((p) => p.role === 'body' || p.role === 'subhead');
  const firstBodyPart = bodies[0];
  const lastBodyPart = bodies[bodies.length - 1];
  return {
    index,
    // Parts come in paragraph order, so the first starts the article and the last ends it.
    start: (out[0] as ArticleParagraph).start,
    end: (out[out.length - 1] as ArticleParagraph).end,
    title: chooseTitle(heads),
    headlines: headlines.map(({ start, end }) => ({ start, end })),
    body: firstBodyPart && lastBodyPart && out.some((p) => p.role === 'body') ? { start: firstBodyPart.start, end: lastBodyPart.end } : null,
    paragraphs: out,
    dateline,
    lead,
    bylines: mergeBylines(bylines),
  };
}

/** The article stage: a normalized page with its articles and furniture. */
export function segmentArticles(page: NormalizedPage, options: Partial<typeof ARTICLE_DEFAULTS> = {}): SegmentedPage {
  const split = splitArticles(page.text, page.paragraphs, options);
  return { ...page, articles: split.articles, furniture: split.furniture, warnings: [...page.warnings, ...split.warnings] };
}
