// Character classes shared by the normalizer, the date parser and the page reader. Work on UTF-16
// code units, as offsets do: a character outside the BMP (𠮷) is two units, both classed as Han.

/** CJK ideographs, including extension blocks (as surrogate halves) and 〇. */
export function isHan(code: number): boolean {
  return (
    (code >= 0x4e00 && code <= 0x9fff) ||
    (code >= 0x3400 && code <= 0x4dbf) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xd800 && code <= 0xdfff) ||
    code === 0x3007
  );
}

export function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

export function isAsciiLetter(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

/** Punctuation that ends or divides a Chinese clause: 。，、；：！？ (full-width forms). */
export function isClausePunct(code: number): boolean {
  return (
    code === 0x3002 || code === 0xff0c || code === 0x3001 || code === 0xff1b ||
    code === 0xff1a || code === 0xff01 || code === 0xff1f
  );
}

/**
 * Characters that belong to Chinese running text besides ideographs: CJK punctuation, quotes,
 * brackets, full-width forms. Letter-spacing damage (`力 ， 以 一 域`) runs through these too.
 */
export function isHanish(code: number): boolean {
  return (
    isHan(code) ||
    (code >= 0x3000 && code <= 0x303f) ||
    (code >= 0xff00 && code <= 0xffef) ||
    code === 0x201c || code === 0x201d || code === 0x2018 || code === 0x2019 ||
    code === 0x2014 || code === 0x2026 || code === 0x00b7
  );
}

/** Spaces of every width; a line break is not one of them. */
export function isSpace(code: number): boolean {
  return (
    code === 0x20 || code === 0x09 || code === 0x0b || code === 0x0c || code === 0xa0 ||
    code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x202f ||
    code === 0x205f || code === 0x3000
  );
}

/** Whether a string has any Chinese ideograph. */
export function hasHan(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (isHan(text.charCodeAt(i)) && !isSurrogate(text.charCodeAt(i))) return true;
  return false;
}

export function isSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdfff;
}

/** Number of ideographs in a string. */
export function countHan(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) if (isHan(text.charCodeAt(i))) n++;
  return n;
}
