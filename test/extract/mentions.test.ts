// The flat NER view of a sentence and the `--mentions` command line.
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { MENTION_DEFAULTS, recognizeMentions, recognizeTextMentions } from '../../extract/mentions.ts';
import { parseArgs, runMentions } from '../../extract/cli.ts';

const spans = (text: string): string[] => recognizeMentions(text).map((m) => `${m.type}:${text.slice(m.start, m.end)}`);

describe('recognizeMentions', () => {
  it('gives persons, places and bodies with end-exclusive offsets', () => {
    const text = '市委书记张建慧到淮阳区调研';
    expect(recognizeMentions(text)).toEqual([
      { type: 'ORG', start: 0, end: 2 },
      { type: 'PER', start: 4, end: 7 },
      { type: 'LOC', start: 8, end: 11 },
    ]);
  });

  it('keeps the longest body over the place inside it', () => {
    expect(spans('由中国人民对外友好协会和江苏省人民政府共同主办')).toContain('ORG:中国人民对外友好协会');
  });

  it('follows the NER sets: one-character places, a government by its place, a lone surname', () => {
    expect(spans('中美关系健康发展')).toEqual(['LOC:中', 'LOC:美']);
    expect(spans('美国政府认为')).toEqual(['LOC:美国']);
    expect(spans('胡老说，要多读书')).toEqual(['PER:胡']);
  });

  it('carries the names of a text from one sentence to the next', () => {
    const text = ['市委书记王俊平到会讲话。', '俊平开通了一条热线。'];
    expect(recognizeTextMentions(text).map((ms, i) => ms.map((m) => `${m.type}:${text[i]!.slice(m.start, m.end)}`)))
      .toEqual([['ORG:市委', 'PER:王俊平'], ['PER:俊平']]);
  });

  it('takes a two-character place word of the dictionary only with a place ending or a gazetteer entry', () => {
    expect(spans('青春的英雄们热爱祖国')).toEqual([]);
    expect(spans('5月11日本报刊载报道')).toEqual([]);
  });

  it('keeps a country that opens a word and a country made of abbreviation characters', () => {
    expect(spans('法国总理若斯潘在记者招待会上说')).toEqual(['LOC:法国', 'PER:若斯潘']);
    expect(spans('美国对古巴的封锁')).toEqual(['LOC:美国', 'LOC:古巴']);
  });

  it('reports a party congress by its number, behind its option', () => {
    expect(spans('认真学习十五大精神')).toEqual(['ORG:十五大']);
    expect(spans('系统一大批项目')).toEqual([]);
    expect(recognizeMentions('认真学习十五大精神', undefined, { ...MENTION_DEFAULTS, congressesAsOrganizations: false })).toEqual([]);
  });

  it('returns nothing for an empty line', () => {
    expect(recognizeMentions('')).toEqual([]);
  });
});

describe('extract CLI', () => {
  it('parses --mentions and rejects unknown options with a usage code', () => {
    expect(parseArgs(['--mentions'])).toMatchObject({ ok: true, value: { mode: 'mentions', files: [] } });
    const bad = parseArgs(['--nope']);
    expect(bad.ok ? null : bad.error.code).toBe('usage');
    expect(parseArgs([]).ok).toBe(false);
  });

  it('writes one JSON line per input line, empty lines included', async () => {
    const input = new PassThrough();
    const output = new PassThrough();
    const chunks: string[] = [];
    output.on('data', (c: Buffer) => chunks.push(c.toString('utf8')));
    const done = runMentions(input, output);
    input.end('市长吉建军主持会议\n\n新华社记者报道\n');
    await done;
    const lines = chunks.join('').split('\n').filter((l) => l !== '');
    expect(lines).toHaveLength(3);
    expect(JSON.parse(lines[1] ?? '')).toEqual({ mentions: [] });
    expect(JSON.parse(lines[0] ?? '').mentions).toContainEqual({ type: 'PER', start: 2, end: 5 });
  });
});
