// Dates: the only place that reads them. Finds date expressions in Chinese news text (2021年11月3日,
// 11月3日, 11 月 27 日, 3日, 今年5月, 去年, 昨天, 当日, 二〇二三年十一月三日) and turns them into ISO
// prefix dates relative to what the page says about itself: YYYY-MM-DD, YYYY-MM, YYYY when the
// year is known, --MM-DD or --MM when it is not (vocab EventEntity.date).
//
// Relative words need two anchors. A city daily reports yesterday's news: its datelines
// (本报讯 11月3日) give the day reported on, and the paper comes out the day after. So 昨天 in
// such a paper is the dateline day and 今天 the day after it, unless a masthead gives the
// publication date itself. 当日 and 同日 point back to the date the text last gave.
import { isDigit } from './chars.ts';
import type { TextRange } from './offsets.ts';

/** A date as written, before it is placed in time. */
export type DateExpression =
  | {
      readonly kind: 'calendar';
      /** Written year (2021年). */
      readonly year: number | null;
      /** Years from the anchor's year (今年 0, 去年 -1, 前年 -2, 明年 1) when written so. */
      readonly yearShift: number | null;
      /** Months from the anchor's month (本月 0, 上月 -1, 下月 1) when written so. */
      readonly monthShift: number | null;
      readonly month: number | null;
      readonly day: number | null;
    }
  /** Days from the day the paper came out: 今天 0, 昨天 -1, 前天 -2, 明天 1. */
  | { readonly kind: 'relative'; readonly days: number }
  /** Days from the date the text gave last: 当日 0, 次日 1. */
  | { readonly kind: 'anaphoric'; readonly days: number };

export interface DateMention extends TextRange {
  readonly text: string;
  readonly expression: DateExpression;
}

/** What the page says about its own date; all ISO prefix dates. */
export interface DateReference {
  /** The day the page came out, when a masthead gives it. */
  readonly published: string | null;
  /** The latest day the page reports on (its datelines), when known. */
  readonly reported: string | null;
  /** The date the text gave last, which 当日 and 同日 point back to. */
  readonly previous?: string | null;
}

export interface DateParts {
  readonly year: number | null;
  readonly month: number | null;
  readonly day: number | null;
}

const CN_DIGITS: Readonly<Record<string, number>> = {
  〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};

/** Reads 11, 十一, 二十七, 三十一; a year read digit by digit (二〇二三) goes through readYear. */
function readNumber(text: string): number | null {
  if (/^\d+$/u.test(text)) return Number(text);
  if (!/^[〇零一二两三四五六七八九十]+$/u.test(text)) return null;
  const ten = text.indexOf('十');
  if (ten < 0) return text.length === 1 ? (CN_DIGITS[text] ?? null) : null;
  const tens = ten === 0 ? 1 : (CN_DIGITS[text.slice(0, ten)] ?? NaN);
  const ones = ten === text.length - 1 ? 0 : (CN_DIGITS[text.slice(ten + 1)] ?? NaN);
  const value = tens * 10 + ones;
  return Number.isFinite(value) ? value : null;
}

function readYear(text: string): number | null {
  if (/^\d{4}$/u.test(text)) return Number(text);
  if (!/^[〇零一二三四五六七八九]{4}$/u.test(text)) return null;
  return Number([...text].map((c) => CN_DIGITS[c]).join(''));
}

const NUM = '(?:\\d{1,2}|[一二三四五六七八九]?十[一二三四五六七八九]?|[一二三四五六七八九])';
const S = '\\s*';
const YEAR_PART = `(?:(\\d{4}|[〇零一二三四五六七八九]{4})${S}年|(今|去|前|明)年)`;
const MONTH_PART = `(?:(${NUM})${S}月份?|(本|上|下)(?:个)?月)`;
const DAY_PART = `(${NUM})${S}([日号])`;
/** 2021-11-03, 2021.11.3, 2021/11/3: only with a four-digit year, so version numbers do not match. */
const NUMERIC = '((?:19|20)\\d{2})([-./])(\\d{1,2})\\2(\\d{1,2})(?!\\d)';
const CALENDAR = `(?:${YEAR_PART}${S})?(?:${MONTH_PART}${S})?(?:${DAY_PART})?`;
const RELATIVE = '(今天|今日|昨天|昨日|前天|明天|明日|后天)';
const ANAPHORIC = '(当日|当天|同日|同一天|次日|翌日)';
const DATE_PATTERN = new RegExp(`${NUMERIC}|${RELATIVE}|${ANAPHORIC}|${CALENDAR}`, 'gu');

