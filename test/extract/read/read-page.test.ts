// readPage end to end: bytes in, a page whose every view points back at the original text.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { originalRange, textOf } from '../../../extract/page.ts';
import { readPage } from '../../../extract/read/index.ts';

const root = path.resolve(import.meta.dirname, '../../..');
const seedFiles = readdirSync(path.join(root, 'seeds')).filter((f) => f.endsWith('.txt')).sort();
const squeeze = (s: string): string => s.replace(/\s+/gu, '');

describe.each(seedFiles)('readPage(%s)', (file) => {
  const bytes = readFileSync(path.join(root, 'seeds', file));
  const doc = file.replace(/\.txt$/u, '');
  const result = readPage(bytes, doc);
  if (!result.ok) throw new Error(result.error.message);
  const page = result.value;

  it('keeps the original text and names the page', () => {
    expect(page.original).toBe(bytes.toString('utf8'));
    expect(page).toMatchObject({ doc, encoding: 'utf-8' });
  });

  it('gives sentences that slice back to the same words in the original', () => {
    expect(page.sentences.length).toBeGreaterThan(20);
    for (const sentence of page.sentences) {
      const range = originalRange(page, sentence);
      expect(squeeze(page.original.slice(range.start, range.end))).toBe(squeeze(textOf(page, sentence)));
    }
  });

  it('keeps each sentence inside its article', () => {
    for (const s of page.sentences) {
      const article = page.articles[s.article];
      expect(article && s.start >= article.start && s.end <= article.end).toBe(true);
    }
  });

  it('reads the same page from GBK bytes', () => {
    const gbk = readPage(new Uint8Array(iconv.encode(bytes.toString('utf8'), 'gbk')), doc);
    expect(gbk.ok && gbk.value.encoding).toBe('gb18030');
    expect(gbk.ok && gbk.value.text).toBe(page.text);
  });
});

describe('readPage', () => {
  it('passes decoding errors through with their code', () => {
    expect(readPage(new Uint8Array(), 'empty')).toMatchObject({ ok: false, error: { code: 'empty' } });
  });

  it('reads a page without Chinese into a page that carries the warning', () => {
    const result = readPage(new TextEncoder().encode('Mayor Liu visited the reception centre.\n'), 'english');
    expect(result.ok && result.value.warnings.map((w) => w.code)).toContain('no-chinese');
  });
});
