// Page text normalization with an offset map back to the original. Three jobs:
//
// 1. Characters. Full-width letters, digits and the symbols of numbers and codes become ASCII
//    (Ａ→A, １→1, ％→%, ／→/), because dates, amounts and names of things are matched on them.
//    The punctuation of Chinese sentences stays full-width (，。、；：！？（）“”《》), because the
//    gold annotations and readers write names as printed (全体(扩大)会议 keeps its parentheses,
//    （记者 王艳） its full-width ones) and every reader downstream accepts both forms. Odd spaces
//    (NBSP, U+3000, tabs) become spaces; zero-width and control characters go; \r\n becomes \n;
//    Kangxi radicals from PDF dumps (⼯) become the ideographs they stand for (工).
// 2. Markdown left in some dumps: `## 标题` loses its hashes (the level is kept on the paragraph,
//    where the article splitter reads it) and `**本报讯**` its asterisks.
// 3. Column reflow damage. Page dumps break lines where the printed column ended and letter-space
//    justified lines (`央 政 治 局 11 月 27 日 召 开`). The repair, checked on seeds/:
//    - a space goes when a single character stands on one side of it (letter spacing), when a
//      digit meets an ideograph (`11 月 27 日`), or next to clause punctuation (`力 ，`). A space
//      between two words of two or more characters stays: it separates names in bylines
//      (`记者 王艳`, `(陈鹏 秦利莎)`) and phrases in headlines (`扛牢政治责任 紧盯短板弱项`);
//    - a line break goes when the line before runs on into the next. On column-wrapped pages
//      (most lines run on, most as wide as the printed column) a single break goes unless the
//      line ends a sentence or is much narrower than the column, or the next line opens a
//      dateline, byline or note, or is indented. Elsewhere (across blank lines, which page breaks
//      leave in mid-sentence: `不断增强乡\n\n村振兴`, and at single breaks on pages of one paragraph
//      per line) it goes only when the text before is running text (it has a comma or full stop,
//      or opens with a dateline, and ends without a full stop) and the text after is running text
//      too. A headline is neither, so a headline never runs into the line after it.
// The result has one paragraph per line, paragraphs separated by a single \n.
import { isAsciiLetter, isDigit, isHan, isHanish, isClausePunct, isSpace } from './chars.ts';
import { OffsetMap, type TextRange } from './offsets.ts';

export interface NormalizedParagraph extends TextRange {
  /** Markdown heading level (1–6) the dump gave the paragraph, 0 when none. */
  readonly heading: number;
  /** The paragraph's first line began with white space: on some pages that opens an article. */
  readonly indented: boolean;
  /** Blank lines between this paragraph and the one before it. */
  readonly gapBefore: number;
}

export interface NormalizedText {
  readonly text: string;
  readonly offsets: OffsetMap;
  readonly paragraphs: readonly NormalizedParagraph[];
}

/** Characters as UTF-16 code units, each with the original offset it came from. */
interface Units {
  readonly codes: Uint16Array;
  readonly src: Int32Array;
  length: number;
}

function units(capacity: number): Units {
  return { codes: new Uint16Array(capacity), src: new Int32Array(capacity), length: 0 };
}

function put(target: Units, code: number, at: number): void {
  target.codes[target.length] = code;
  target.src[target.length] = at;
  target.length++;
}

function copy(target: Units, from: Units, start: number, end: number): void {
  target.codes.set(from.codes.subarray(start, end), target.length);
  target.src.set(from.src.subarray(start, end), target.length);
  target.length += end - start;
}

function stringOf(codes: Uint16Array): string {
  let out = '';
  for (let i = 0; i < codes.length; i += 8192) out += Reflect.apply(String.fromCharCode, null, codes.subarray(i, i + 8192));
  return out;
}

/** A line after cleaning: a stretch of the cleaned units. */
interface Line extends TextRange {
  text: string;
  readonly heading: number;
  readonly indented: boolean;
  /** Original offset of the line break that ended the line; -1 for the last line. */
  readonly newlineSrc: number;
  gapBefore: number;
}

/** Full-width symbols that belong to numbers, codes and Latin words; the rest are Chinese punctuation. */
const FULLWIDTH_SYMBOLS = new Set('＃＄％＆＊＋－．／＜＝＞＠＼＾＿｀｜～'.split('').map((c) => c.charCodeAt(0)));
const ZERO_WIDTH = new Set([0x200b, 0x200c, 0x200d, 0x2060, 0xfeff, 0x00ad]);

