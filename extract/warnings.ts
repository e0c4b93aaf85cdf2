// Coded notes of extract/, in the manner of spaCy's errors.py: every error that refuses a page and
// every warning about a page or an article has a stable id (E…, W…) and a code that callers and
// summaries count and tests assert on. Messages are for people; code never parses them.

/** Why a page cannot be read at all. */
export const ERRORS = {
  empty: { id: 'E001', text: 'the file is empty or holds only whitespace' },
  binary: { id: 'E002', text: 'the file is binary, not text' },
  encoding: { id: 'E003', text: 'the file is in no encoding NewsGraph reads (UTF-8, UTF-16 with BOM, GB18030/GBK)' },
  'too-large': { id: 'E004', text: 'the file is larger than a page may be' },
} as const;

/** What is wrong with a page that can still be read. */
export const WARNINGS = {
  'empty-article': { id: 'W001', text: 'an article has headlines but no body text on this page' },
  'no-date': { id: 'W002', text: 'the page gives no date with month and day (no masthead, dateline or dated lead)' },
  'no-home-city': { id: 'W003', text: 'the newspaper\'s city could not be told from the text; 我市 and 市委 stay unresolved' },
  'no-chinese': { id: 'W004', text: 'the page has no Chinese text' },
  'unknown-home-city': { id: 'W005', text: 'the home city given is no prefecture-level city NewsGraph knows; used as written' },
} as const;

export type ErrorCode = keyof typeof ERRORS;
export type WarningCode = keyof typeof WARNINGS;
export type NoteCode = ErrorCode | WarningCode;

/** A warning as it travels with a page and into the Extraction (vocab ExtractionWarning plus the id). */
export interface Note {
  readonly code: WarningCode;
  readonly id: string;
  readonly message: string;
  /** Offsets into the page's normalized text, when the warning is about one stretch of it. */
  readonly start?: number;
  readonly end?: number;
}

/** A warning note; `detail` names what it is about (the file, the headline). */
export function warning(code: WarningCode, detail?: string, range?: { start: number; end: number }): Note {
  const { id, text } = WARNINGS[code];
  const message = detail ? `${id} ${text}: ${detail}` : `${id} ${text}`;
  return range ? { code, id, message, start: range.start, end: range.end } : { code, id, message };
}

/** The message of an error, naming the file it is about. */
export function errorMessage(code: ErrorCode, file: string, detail?: string): string {
  const { id, text } = ERRORS[code];
  return `${id} ${file}: ${text}${detail ? `; ${detail}` : ''}`;
}