const RELATIVE_DAYS: Readonly<Record<string, number>> = {
  今天: 0, 今日: 0, 昨天: -1, 昨日: -1, 前天: -2, 明天: 1, 明日: 1, 后天: 2,
};
const ANAPHORIC_DAYS: Readonly<Record<string, number>> = {
  当日: 0, 当天: 0, 同日: 0, 同一天: 0, 次日: 1, 翌日: 1,
};
const YEAR_SHIFT: Readonly<Record<string, number>> = { 今: 0, 去: -1, 前: -2, 明: 1 };
const MONTH_SHIFT: Readonly<Record<string, number>> = { 本: 0, 上: -1, 下: 1 };

/** Before a bare day (3日): a count of days, not a date (连续3日, 近10日, 每5日). */
const NOT_BEFORE_DAY = /[连续近每数第前后这那个余多几约]$/u;
/** After a bare day: a span (3日内, 10日以来). */
const NOT_AFTER_DAY = /^(?:内|间|以内|之内|以来|左右)/u;
/** Words that end in 前年, 明年 without meaning a year: 目前年均, 说明年度. */
const NOT_BEFORE_YEAR_WORD = /[目此之以提日当说表证声阐透分光]$/u;
/** Words that end in 上月, 下月: 加上月饼, 以下月份. */
const NOT_BEFORE_MONTH_WORD = /[加以之马晚早向这那]$/u;
/** Words that contain a relative word without being one: 今日头条, 明日之星. */
const NOT_RELATIVE_AFTER = /^(?:头条|之星|导读)/u;

function mentionAt(match: RegExpExecArray, text: string): DateMention | null {
  const [whole] = match;
  if (!whole) return null;
  const start = match.index;
  const end = start + whole.length;
  const before = text.slice(Math.max(0, start - 2), start);
  const after = text.slice(end, end + 3);
  const g = match;
  // 123月 or 12023年: the number runs on before the match, so this is no date.
  if (isDigit(text.charCodeAt(start - 1)) && /^\d/u.test(whole)) return null;
  if (g[1]) {
    const month = Number(g[3]);
    const day = Number(g[4]);
    if (!validMonthDay(month, day)) return null;
    return { start, end, text: whole, expression: calendar(Number(g[1]), null, null, month, day) };
  }
  if (g[5]) {
    if (NOT_RELATIVE_AFTER.test(after)) return null;
    return { start, end, text: whole, expression: { kind: 'relative', days: RELATIVE_DAYS[g[5]] ?? 0 } };
  }
  if (g[6]) return { start, end, text: whole, expression: { kind: 'anaphoric', days: ANAPHORIC_DAYS[g[6]] ?? 0 } };
  const year = g[7] ? readYear(g[7]) : null;
  const yearShift = g[8] ? (YEAR_SHIFT[g[8]] ?? null) : null;
  const month = g[9] ? readNumber(g[9]) : null;
  const monthShift = g[10] ? (MONTH_SHIFT[g[10]] ?? null) : null;
  const day = g[11] ? readNumber(g[11]) : null;
  const dayMark = g[12];
  const hasYear = year !== null || yearShift !== null;
  const hasMonth = month !== null || monthShift !== null;
  if (!hasYear && !hasMonth && day === null) return null;
  if (year !== null && (year < 1900 || year > 2100)) return null;
  if (month !== null && (month < 1 || month > 12)) return null;
  if (day !== null && (day < 1 || day > 31)) return null;
  if (g[8] && NOT_BEFORE_YEAR_WORD.test(before)) return null;
  if (g[10] && NOT_BEFORE_MONTH_WORD.test(before)) return null;
  if (day !== null && !hasMonth) {
    // A bare day is a date only as digits with 日, where it is not a count: 10日上午, not 3号楼, 连续3日, 一日三餐.
    if (dayMark !== '日' || hasYear || !/^\d/u.test(g[11] ?? '')) return null;
    if (NOT_BEFORE_DAY.test(before) || NOT_AFTER_DAY.test(after)) return null;
  }
  if (month !== null && !hasYear && day === null && /^个/u.test(after)) return null;
  return { start, end, text: whole, expression: { kind: 'calendar', year, yearShift, monthShift, month, day } };
}

function calendar(
  year: number | null, yearShift: number | null, monthShift: number | null, month: number | null, day: number | null,
): DateExpression {
  return { kind: 'calendar', year, yearShift, monthShift, month, day };
}

function validMonthDay(month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysIn(2000, month);
}

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Every date expression in a text, in order, with offsets into it. */
export function findDates(text: string): DateMention[] {
  const found: DateMention[] = [];
  DATE_PATTERN.lastIndex = 0;
  for (let match = DATE_PATTERN.exec(text); match; match = DATE_PATTERN.exec(text)) {
    if (match[0].length === 0) {
      DATE_PATTERN.lastIndex++;
      continue;
    }
    const mention = mentionAt(match, text);
    if (mention) found.push(mention);
  }
  return found;
}