function toHalfWidth(code: number): number {
  if ((code >= 0xff10 && code <= 0xff19) || (code >= 0xff21 && code <= 0xff3a) || (code >= 0xff41 && code <= 0xff5a)) {
    return code - 0xfee0;
  }
  return FULLWIDTH_SYMBOLS.has(code) ? code - 0xfee0 : code;
}

/** Job 1 of the header, character by character; line breaks stay for the next steps. */
function mapCharacters(original: string): Units {
  const out = units(original.length);
  for (let i = 0; i < original.length; i++) {
    const code = original.charCodeAt(i);
    if (code >= 0x4e00 && code <= 0x9fff) {
      put(out, code, i);
      continue;
    }
    if (code === 0x0d) {
      if (original.charCodeAt(i + 1) !== 0x0a) put(out, 0x0a, i);
      continue;
    }
    if (code === 0x0a) {
      put(out, code, i);
      continue;
    }
    if (ZERO_WIDTH.has(code)) continue;
    if (isSpace(code)) {
      put(out, 0x20, i);
      continue;
    }
    if (code < 0x20 || (code >= 0x7f && code <= 0x9f)) continue;
    let mapped = toHalfWidth(code);
    if ((code >= 0x2e80 && code <= 0x2fdf) || (code >= 0xf900 && code <= 0xfaff)) {
      // Radicals and compatibility ideographs that PDF extraction emits for ordinary characters.
      const nfkc = original.charAt(i).normalize('NFKC');
      if (nfkc.length === 1) mapped = nfkc.charCodeAt(0);
    }
    put(out, mapped, i);
  }
  return out;
}

/** Whether the space between two tokens of a line carries meaning; see the header. */
function keepsSpace(l: number, r: number, hanLeft: number, hanRight: number): boolean {
  if (isClausePunct(l) || isClausePunct(r)) return false;
  if ((isDigit(l) && isHan(r)) || (isHan(l) && isDigit(r)) || (isDigit(l) && r === 0x25)) return false;
  return !(isHanish(l) && isHanish(r) && (hanLeft <= 1 || hanRight <= 1));
}

/**
 * Cleans one line, units[from, to), into `out`: trims it, strips its markdown, repairs the spaces
 * inside it. Returns the line without its text, which is read once all lines are clean.
 */
function cleanLine(input: Units, from: number, to: number, newlineSrc: number, out: Units): Line {
  const { codes, src } = input;
  let p = from;
  const indented = p < to && codes[p] === 0x20;
  while (p < to && codes[p] === 0x20) p++;
  let heading = 0;
  let q = p;
  while (q < to && codes[q] === 0x23 && q - p < 7) q++;
  if (q > p && q - p <= 6 && q < to && codes[q] === 0x20) {
    heading = q - p;
    p = q;
    while (p < to && codes[p] === 0x20) p++;
  }
  // Tokens between runs of spaces (markdown bold dropped), as index pairs into the input.
  const starts: number[] = [];
  const ends: number[] = [];
  const han: number[] = [];
  let tokenStart = -1;
  let count = 0;
  for (let i = p; i <= to; i++) {
    const code = i < to ? (codes[i] as number) : 0x20;
    if (code === 0x20) {
      if (tokenStart >= 0) {
        starts.push(tokenStart);
        ends.push(i);
        han.push(count);
        tokenStart = -1;
        count = 0;
      }
      continue;
    }
    if (tokenStart < 0) tokenStart = i;
    if (isHan(code)) count++;
  }
  const start = out.length;
  for (let k = 0; k < starts.length; k++) {
    const s = starts[k] as number;
    const e = ends[k] as number;
    if (k > 0) {
      const previousEnd = ends[k - 1] as number;
      const lastKept = lastCode(codes, starts[k - 1] as number, previousEnd);
      const firstKept = firstCode(codes, s, e);
      if (lastKept >= 0 && firstKept >= 0 && keepsSpace(lastKept, firstKept, han[k - 1] as number, han[k] as number)) {
        put(out, 0x20, src[previousEnd] as number);
      }
    }
    for (let i = s; i < e; i++) {
      if (codes[i] === 0x2a && codes[i + 1] === 0x2a && i + 1 < e) {
        i++;
        continue;
      }
      put(out, codes[i] as number, src[i] as number);
    }
  }
  // A line of spaces and asterisks only leaves a trailing space at most; drop it.
  while (out.length > start && out.codes[out.length - 1] === 0x20) out.length--;
  return { start, end: out.length, text: '', heading, indented, newlineSrc, gapBefore: 0 };
}

