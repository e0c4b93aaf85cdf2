// decodePage: which bytes are read as which text, and which are refused with which code.
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodePage, MAX_PAGE_BYTES } from '../../../extract/read/decode.ts';

const PAGE = '本报讯(记者王艳)11月3日，市委书记张建慧到淮阳区调研。\n';
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

function utf16(text: string, littleEndian: boolean, bom: boolean): Uint8Array {
  const bytes = new Uint8Array((text.length + (bom ? 1 : 0)) * 2);
  const view = new DataView(bytes.buffer);
  let at = 0;
  if (bom) view.setUint16((at += 2) - 2, 0xfeff, littleEndian);
  for (let i = 0; i < text.length; i++, at += 2) view.setUint16(at, text.charCodeAt(i), littleEndian);
  return bytes;
}

describe('decodePage', () => {
  it('reads UTF-8', () => {
    const result = decodePage(utf8(PAGE), 'page.txt');
    expect(result).toMatchObject({ ok: true, value: { text: PAGE, encoding: 'utf-8', warnings: [] } });
  });

  it('reads UTF-8 with a BOM and drops the BOM', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(PAGE)]);
    expect(decodePage(bytes, 'bom.txt')).toMatchObject({ ok: true, value: { text: PAGE, encoding: 'utf-8-bom' } });
  });

  it('reads UTF-16 with either BOM, and little-endian UTF-16 without one', () => {
    expect(decodePage(utf16(PAGE, true, true), 'le.txt')).toMatchObject({ ok: true, value: { text: PAGE, encoding: 'utf-16le' } });
    expect(decodePage(utf16(PAGE, false, true), 'be.txt')).toMatchObject({ ok: true, value: { text: PAGE, encoding: 'utf-16be' } });
    expect(decodePage(utf16(PAGE, true, false), 'nobom.txt')).toMatchObject({ ok: true, value: { text: PAGE, encoding: 'utf-16le' } });
  });

  it('reads a GBK page as GB18030', () => {
    const bytes = iconv.encode(`${PAGE}会议指出，要准确把握定位，增强政治责任担当。“三农”工作①7\n`, 'gbk');
    const result = decodePage(new Uint8Array(bytes), 'gbk-page.txt');
    expect(result.ok && result.value.encoding).toBe('gb18030');
    expect(result.ok && result.value.text.startsWith(PAGE)).toBe(true);
  });

  it('refuses an empty file and a file of white space', () => {
    expect(decodePage(new Uint8Array(), 'empty.txt')).toMatchObject({ ok: false, error: { code: 'empty' } });
    expect(decodePage(utf8(' \n\t\u3000\u00a0\r\n'), 'blank.txt')).toMatchObject({ ok: false, error: { code: 'empty' } });
  });

  it('refuses binary files', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 1, 2, 3]);
    expect(decodePage(png, 'photo.png')).toMatchObject({ ok: false, error: { code: 'binary' } });
    const controls = new Uint8Array(200).map((_, i) => (i % 3 === 0 ? 0x01 : 0x41));
    expect(decodePage(controls, 'controls.bin')).toMatchObject({ ok: false, error: { code: 'binary' } });
  });

  it('refuses text in an encoding it does not read', () => {
    const latin1 = new Uint8Array(iconv.encode('Le café de la gare est fermé à Noël.', 'latin1'));
    expect(decodePage(latin1, 'french.txt')).toMatchObject({ ok: false, error: { code: 'encoding' } });
    const brokenBom = new Uint8Array([0xef, 0xbb, 0xbf, 0xc3, 0x28]);
    expect(decodePage(brokenBom, 'broken.txt')).toMatchObject({ ok: false, error: { code: 'encoding' } });
  });

  it('refuses a 50 MB file with the limit code, naming the file and the limit', () => {
    const big = new Uint8Array(50 * 1024 * 1024).fill(0x41);
    const result = decodePage(big, 'archive.txt');
    expect(result).toMatchObject({ ok: false, error: { code: 'too-large' } });
    if (!result.ok) {
      expect(result.error.message).toContain('archive.txt');
      expect(result.error.message).toContain(`${MAX_PAGE_BYTES / 1024 / 1024}`);
      expect(result.error.message).toContain('split');
    }
  });

  it('reads a page without Chinese but warns about it', () => {
    const result = decodePage(utf8('Xi Jinping sent a letter to the fifth China-U.S. Sister Cities Conference.\n'), 'english.txt');
    expect(result.ok).toBe(true);
    expect(result.ok && result.value.warnings.map((w) => w.code)).toEqual(['no-chinese']);
  });

  it('names the file in every error message', () => {
    for (const bytes of [new Uint8Array(), new Uint8Array([0, 1, 2, 3, 0, 0, 9])]) {
      const result = decodePage(bytes, 'named.txt');
      expect(!result.ok && result.error.message).toContain('named.txt');
    }
  });
});
