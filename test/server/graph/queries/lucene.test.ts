// What a reader types becomes a Lucene query of fixed shape: Han text as phrases (their bigrams
// in order), a single Han character as a prefix, pinyin as words, the last one a prefix when
// completing; every character Lucene would read as syntax escaped.
import { describe, expect, it } from 'vitest';
import { escapeLucene, luceneQuery } from '../../../../server/graph/queries/lucene.ts';

const q = (text: string, prefix = false) => luceneQuery(text, { prefix });

describe('luceneQuery', () => {
  it('searches Han names as phrases and single characters as prefixes', () => {
    expect(q('张建慧')).toBe('"张建慧"');
    expect(q('建慧')).toBe('"建慧"');
    expect(q('张')).toBe('张*');
    expect(q('张 建慧')).toBe('张* AND "建慧"');
  });

  it('searches pinyin as lowercase words, the last one a prefix when completing', () => {
    expect(q('ZJH')).toBe('zjh');
    expect(q('zhang jian', true)).toBe('zhang AND jian*');
    expect(q('AND OR NOT')).toBe('and AND or AND not');
  });

  it('escapes Lucene syntax and drops tokens with nothing to search', () => {
    expect(q('name:张建慧')).toBe('"name:张建慧"');
    expect(q('zjh~2')).toBe('zjh\\~2');
    expect(q('a* b?')).toBe('a\\* AND b\\?');
    expect(q('*')).toBeNull();
    expect(q('  ')).toBeNull();
    expect(q('"张"')).toBe('张*');
    expect(q('张"建')).toBe('"张\\"建"');
    expect(escapeLucene('+-&|!(){}[]^"~*?:\\/')).toBe('\\+\\-\\&\\|\\!\\(\\)\\{\\}\\[\\]\\^\\"\\~\\*\\?\\:\\\\\\/');
  });

  it('reads full-width characters as their plain forms', () => {
    expect(q('ＺＪＨ')).toBe('zjh');
  });
});
