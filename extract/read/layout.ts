// What each paragraph of a page is, by its form alone: a headline line, a dateline that opens a
// report, a byline, a note (下转第二版), page furniture (02 | 要闻, 今日导读), an enumerated subhead,
// or running text. articles.ts groups paragraphs into articles from these kinds. Also reads the
// tail of a body paragraph: page-jump codes (①7) and credits ((陈鹏 秦利莎), 寇旭静 摄) that close
// an article and are not part of its sentences.
import type { Byline } from '../page.ts';
import { matchDateline } from './dateline.ts';
import { hasRoles, parseByline } from './byline.ts';

export type ParagraphKind =
  | 'headline' | 'subhead' | 'dateline' | 'lead-byline' | 'byline' | 'note' | 'section' | 'body';

/** Column and page labels: furniture, never an article's title. */
export const SECTION_LABELS: ReadonlySet<string> = new Set([
  '今日导读', '本版导读', '导读', '视觉新闻', '图片新闻', '政务要闻', '要闻', '新闻速递', '简讯', '综合新闻',
  '本地新闻', '县区新闻', '地方新闻', '时政', '评论', '观点', '专题', '广告', '公告', '天气预报',
]);

/** 02 | 要闻, 第3版, A01 要闻, 责任编辑：李明. */
const PAGE_HEADER =
  /^(?:\d{1,3}\s*[|｜]\s*\S{1,12}|第\s*[0-9一二三四五六七八九十]+\s*版.{0,20}|[A-Z]\d{2}\s*\S{0,12}|(?:责任编辑|本版编辑|编辑|美编|校对|组版|审读)\s*[：:].{0,30})$/u;
/** 2023年11月3日 星期五: a masthead's date line. */
const MASTHEAD = /^.{0,20}\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:星期|周)[一二三四五六日天].{0,30}$/u;
const ENUMERATED = /^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）]|\d{1,2}[.、．](?!\d))/u;
const CLAUSE_PUNCT = /[，。；;,]/u;
const PAREN_ONLY = /^[（(]([^（()）]{1,60})[)）]$/u;
const JUMP_ONLY = /^[\u2460-\u2473]\d{0,3}$/u;
/** Longest headline line we believe, in characters without spaces; longer unpunctuated text is body. */
const HEADLINE_MAX = 48;

export function classifyParagraph(text: string, heading: number): ParagraphKind {
  if (SECTION_LABELS.has(text) || PAGE_HEADER.test(text) || MASTHEAD.test(text)) return 'section';
  if (matchDateline(text)) return 'dateline';
  const paren = PAREN_ONLY.exec(text);
  if (paren?.[1]) {
    const credit = parseByline(paren[1]);
    return credit && credit.length > 0 ? 'byline' : 'note';
  }
  if (JUMP_ONLY.test(text) || CONTINUATION.test(text)) return 'note';
  if (text.length <= 60 && !CLAUSE_PUNCT.test(text)) {
    const lead = text.startsWith('□');
    const bylines = parseByline(lead ? text.slice(1) : text);
    if (bylines && (hasRoles(bylines) || bylines.length === 0)) return lead ? 'lead-byline' : 'byline';
  }
  if (heading > 0) return 'headline';
  const compact = text.replace(/\s+/gu, '');
  if (compact.length <= 30 && ENUMERATED.test(text) && !/。$/u.test(text)) return 'subhead';
  if (compact.length >= 2 && compact.length <= HEADLINE_MAX && !CLAUSE_PUNCT.test(text)) return 'headline';
  return 'body';
}

/** The end of a body paragraph that is not running text. Offsets are into the paragraph's text. */
export interface ParagraphTail {
  /** Where the running text ends. */
  readonly contentEnd: number;
  /** A credit or note closing the paragraph: (陈鹏 秦利莎), (下转第二版), 寇旭静 摄. */
  readonly credit: { readonly start: number; readonly end: number } | null;
  /** Names the credit gives, with paragraph offsets. */
  readonly bylines: readonly Byline[];
  /** The tail says the article ends here: a page-jump code, a credit, a continuation note. */
  readonly closes: boolean;
}

const JUMP_CODE = /[\u2460-\u2473]\d{0,3}$/u;
const TRAILING_PAREN = /[（(]([^（()）]{1,30})[)）]$/u;
/** 下转第二版: the article goes on elsewhere, whatever stands before the note. */
const CONTINUATION = /^(?:下转|上接|转第|接第|转\d|接\d)/u;
const TERMINAL = /[。！？!?”’」』…]$/u;
const TERMINAL_CODES = new Set([0x3002, 0xff01, 0xff1f, 0x21, 0x3f]);
const QUOTE_CLOSERS = new Set([0x201d, 0x2019, 0x300d, 0x300f]);

/** Where the text after the last sentence end starts (a closing quote after it included), or -1. */
function afterLastTerminal(text: string): number {
  for (let i = text.length - 1; i >= 0; i--) {
    if (!TERMINAL_CODES.has(text.charCodeAt(i))) continue;
    return QUOTE_CLOSERS.has(text.charCodeAt(i + 1)) ? i + 2 : i + 1;
  }
  return -1;
}

export function readTail(text: string): ParagraphTail {
  let end = text.length;
  let closes = false;
  const jump = JUMP_CODE.exec(text);
  if (jump && TERMINAL.test(text.slice(0, jump.index))) {
    end = jump.index;
    closes = true;
  }
  const head = text.slice(0, end);
  const paren = TRAILING_PAREN.exec(head);
  if (paren && paren[1] && (TERMINAL.test(head.slice(0, paren.index).trimEnd()) || CONTINUATION.test(paren[1]))) {
    const inner = paren.index + paren[0].indexOf(paren[1]);
    const bylines = parseByline(paren[1], inner) ?? [];
    return { contentEnd: trimmedEnd(text, paren.index), credit: { start: paren.index, end }, bylines, closes: true };
  }
  const after = afterLastTerminal(head);
  if (after >= 0) {
    const tail = head.slice(after).trim();
    if (tail.length > 0 && tail.length <= 24) {
      const start = head.indexOf(tail, after);
      const bylines = parseByline(tail, start);
      if (bylines && bylines.length > 0 && bylines.every((b) => b.roles.length > 0)) {
        return { contentEnd: trimmedEnd(text, start), credit: { start, end: start + tail.length }, bylines, closes: true };
      }
    }
  }
  return { contentEnd: trimmedEnd(text, end), credit: null, bylines: [], closes };
}

function trimmedEnd(text: string, end: number): number {
  let e = end;
  while (e > 0 && /\s/u.test(text.charAt(e - 1))) e--;
  return e;
}
