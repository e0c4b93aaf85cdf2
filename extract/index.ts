// The extractor's only public entry: bytes of a page in, an Extraction (and its document
// summary) out. Pure and deterministic; the gazetteer is loaded once and shared.
import type { DocumentSummary, Extraction } from '../vocab/extraction.ts';
import { fail, ok, type Result } from '../vocab/result.ts';
import { readPage } from './read/index.ts';
import { findOnPage } from './pipeline.ts';
import { buildExtraction } from './build.ts';
import { summarizePage } from './summary.ts';
import { loadGazetteer, type Gazetteer } from './tables/gazetteer.ts';

export interface ExtractOptions {
  /** The newspaper's city (周口市) when the caller knows it; otherwise inferred from the text. */
  readonly home?: string | null;
}

export const DEFAULTS: Required<ExtractOptions> = {
  // Inferring the home city from the page is right for city papers, the bulk of the corpus.
  home: null,
};

export interface PageResult {
  readonly extraction: Extraction;
  readonly summary: DocumentSummary;
}

let gazetteer: Gazetteer | null = null;
const getGazetteer = (): Gazetteer => (gazetteer ??= loadGazetteer());

/** Extraction and summary of one page; a page that cannot be read is an error value naming the file. */
export function extractPageWithSummary(bytes: Uint8Array, doc: string, options: ExtractOptions = {}): Result<PageResult> {
  const read = readPage(bytes, doc, { home: options.home ?? DEFAULTS.home });
  if (!read.ok) return fail(read.error.code, read.error.message);
  const g = getGazetteer();
  const findings = findOnPage(read.value, g);
  const { extraction, persons } = buildExtraction(findings, g);
  return ok({ extraction, summary: summarizePage(findings, persons) });
}

export function extractPage(bytes: Uint8Array, doc: string, options: ExtractOptions = {}): Result<Extraction> {
  const r = extractPageWithSummary(bytes, doc, options);
  return r.ok ? ok(r.value.extraction) : r;
}
