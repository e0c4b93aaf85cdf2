// The page: one container, many views (spaCy's Doc). A Page owns the original text of a file and
// its normalized text once; paragraphs, articles, headlines, bylines and sentences are offset
// pairs into the normalized text, never copies, and `offsets` maps any of them back to the
// original so evidence points at what the file says. Stages add views and return a new value;
// each stage's parameter type names what it needs (a SegmentedPage has articles, a SentencedPage
// sentences too), so a stage called too early does not compile.
import type { BylineRole } from '../vocab/roles.ts';
import type { DateMention } from './normalize/date.ts';
import type { OffsetMap, TextRange } from './normalize/offsets.ts';
import type { NormalizedParagraph } from './normalize/text.ts';
import type { Note } from './warnings.ts';

export type { TextRange } from './normalize/offsets.ts';
export type { NormalizedParagraph } from './normalize/text.ts';

/** How the bytes of the file were read. */
export type Encoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'gb18030';

/** A person a byline credits: 记者王艳, 通讯员 胡劲彬, 寇旭静 摄, (陈鹏 秦利莎). */
export interface Byline extends TextRange {
  /** The name as written, spaces removed. start and end are the name's offsets. */
  readonly name: string;
  /** What the byline says the person did; empty for a bare credit like (陈鹏 秦利莎). */
  readonly roles: readonly BylineRole[];
  /** Titles as the gold format writes them: 记者, 见习记者, 通讯员, and 摄影 for 摄. */
  readonly titles: readonly string[];
}

/** The opening of a report: 本报讯(记者王艳), 新华社北京11月3日电, ■ (a brief). */
export interface Dateline extends TextRange {
  /** local: the paper's own (本报讯); agency: a wire or another paper (新华社…电); brief: a ■ item. */
  readonly source: 'local' | 'agency' | 'brief';
  /** 本报, 新华社, 人民网; null for a brief. */
  readonly agency: string | null;
  /** Where an agency filed from (北京), when written. */
  readonly place: string | null;
}

/** What a paragraph is to its article. */
export type ParagraphRole = 'headline' | 'subhead' | 'byline' | 'body' | 'note';

export interface ArticleParagraph extends TextRange {
  readonly role: ParagraphRole;
  /** The running text sentences are read from: a body paragraph without its dateline, trailing credit
   *  and page-jump code; a headline whole; null for bylines and notes. */
  readonly content: TextRange | null;
}

export interface Article extends TextRange {
  /** Position on the page, from 0, in reading order. */
  readonly index: number;
  /** The main headline line, as written; null for an untitled item (a photo caption, a wire story). */
  readonly title: string | null;
  /** Every headline line: kicker, main headline, subtitle. */
  readonly headlines: readonly TextRange[];
  /** From the first body paragraph to the last; null when the page holds only the headline. */
  readonly body: TextRange | null;
  readonly paragraphs: readonly ArticleParagraph[];
  readonly dateline: Dateline | null;
  /** The date the report opens with (本报讯 11月3日, a caption's 11月2日, 新华社…11月3日电), as written. */
  readonly lead: DateMention | null;
  readonly bylines: readonly Byline[];
}

/** An article once the page's date is known. */
export interface DatedArticle extends Article {
  /** ISO prefix date of the lead, placed against the page's date. */
  readonly date: string | null;
}

export interface Sentence extends TextRange {
  /** Index of the article the sentence belongs to. */
  readonly article: number;
  /** A headline line or a sentence of running text (subheads count as text). */
  readonly kind: 'headline' | 'body';
}

/** What the page says about itself. */
export interface PageContext {
  /** The page's date: the masthead's when there is one, else the latest day its datelines report. */
  readonly date: string | null;
  /** The day the page came out, when a masthead gives it. */
  readonly published: string | null;
  /** The latest day the page's reports give in their leads. */
  readonly reported: string | null;
  /** The newspaper's city, full name (周口市): what 我市, 市委, 市长 refer to. */
  readonly homeCity: string | null;
  readonly homeProvince: string | null;
  /** Where the home city came from: the caller (--home), the text, or nowhere. */
  readonly homeSource: 'option' | 'text' | null;
}

/** A decoded and normalized page: text and paragraphs, nothing read from them yet. */
export interface NormalizedPage {
  /** The file name without extension. */
  readonly doc: string;
  readonly encoding: Encoding;
  readonly original: string;
  readonly text: string;
  readonly offsets: OffsetMap;
  readonly paragraphs: readonly NormalizedParagraph[];
  readonly warnings: readonly Note[];
}

export interface SegmentedPage extends NormalizedPage {
  readonly articles: readonly Article[];
  /** Paragraphs that belong to no article: page headers (02 | 要闻), section labels (今日导读). */
  readonly furniture: readonly TextRange[];
}

export interface SentencedPage extends SegmentedPage {
  /** All sentences of all articles, in text order. */
  readonly sentences: readonly Sentence[];
}

export interface Page extends SentencedPage, PageContext {
  readonly articles: readonly DatedArticle[];
}

/** The normalized text of a range. */
export function textOf(page: Pick<NormalizedPage, 'text'>, range: TextRange): string {
  return page.text.slice(range.start, range.end);
}

/** A normalized range's place in the original text, for evidence. */
export function originalRange(page: Pick<NormalizedPage, 'offsets'>, range: TextRange): TextRange {
  return page.offsets.toOriginalRange(range);
}

/** The sentences of one article. */
export function sentencesOf(page: SentencedPage, article: number): readonly Sentence[] {
  return page.sentences.filter((s) => s.article === article);
}