/** First code of a token that is not a markdown asterisk pair; -1 when there is none. */
function firstCode(codes: Uint16Array, start: number, end: number): number {
  for (let i = start; i < end; i++) {
    if (codes[i] === 0x2a && codes[i + 1] === 0x2a && i + 1 < end) i++;
    else return codes[i] as number;
  }
  return -1;
}

function lastCode(codes: Uint16Array, start: number, end: number): number {
  for (let i = end - 1; i >= start; i--) {
    if (codes[i] === 0x2a && i - 1 >= start && codes[i - 1] === 0x2a) i--;
    else return codes[i] as number;
  }
  return -1;
}

/** A page-jump code closing an article: ①7, ②16. */
const JUMP_CODE = /[\u2460-\u2473]\d{0,3}$/u;
const PARAGRAPH_END = /(?:[。！？!?；;]|[。！？!?][”’」』]|[)）]|摄|摄影|文\/图|图\/文)$/u;
const SENTENCE_END = /[。！？!?][”’」』)）]?$/u;
const BODY_PUNCT = /[，,；;。]/u;
const OPENERS =
  /^(?:本报讯|本报[\u4e00-\u9fff]{0,8}?\d{1,2}月\d{1,2}日电|新华社|中新社|人民网|新华网|央视网|中国新闻网|[□■●◆▲★【]|[(（](?:下转|上接|转第|接第|原载|转载|来源|微信|扫码))/u;
/** Openings of a report: text after them is running text even before its first comma. */
const DATELINE_OPENER = /^(?:本报讯|本报[\u4e00-\u9fff]{0,8}?\d{1,2}月\d{1,2}日电|(?:新华社|中新社|人民网|新华网|央视网|中国新闻网)[\u4e00-\u9fff\d\s]{0,16}电|■)/u;
const PAREN_LINE = /^[(（][^()（）]{1,40}[)）]$/u;
const BYLINE_LINE =
  /^(?:□\s*)?(?:本报|[\u4e00-\u9fff]{1,6}(?:日报|晚报|报|社|网|台))?(?:首席|见习|特约|实习|摄影)?(?:记者|通讯员|评论员|实习生)[\s\u4e00-\u9fff、/·]{0,30}$|^[\u4e00-\u9fff\s、·]{2,24}摄影?$/u;

function endsParagraph(text: string): boolean {
  return JUMP_CODE.test(text) || PARAGRAPH_END.test(text);
}

function endsSentence(text: string): boolean {
  return SENTENCE_END.test(text.replace(JUMP_CODE, ''));
}

/** A line that is a byline by its shape (记者 王艳, 寇旭静 摄); read/byline.ts parses it properly. */
function looksLikeByline(text: string): boolean {
  return text.length <= 40 && !BODY_PUNCT.test(text) && BYLINE_LINE.test(text);
}

function opensParagraph(line: Line): boolean {
  return line.indented || line.heading > 0 || OPENERS.test(line.text) || PAREN_LINE.test(line.text) || looksLikeByline(line.text);
}

/** Printed width: ideographs and full-width forms take a column, ASCII half of one. */
function widthOf(text: string): number {
  let w = 0;
  for (let i = 0; i < text.length; i++) w += text.charCodeAt(i) < 0x80 ? 0.5 : 1;
  return w;
}

interface Layout {
  /** Most lines end mid-sentence and run on into the next: the dump kept the printed columns. */
  readonly wrapped: boolean;
  /** Typical printed width of a line that runs on. */
  readonly column: number;
}

function layoutOf(lines: readonly Line[]): Layout {
  const widths: number[] = [];
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i] as Line;
    const previous = lines[i - 1] as Line;
    if (line.gapBefore === 0 && !endsParagraph(previous.text)) widths.push(widthOf(previous.text));
  }
  widths.sort((a, b) => a - b);
  const column = widths.length ? (widths[widths.length >> 1] as number) : 0;
  const even = widths.filter((w) => Math.abs(w - column) <= 0.2 * column).length;
  // A page of one paragraph per line has a few headlines running on, of any width; a wrapped
  // page has most lines running on, most of them as wide as the printed column.
  const wrapped = widths.length >= 8 && widths.length >= 0.5 * lines.length && column <= 40 && even >= 0.5 * widths.length;
  return { wrapped, column };
}

