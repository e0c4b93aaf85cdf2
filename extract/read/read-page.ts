// The reading stages in order: decode → normalize → articles → sentences → page context. The one
// entry the pipeline calls for a file; tests and the --mentions reader start from text instead.
import type { Result } from '../../vocab/result.ts';
import { ok } from '../../vocab/result.ts';
import type { Encoding, NormalizedPage, Page } from '../page.ts';
import { normalizeText } from '../normalize/text.ts';
import type { Note } from '../warnings.ts';
import { segmentArticles } from './articles.ts';
import { decodePage, type DecodeErrorCode } from './decode.ts';
import { readPageContext, type ContextOptions } from './page-context.ts';
import { segmentSentences } from './sentences.ts';

/** What a caller may tell the reader about a page; today only its home city. */
export type ReadOptions = ContextOptions;

/** The normalization stage: a decoded text as a page with paragraphs and an offset map. */
export function normalizePage(text: string, doc: string, encoding: Encoding = 'utf-8', warnings: readonly Note[] = []): NormalizedPage {
  const normalized = normalizeText(text);
  return {
    doc,
    encoding,
    original: text,
    text: normalized.text,
    offsets: normalized.offsets,
    paragraphs: normalized.paragraphs,
    warnings,
  };
}

/** Reads a page already decoded to text. */
export function readText(text: string, doc: string, options: ReadOptions = {}): Page {
  return readPageContext(segmentSentences(segmentArticles(normalizePage(text, doc))), options);
}

/** Reads the bytes of one page file; `doc` is its name without extension. */
export function readPage(bytes: Uint8Array, doc: string, options: ReadOptions = {}): Result<Page, DecodeErrorCode> {
  const decoded = decodePage(bytes, doc);
  if (!decoded.ok) return decoded;
  const { text, encoding, warnings } = decoded.value;
  return ok(readPageContext(segmentSentences(segmentArticles(normalizePage(text, doc, encoding, warnings))), options));
}
