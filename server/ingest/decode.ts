// Bytes of a page → its text: refuses binaries, finds the encoding (UTF-8, UTF-16 with a BOM,
// GB18030 for the many Chinese sites still in GBK) and strips HTML to the text a reader sees.
// Pure; the worker reads the file and hands the bytes here.
import { fail, ok, type Result } from '../../vocab/result.ts';

export type DecodeError = 'binary' | 'bad-encoding';

/** Magic numbers of formats that are never pages, checked before anything is decoded. */
const MAGIC: readonly (readonly number[])[] = [
  [0x25, 0x50, 0x44, 0x46], // %PDF
  [0x89, 0x50, 0x4e, 0x47], // PNG
  [0xff, 0xd8, 0xff], // JPEG
  [0x47, 0x49, 0x46, 0x38], // GIF
  [0x50, 0x4b, 0x03, 0x04], // ZIP, DOCX
  [0x1f, 0x8b], // gzip
  [0x7f, 0x45, 0x4c, 0x46], // ELF
];

const startsWith = (bytes: Uint8Array, prefix: readonly number[]): boolean =>
  prefix.length <= bytes.length && prefix.every((b, i) => bytes[i] === b);

/** Control characters other than tab, newline, carriage return and form feed: what binaries are full of. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000b\u000e-\u001f\u007f]/gu;

/** A decoded text with more than this share of control or replacement characters is not a page. */
const MAX_NOISE = 0.01;

function noise(text: string): number {
  if (text.length === 0) return 0;
  const bad = (text.match(CONTROL)?.length ?? 0) + (text.match(/\ufffd/gu)?.length ?? 0);
  return bad / text.length;
}

function tryDecode(encoding: string, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** `<meta charset="gb2312">` and the http-equiv form: the page's own word on its encoding. */
function declaredCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/iu.exec(head);
  return m?.[1]?.toLowerCase() ?? null;
}

const GB_FAMILY = new Set(['gb2312', 'gbk', 'gb18030', 'x-gbk', 'cp936']);

export function decodeBytes(bytes: Uint8Array, html: boolean): Result<string, DecodeError> {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return checked(tryDecode('utf-8', bytes.subarray(3)), 'utf-8');
  if (startsWith(bytes, [0xff, 0xfe])) return checked(tryDecode('utf-16le', bytes.subarray(2)), 'utf-16le');
  if (startsWith(bytes, [0xfe, 0xff])) return checked(tryDecode('utf-16be', bytes.subarray(2)), 'utf-16be');
  if (MAGIC.some((m) => startsWith(bytes, m)) || bytes.subarray(0, 65536).includes(0)) {
    return fail('binary', 'looks like a binary file, not a page of text');
  }
  const declared = html ? declaredCharset(bytes) : null;
  const order = declared && GB_FAMILY.has(declared) ? ['gb18030', 'utf-8'] : ['utf-8', 'gb18030'];
  for (const encoding of order) {
    const text = tryDecode(encoding, bytes);
    if (text !== null && noise(text) <= MAX_NOISE) return ok(text);
  }
  return fail('bad-encoding', 'neither valid UTF-8 nor GB18030 text');
}

function checked(text: string | null, encoding: string): Result<string, DecodeError> {
  if (text === null) return fail('bad-encoding', `has a ${encoding} byte order mark but is not valid ${encoding}`);
  if (noise(text) > MAX_NOISE) return fail('binary', 'too many control characters for a page of text');
  return ok(text);
}

const ENTITIES: Record<string, string> = {
  nbsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", ldquo: '“', rdquo: '”', lsquo: '‘', rsquo: '’',
  middot: '·', mdash: '—', ndash: '–', hellip: '…', ensp: ' ', emsp: '　', copy: '©', times: '×',
};

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/giu, (whole, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[body.toLowerCase()] ?? whole;
  });
}

/** Elements whose end starts a new line for a reader. */
const BLOCK = 'p|div|br|li|tr|h[1-6]|section|article|header|footer|table|ul|ol|blockquote|pre|title';

/** The text a reader sees: scripts, styles and comments gone, blocks on their own lines. */
export function htmlToText(html: string): string {
  return decodeEntities(
    html
      .replace(/<!--[\s\S]*?-->/gu, '')
      .replace(/<(script|style|noscript|template|svg)\b[\s\S]*?<\/\1\s*>/giu, '')
      .replace(new RegExp(`<\\/?(?:${BLOCK})\\b[^>]*>`, 'giu'), '\n')
      .replace(/<[^>]*>/gu, ''),
  )
    .split('\n')
    .map((line) => line.replace(/[ \t\r\f\v\u00a0]+/gu, ' ').trim())
    .filter((line, i, lines) => line.length > 0 || (i > 0 && (lines[i - 1]?.length ?? 0) > 0))
    .join('\n')
    .trim();
}

export const isHtmlPath = (file: string): boolean => /\.html?$/iu.test(file);