function runsOnWrapped(previous: Line, next: Line, layout: Layout): boolean {
  return (
    previous.heading === 0 && next.heading === 0 && !endsParagraph(previous.text) && !opensParagraph(next) &&
    !looksLikeByline(previous.text) && widthOf(previous.text) >= 0.5 * layout.column
  );
}

/** A paragraph being assembled from blocks, with what the gap rule asks of it kept up to date. */
interface Assembly {
  readonly lines: Line[];
  /** It has a comma or full stop, or opens with a dateline: it is running text. */
  body: boolean;
}

function isBodyText(text: string): boolean {
  return BODY_PUNCT.test(text) || DATELINE_OPENER.test(text);
}

function runsOnAcrossGap(before: Assembly, after: readonly Line[]): boolean {
  const first = after[0] as Line;
  const last = before.lines[before.lines.length - 1] as Line;
  if ((before.lines[0] as Line).heading > 0 || first.heading > 0) return false;
  if (endsParagraph(last.text) || /[：:]$/u.test(last.text) || !before.body || opensParagraph(first)) return false;
  const afterText = after.map((l) => l.text).join('');
  return (BODY_PUNCT.test(afterText) || endsSentence(afterText)) && !looksLikeByline(afterText);
}

function needsSpace(a: number, b: number): boolean {
  const alnumA = isAsciiLetter(a) || isDigit(a);
  const alnumB = isAsciiLetter(b) || isDigit(b);
  return alnumA && alnumB && (isAsciiLetter(a) || isAsciiLetter(b));
}

/** Normalizes a page's text; see the header for what changes and why. */
export function normalizeText(original: string): NormalizedText {
  const mapped = mapCharacters(original);
  const clean = units(mapped.length);
  const lines: Line[] = [];
  let gap = 0;
  let from = 0;
  for (let i = 0; i <= mapped.length; i++) {
    if (i < mapped.length && mapped.codes[i] !== 0x0a) continue;
    const line = cleanLine(mapped, from, i, i < mapped.length ? (mapped.src[i] as number) : -1, clean);
    if (line.end === line.start) gap++;
    else {
      line.gapBefore = lines.length === 0 ? 0 : gap;
      lines.push(line);
      gap = 0;
    }
    from = i + 1;
  }
  const cleanText = stringOf(clean.codes.subarray(0, clean.length));
  for (const line of lines) line.text = cleanText.slice(line.start, line.end);

  const layout = layoutOf(lines);
  // Blocks: lines the column wrap split; then paragraphs: blocks a page break or a stray line break split.
  const blocks: Line[][] = [];
  for (const line of lines) {
    const block = blocks[blocks.length - 1];
    const previous = block?.[block.length - 1];
    if (block && previous && line.gapBefore === 0 && layout.wrapped && runsOnWrapped(previous, line, layout)) block.push(line);
    else blocks.push([line]);
  }
  const assemblies: Assembly[] = [];
  for (const block of blocks) {
    const paragraph = assemblies[assemblies.length - 1];
    const bodyText = block.some((l) => isBodyText(l.text));
    if (paragraph && runsOnAcrossGap(paragraph, block)) {
      for (const line of block) paragraph.lines.push(line);
      paragraph.body ||= bodyText;
    } else assemblies.push({ lines: [...block], body: bodyText });
  }
  const paragraphs = assemblies.map((a) => a.lines);

  const out = units(clean.length + paragraphs.length + lines.length);
  const result: NormalizedParagraph[] = [];
  paragraphs.forEach((paragraph, k) => {
    if (k > 0) {
      const previous = paragraphs[k - 1] as Line[];
      put(out, 0x0a, (previous[previous.length - 1] as Line).newlineSrc);
    }
    const start = out.length;
    paragraph.forEach((line, j) => {
      if (j > 0) {
        const previous = paragraph[j - 1] as Line;
        if (needsSpace(previous.text.charCodeAt(previous.text.length - 1), line.text.charCodeAt(0))) put(out, 0x20, previous.newlineSrc);
      }
      copy(out, clean, line.start, line.end);
    });
    const first = paragraph[0] as Line;
    result.push({ start, end: out.length, heading: first.heading, indented: first.indented, gapBefore: first.gapBefore });
  });
  const src = out.src.subarray(0, out.length);
  return { text: stringOf(out.codes.subarray(0, out.length)), offsets: OffsetMap.fromSources(src, original.length), paragraphs: result };
}
