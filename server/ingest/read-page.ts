// One file → one Extraction, or the reason it cannot be had. Runs inside an extraction worker;
// kept apart from the thread plumbing so it can be tested in the test's own thread.
import { readFile, stat } from 'node:fs/promises';
import type { Extraction } from '../../vocab/extraction.ts';
import type { Result } from '../../vocab/result.ts';
import { decodeBytes, htmlToText, isHtmlPath } from './decode.ts';
import type { PageFailureCode, PageRequest, PageResponse } from './protocol.ts';

export type ExtractPage = (bytes: Uint8Array, doc: string, options?: { home?: string | null }) => Result<Extraction, string>;

const failure = (id: number, code: PageFailureCode, message: string): PageResponse => ({ id, ok: false, code, message });

export async function readPage(
  request: PageRequest,
  extractPage: ExtractPage,
  settings: { maxFileBytes: number; home: string | null },
): Promise<PageResponse> {
  const { id, path } = request;
  let bytes: Uint8Array;
  try {
    const size = (await stat(path)).size;
    if (size > settings.maxFileBytes) {
      return failure(id, 'too-large', `${size} bytes, more than the ${settings.maxFileBytes} a page may have`);
    }
    bytes = await readFile(path);
  } catch (error) {
    const code = (error as { code?: unknown }).code === 'ENOENT' ? 'not-found' : 'unreadable';
    return failure(id, code, error instanceof Error ? error.message : String(error));
  }
  const decoded = decodeBytes(bytes, isHtmlPath(path));
  if (!decoded.ok) return failure(id, decoded.error.code, decoded.error.message);
  const text = isHtmlPath(path) ? htmlToText(decoded.value) : decoded.value;
  try {
    // The extractor gets UTF-8 whatever the file was: encodings are settled here, once.
    const result = extractPage(new TextEncoder().encode(text), request.doc, { home: settings.home });
    if (!result.ok) return failure(id, 'extract-failed', `${result.error.code}: ${result.error.message}`);
    return { id, ok: true, extraction: result.value };
  } catch (error) {
    return failure(id, 'extract-crashed', error instanceof Error ? (error.stack ?? error.message) : String(error));
  }
}