/** The date expression that is the whole of a string (surrounding spaces aside), or null. */
export function parseDate(text: string): DateExpression | null {
  const trimmed = text.trim();
  const [mention] = findDates(trimmed);
  return mention && mention.start === 0 && mention.end === trimmed.length ? mention.expression : null;
}

/** An ISO prefix date from its parts; null when there is nothing to write (a day without a month). */
export function isoDate(parts: DateParts): string | null {
  const { year, month, day } = parts;
  const mm = month === null ? null : String(month).padStart(2, '0');
  const dd = day === null ? null : String(day).padStart(2, '0');
  if (year !== null) {
    if (mm === null) return day === null ? String(year) : null;
    return dd === null ? `${year}-${mm}` : `${year}-${mm}-${dd}`;
  }
  if (mm === null) return null;
  return dd === null ? `--${mm}` : `--${mm}-${dd}`;
}

/** The parts of an ISO prefix date written by isoDate; null for anything else. */
export function dateParts(iso: string): DateParts | null {
  const m = /^(?:(\d{4})|-)(?:-(\d{2}))?(?:-(\d{2}))?$/u.exec(iso);
  if (!m) return null;
  const parts = { year: m[1] ? Number(m[1]) : null, month: m[2] ? Number(m[2]) : null, day: m[3] ? Number(m[3]) : null };
  if (parts.year === null && parts.month === null) return null;
  return parts;
}

/** Moves a day-precise date by whole days; a date without a year moves within a common year (leap day aside). */
export function addDays(iso: string, days: number): string | null {
  const parts = dateParts(iso);
  if (!parts || parts.month === null || parts.day === null) return null;
  const year = parts.year ?? (parts.month === 2 && parts.day === 29 ? 2000 : 2001);
  const d = new Date(Date.UTC(year, parts.month - 1, parts.day + days));
  return isoDate({
    year: parts.year === null ? null : d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
  });
}

/** Orders ISO prefix dates of the same precision; yearless dates by month and day. */
export function compareDates(a: string, b: string): number {
  const pa = dateParts(a);
  const pb = dateParts(b);
  const key = (p: DateParts | null): number => (p ? (p.year ?? 0) * 10000 + (p.month ?? 0) * 100 + (p.day ?? 0) : 0);
  return key(pa) - key(pb);
}

/** The day the paper came out: the masthead's, else the day after the news it reports. */
function publicationDay(reference: DateReference): string | null {
  if (reference.published) return reference.published;
  return reference.reported ? addDays(reference.reported, 1) : null;
}

/** Places a date expression in time against what the page says of its own date. */
export function resolveDate(expression: DateExpression, reference: DateReference): string | null {
  if (expression.kind === 'relative') {
    const base = publicationDay(reference);
    return base ? addDays(base, expression.days) : null;
  }
  if (expression.kind === 'anaphoric') {
    const base = reference.previous ?? reference.reported ?? reference.published;
    return base ? addDays(base, expression.days) : null;
  }
  const anchor = dateParts(reference.published ?? reference.reported ?? '') ?? { year: null, month: null, day: null };
  let { year, month } = expression;
  const { day } = expression;
  if (year === null && expression.yearShift !== null) year = anchor.year === null ? null : anchor.year + expression.yearShift;
  if (month === null && expression.monthShift !== null) {
    if (anchor.month === null) return null;
    const shifted = anchor.month + expression.monthShift;
    month = ((shifted + 11) % 12) + 1;
    if (year !== null || anchor.year !== null) year = (year ?? anchor.year ?? 0) + Math.floor((shifted - 1) / 12);
  }
  if (month === null && day !== null) {
    // A bare day (10日) is in the anchor's month, or the month before when that day is still to come.
    if (anchor.month === null || anchor.day === null) return null;
    month = anchor.month;
    if (year === null) year = anchor.year;
    if (day > anchor.day + 1) {
      month -= 1;
      if (month === 0) {
        month = 12;
        if (year !== null) year -= 1;
      }
    }
    return isoDate({ year, month, day });
  }
  if (year === null && expression.yearShift === null && month !== null && anchor.year !== null && anchor.month !== null) {
    // News dates sit within half a year of the paper: 12月28日 in a January paper is last year's.
    year = anchor.year;
    if (month - anchor.month > 6) year -= 1;
    else if (anchor.month - month > 6) year += 1;
  }
  return isoDate({ year, month, day });
}
