// Bytes → text: encodings found, binaries refused, HTML reduced to what a reader sees.
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeBytes, htmlToText } from '../../../server/ingest/decode.ts';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
const SENTENCE = '本报讯(记者王艳)11月3日，市委书记张建慧到淮阳区调研。';

describe('decodeBytes', () => {
  it('reads UTF-8, with or without a byte order mark', () => {
    expect(decodeBytes(utf8(SENTENCE), false)).toEqual({ ok: true, value: SENTENCE });
    expect(decodeBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(SENTENCE)]), false)).toEqual({ ok: true, value: SENTENCE });
  });

  it('reads GBK pages as GB18030', () => {
    expect(decodeBytes(iconv.encode(SENTENCE, 'gbk'), false)).toEqual({ ok: true, value: SENTENCE });
  });

  it('believes a page that declares gb2312 in its meta tag', () => {
    const html = `<html><head><meta charset="gb2312"></head><body>${SENTENCE}</body></html>`;
    const result = decodeBytes(iconv.encode(html, 'gbk'), true);
    expect(result.ok && result.value.includes(SENTENCE)).toBe(true);
  });

  it('reads UTF-16 with a byte order mark', () => {
    const bytes = new Uint8Array([0xff, 0xfe, ...iconv.encode(SENTENCE, 'utf-16le')]);
    expect(decodeBytes(bytes, false)).toEqual({ ok: true, value: SENTENCE });
  });

  it('refuses binaries by magic number and by NUL bytes', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    expect(decodeBytes(png, false)).toMatchObject({ ok: false, error: { code: 'binary' } });
    expect(decodeBytes(new Uint8Array([...utf8('abc'), 0, ...utf8('def')]), false)).toMatchObject({ ok: false, error: { code: 'binary' } });
  });

  it('refuses bytes that are neither UTF-8 nor GB18030', () => {
    expect(decodeBytes(new Uint8Array([0x41, 0xff, 0xfe, 0x41, 0xff]), false)).toMatchObject({ ok: false, error: { code: 'bad-encoding' } });
  });
});

describe('htmlToText', () => {
  it('drops scripts, styles, comments and tags, decodes entities and keeps blocks on their own lines', () => {
    const html = [
      '<html><head><title>周口日报</title><style>p { color: red }</style>',
      '<script>var x = "<p>not text</p>";</script></head><body>',
      '<!-- nav --><h1>张建慧在淮阳区调研</h1>',
      '<p>本报讯(记者王艳)11月3日，市委书记<b>张建慧</b>到淮阳区调研&nbsp;&ldquo;三农&rdquo;工作。</p>',
      '<p>市领导李明陪同调研&#12290;</p></body></html>',
    ].join('\n');
    expect(htmlToText(html)).toBe([
      '周口日报',
      '',
      '张建慧在淮阳区调研',
      '',
      '本报讯(记者王艳)11月3日，市委书记张建慧到淮阳区调研 “三农”工作。',
      '',
      '市领导李明陪同调研。',
    ].join('\n'));
  });
});
