// Messages between the ingest and its extraction workers. Plain data: they cross threads by
// structured clone, which is why an Extraction is plain JSON.
import type { Extraction } from '../../vocab/extraction.ts';

export interface PageRequest {
  readonly id: number;
  readonly path: string;
  readonly doc: string;
}

/** Why a file was not loaded; the summary counts by code, the report gives the message. */
export type PageFailureCode =
  | 'not-found' | 'unreadable' | 'too-large' | 'binary' | 'bad-encoding' | 'extract-failed' | 'extract-crashed'
  | 'worker-crashed';

export type PageResponse =
  | { readonly id: number; readonly ok: true; readonly extraction: Extraction }
  | { readonly id: number; readonly ok: false; readonly code: PageFailureCode; readonly message: string };

export interface WorkerSettings {
  /** Module exporting extractPage (a file URL); tests may hand in their own. */
  readonly extractor: string;
  readonly maxFileBytes: number;
  /** The page's home city, when the caller knows it for every file. */
  readonly home: string | null;
}
