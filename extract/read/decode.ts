// Bytes to text. Pages arrive as UTF-8 (with or without BOM), UTF-16 (with BOM, or without one when
// the NUL pattern gives it away), or GB18030/GBK, the encoding of older Chinese sites and dumps.
// Valid UTF-8 is taken as UTF-8; anything else is tried as GB18030 and kept only when it reads as
// Chinese: its two-byte characters are mostly in the GB2312 range of common characters and
// punctuation (Latin-1 text and Big5 decode to rare characters if at all), and nothing is
// replaced. Refused, with the file named: empty or blank files, binary files (NUL bytes, control
// characters), text in another encoding, files over the size limit. A page without a single
// Chinese character decodes but carries the no-chinese warning, for later stages to skip or to
// hand to another reader.
import iconv from 'iconv-lite';
import { fail, ok, type Result } from '../../vocab/result.ts';
import type { Encoding } from '../page.ts';
import { hasHan } from '../normalize/chars.ts';
import { errorMessage, warning, type Note } from '../warnings.ts';

/** Largest page read, in bytes: a newspaper page is 5–50 kB; 20 MB is a whole archive by mistake. */
export const MAX_PAGE_BYTES = 20 * 1024 * 1024;

/** Share of control bytes above which a file is binary: text has tabs and line breaks, no more. */
const MAX_CONTROL_SHARE = 0.01;
/** Share of GB18030 two-byte characters that must be GB2312 common characters or punctuation. */
const MIN_GB2312_SHARE = 0.7;

export type DecodeErrorCode = 'empty' | 'binary' | 'encoding' | 'too-large';

export interface DecodedPage {
  readonly text: string;
  readonly encoding: Encoding;
  readonly warnings: readonly Note[];
}

function megabytes(bytes: number): string {
  return (bytes / (1024 * 1024)).toFixed(bytes < 10 * 1024 * 1024 ? 1 : 0);
}

function isControl(byte: number): boolean {
  return (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c) || byte === 0x7f;
}

function decodeStrict(bytes: Uint8Array, label: 'utf-8' | 'utf-16le' | 'utf-16be'): string | null {
  try {
    return new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** Reads bytes as GB18030 only when they look like Chinese in it; see the header. */
function decodeGb18030(bytes: Uint8Array): string | null {
  let pairs = 0;
  let common = 0;
  for (let i = 0; i < bytes.length; i++) {
    const lead = bytes[i] as number;
    if (lead < 0x80) continue;
    if (lead === 0x80 || lead === 0xff || i + 1 >= bytes.length) return null;
    const trail = bytes[i + 1] as number;
    if (trail >= 0x30 && trail <= 0x39) {
      // Four-byte sequence: rare characters and the rest of Unicode.
      i += 3;
      pairs++;
      continue;
    }
    if (trail < 0x40 || trail === 0x7f || trail === 0xff) return null;
    pairs++;
    if (lead >= 0xa1 && lead <= 0xf7 && trail >= 0xa1) common++;
    i++;
  }
  if (pairs > 0 && common / pairs < MIN_GB2312_SHARE) return null;
  const text = iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), 'gb18030');
  return text.includes('\uFFFD') ? null : text;
}

/** UTF-16 without a BOM shows itself by NULs in every other byte (the high bytes of ASCII characters). */
function bomlessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes.length % 2 !== 0) return null;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] !== 0) continue;
    if (i % 2 === 0) even++;
    else odd++;
  }
  if (odd > 0 && even === 0) return 'utf-16le';
  if (even > 0 && odd === 0) return 'utf-16be';
  return null;
}

function controlShare(text: string): number {
  let controls = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) || (c >= 0x7f && c <= 0x9f)) controls++;
  }
  return text.length === 0 ? 0 : controls / text.length;
}

/** `checked`: the bytes were already found free of control characters, so the text need not be scanned again. */
function decoded(text: string, encoding: Encoding, name: string, checked = false): Result<DecodedPage, DecodeErrorCode> {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (!/[^\s\u3000\u00a0\ufeff]/u.test(body)) {
    return fail('empty', errorMessage('empty', name, 'there is no text to read'));
  }
  if (!checked && controlShare(body) > MAX_CONTROL_SHARE) {
    return fail('binary', errorMessage('binary', name, `it decodes as ${encoding} but is full of control characters`));
  }
  const warnings = hasHan(body) ? [] : [warning('no-chinese', name)];
  return ok({ text: body, encoding, warnings });
}

/** Decodes the bytes of one page; `name` is the file, for messages. */
export function decodePage(bytes: Uint8Array, name: string, limit: number = MAX_PAGE_BYTES): Result<DecodedPage, DecodeErrorCode> {
  if (bytes.length > limit) {
    return fail('too-large', errorMessage('too-large', name,
      `it has ${megabytes(bytes.length)} MB and a page may have ${megabytes(limit)} MB; split it into one file per page ` +
      `or per article (for example \`split -C 5m ${name} part-\` keeps lines whole) and extract the parts`));
  }
  if (bytes.length === 0) return fail('empty', errorMessage('empty', name, 'it has 0 bytes'));
  const [b0, b1, b2, b3] = [bytes[0], bytes[1], bytes[2], bytes[3]];
  if ((b0 === 0xff && b1 === 0xfe && b2 === 0 && b3 === 0) || (b0 === 0 && b1 === 0 && b2 === 0xfe && b3 === 0xff)) {
    return fail('encoding', errorMessage('encoding', name, 'it is UTF-32; save it as UTF-8'));
  }
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) {
    const text = decodeStrict(bytes.subarray(3), 'utf-8');
    return text === null
      ? fail('encoding', errorMessage('encoding', name, 'it starts with a UTF-8 BOM but is not valid UTF-8'))
      : decoded(text, 'utf-8-bom', name);
  }
  if ((b0 === 0xff && b1 === 0xfe) || (b0 === 0xfe && b1 === 0xff)) {
    const label = b0 === 0xff ? 'utf-16le' : 'utf-16be';
    const text = decodeStrict(bytes.subarray(2), label);
    return text === null
      ? fail('encoding', errorMessage('encoding', name, `it starts with a ${label} BOM but is not valid ${label}`))
      : decoded(text, label, name);
  }
  let controls = 0;
  let nuls = 0;
  for (const byte of bytes) {
    if (byte === 0) nuls++;
    if (isControl(byte)) controls++;
  }
  if (nuls > 0) {
    const label = bomlessUtf16(bytes);
    const text = label ? decodeStrict(bytes, label) : null;
    if (label && text !== null && controlShare(text) <= MAX_CONTROL_SHARE) return decoded(text, label, name);
    return fail('binary', errorMessage('binary', name, `it has ${nuls} NUL bytes`));
  }
  if (controls / bytes.length > MAX_CONTROL_SHARE) {
    return fail('binary', errorMessage('binary', name, `${controls} of its ${bytes.length} bytes are control characters`));
  }
  const utf8 = decodeStrict(bytes, 'utf-8');
  if (utf8 !== null) return decoded(utf8, 'utf-8', name, true);
  const gb = decodeGb18030(bytes);
  if (gb !== null) return decoded(gb, 'gb18030', name, true);
  return fail('encoding', errorMessage('encoding', name, 'it is neither UTF-8 nor Chinese in GB18030/GBK; save it as UTF-8'));
}
