// Proposes event mentions in one sentence: named meetings, ceremonies and games
// (`市政府常务会议`, `第五届中美友城大会`) and anaphors that point back to one (`会议`, `全会`).
// Visits and talks without a name are built later from who did what where (resolve/appearances.ts).
import { EVENT_ANAPHORS, EVENT_HEADS, EVENT_NAME_EXTRA, EVENT_NAME_STOPS } from '../tables/events.ts';
import type { EventCandidate } from './types.ts';

export interface EventOptions {
  /**
   * Offsets a name may not reach back across, usually the ends of person and title mentions:
   * in `习近平总书记中央金融工作会议上` the event starts after the title.
   */
  readonly barriers?: readonly number[];
}

const CJK = /[\u3400-\u9fff]/u;
// What follows a head and shows it was part of another word: 人民大会堂, 会议室, 大会代表.
const NOT_AFTER_HEAD = /^(堂|室|厅|馆|址|代表|常务委员会|常委会|秘书处|纪要|议程)/u;
const DEMONSTRATIVE = /^(此次|本次|这次|该次?|上述|这个|那次)/u;
// A date or time of day ends the text before a name: `8月28日中国共产党…会议`.
const TIME_BEFORE = /([0-9０-９]+[日月号]|上午|下午|晚上|近日|日前|当日|当天|昨日|今天|今日)$/u;
const STOPS_BY_LENGTH = [...EVENT_NAME_STOPS, '传达学习', '学习贯彻', '贯彻落实', '总书记', '同志'].sort(
  (a, b) => b.length - a.length,
);
const HEADS = [...EVENT_HEADS].sort((a, b) => b[0].length - a[0].length);
const ANAPHORS = new Set(EVENT_ANAPHORS);

/** Offsets inside 《…》: titles of documents, never events. */
function insideBookTitles(text: string): (offset: number) => boolean {
  const ranges: [number, number][] = [];
  for (const m of text.matchAll(/《[^《》]*》/gu)) ranges.push([m.index, m.index + m[0].length]);
  return (offset) => ranges.some(([s, e]) => offset >= s && offset < e);
}

// Adjectives that make a head generic rather than a name: 重要会议, 各类会议.
const GENERIC = /^(重大|重要|各类|各种|相关|有关|专题|各项|各级|一系列|系列)/u;

function endsWithStop(text: string, end: number): boolean {
  const before = text.slice(Math.max(0, end - 6), end);
  // 的 ends a name except in the party's own congresses: 党的二十大, 党的十九届六中全会.
  if (before.endsWith('的') && !before.endsWith('党的')) return true;
  // 要 as a modal verb ends a name (要开好…会议), inside 主要/重要/需要 it does not.
  if (before.endsWith('要') && !/[主重需只必纲]要$/u.test(before)) return true;
  return TIME_BEFORE.test(before) || STOPS_BY_LENGTH.some((stop) => before.endsWith(stop));
}

/** Walks left from a head over the characters a name is made of, jumping over “quoted” parts. */
function nameStart(text: string, headStart: number, barriers: ReadonlySet<number>): number {
  let p = headStart;
  while (p > 0 && !barriers.has(p) && !endsWithStop(text, p)) {
    const ch = text[p - 1] ?? '';
    // An opening quote reached from inside means the name began at the quote.
    if (ch === '“' || ch === '‘') break;
    if (ch === '”' || ch === '"') {
      const open = text.lastIndexOf(ch === '”' ? '“' : '"', p - 2);
      if (open < 0) break;
      p = open;
      continue;
    }
    if (!CJK.test(ch) && !EVENT_NAME_EXTRA.test(ch)) break;
    if (ch === '(' || ch === '（') break;
    if (ch === ')' || ch === '）') {
      // `全体(扩大)会议`: a bracketed qualifier belongs to the name.
      const open = Math.max(text.lastIndexOf('(', p - 2), text.lastIndexOf('（', p - 2));
      if (open < 0 || p - open > 6) break;
      p = open;
      continue;
    }
    p--;
  }
  // An opening quote or bracket left dangling at the start is not part of the name.
  while (p < headStart && /[”’)）\-—·]/u.test(text[p] ?? '')) p++;
  return p;
}

export function recognizeEvents(text: string, options: EventOptions = {}): EventCandidate[] {
  const inTitle = insideBookTitles(text);
  const barriers = new Set(options.barriers ?? []);
  const found: EventCandidate[] = [];
  const taken = new Set<number>();
  for (const [head, eventKind] of HEADS) {
    for (let i = text.indexOf(head); i >= 0; i = text.indexOf(head, i + 1)) {
      const end = i + head.length;
      if (taken.has(end) || inTitle(i) || NOT_AFTER_HEAD.test(text.slice(end))) continue;
      taken.add(end);
      const start = nameStart(text, i, barriers);
      const name = text.slice(start, end);
      const anaphor = ANAPHORS.has(name) || name === head || DEMONSTRATIVE.test(name) || GENERIC.test(name);
      found.push({ kind: 'event', start, end, text: name, name, eventKind, reference: anaphor ? 'anaphor' : 'named' });
    }
  }
  // A head inside a longer name (会议 in 常务会议) was taken by the longer one; drop nested leftovers.
  const kept = found.filter((c) => !found.some((o) => o !== c && o.start <= c.start && o.end >= c.end && o.end - o.start > c.end - c.start));
  return kept.sort((a, b) => a.start - b.start || a.end - b.end);
}
