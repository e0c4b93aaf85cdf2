// Sentences: offsets into the page text, split on 。！？； (and their ASCII forms) and at paragraph
// ends. A quotation stays whole: 。 inside “…” does not end the sentence, and a quotation ending in
// 。” runs on into a short attribution after it (“…效果。”该中心党委书记马克强说。), so the speaker
// and the words stay in one piece of evidence. Quote marks that never close (damaged text) are
// ignored rather than swallowing the rest of the paragraph. Headline lines are one sentence each.
import type { SegmentedPage, Sentence, SentencedPage, TextRange } from '../page.ts';

/** Character classes of the splitter, by UTF-16 code: one table look-up per character. */
const TERMINAL = 1;
const CLOSER = 2;
const OPENER = 3;
const ASCII_QUOTE = 4;
const CLASS = new Uint8Array(0x10000);
for (const c of '。！？!?；;') CLASS[c.charCodeAt(0)] = TERMINAL;
for (const c of '”’」』）)》') CLASS[c.charCodeAt(0)] = CLOSER;
for (const c of '“‘「『') CLASS[c.charCodeAt(0)] = OPENER;
CLASS[0x22] = ASCII_QUOTE;
/** Opening quote → its closing quote: “” ‘’ 「」 『』. */
const CLOSE_OF: ReadonlyMap<number, number> = new Map([[0x201c, 0x201d], [0x2018, 0x2019], [0x300c, 0x300d], [0x300e, 0x300f]]);
/** An attribution after a closing quote: short, ending in a verb of saying. */
const ATTRIBUTION = /^[^“”。！？!?]{1,30}?(?:说|表示|介绍|指出|强调|认为|告诉记者|坦言|感慨|解释|回忆)(?:道)?[。！？!?]$/u;
/** Longest quotation kept whole; past this a missing close quote is likelier than a long quote. */
const MAX_QUOTE = 600;

/** Ranges of quotations whose marks match, so terminals inside them are skipped. */
function quotations(text: string, start: number, end: number): TextRange[] {
  const ranges: TextRange[] = [];
  const stack: { close: number; at: number }[] = [];
  let asciiOpen = -1;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    const kind = CLASS[c];
    if (!kind || kind === TERMINAL) continue;
    if (kind === OPENER) {
      stack.push({ close: CLOSE_OF.get(c) ?? 0, at: i });
    } else if (kind === ASCII_QUOTE) {
      if (asciiOpen < 0) asciiOpen = i;
      else {
        if (i - asciiOpen <= MAX_QUOTE) ranges.push({ start: asciiOpen, end: i + 1 });
        asciiOpen = -1;
      }
    } else if (stack.length > 0) {
      // A close mark of an outer quote closes it; inner quotes that never closed are dropped.
      let k = stack.length - 1;
      while (k >= 0 && (stack[k] as { close: number }).close !== c) k--;
      if (k < 0) continue;
      const open = stack[k] as { at: number };
      stack.length = k;
      if (i - open.at <= MAX_QUOTE) ranges.push({ start: open.at, end: i + 1 });
    }
  }
  return ranges.sort((a, b) => a.start - b.start);
}

function isSpaceAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c === 0x20 || c === 0x0a || c === 0x3000 || c === 0x09;
}

/** Splits one stretch of running text, text[start, end), into sentence ranges (offsets into text). */
export function splitSentences(text: string, start: number, end: number): TextRange[] {
  const quotes = quotations(text, start, end);
  const inside = quotes.length > 0 ? new Uint8Array(end - start) : null;
  if (inside) for (const quote of quotes) inside.fill(1, quote.start + 1 - start, quote.end - 1 - start);
  const cuts: number[] = [];
  for (let i = start; i < end; i++) {
    if (CLASS[text.charCodeAt(i)] !== TERMINAL || inside?.[i - start]) continue;
    let j = i + 1;
    while (j < end && (CLASS[text.charCodeAt(j)] === TERMINAL || CLASS[text.charCodeAt(j)] === CLOSER)) j++;
    cuts.push(j);
    i = j - 1;
  }
  // A quotation ending a sentence (。”) closes it, unless what follows is its attribution.
  const extra: number[] = [];
  for (const quote of quotes) {
    if (CLASS[text.charCodeAt(quote.end - 2)] !== TERMINAL || cuts.includes(quote.end)) continue;
    const next = cuts.find((c) => c > quote.end) ?? end;
    if (!ATTRIBUTION.test(text.slice(quote.end, next))) extra.push(quote.end);
  }
  const all = extra.length ? [...cuts, ...extra].sort((a, b) => a - b) : cuts;
  const ranges: TextRange[] = [];
  let from = start;
  for (const cut of [...all, end]) {
    let s = from;
    let e = cut;
    while (s < e && isSpaceAt(text, s)) s++;
    while (e > s && isSpaceAt(text, e - 1)) e--;
    if (e > s) ranges.push({ start: s, end: e });
    from = Math.max(from, cut);
  }
  return ranges;
}

/** The sentence stage: every article's headline lines and running text, in text order. */
export function segmentSentences(page: SegmentedPage): SentencedPage {
  const sentences: Sentence[] = [];
  for (const article of page.articles) {
    for (const paragraph of article.paragraphs) {
      if (!paragraph.content) continue;
      if (paragraph.role === 'headline') {
        sentences.push({ ...paragraph.content, article: article.index, kind: 'headline' });
        continue;
      }
      for (const range of splitSentences(page.text, paragraph.content.start, paragraph.content.end)) {
        sentences.push({ ...range, article: article.index, kind: 'body' });
      }
    }
  }
  sentences.sort((a, b) => a.start - b.start);
  return { ...page, sentences };
}
