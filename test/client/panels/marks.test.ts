// Names marked in evidence sentences: every occurrence, the longer name where two overlap, no
// single characters; and an article with the evidence sentence marked by offsets.
import { describe, expect, it } from 'vitest';
import { markNames, markRange } from '../../../client/panels/marks.ts';

const marked = (runs: { text: string; marked: boolean }[]): string[] => runs.filter((r) => r.marked).map((r) => r.text);

describe('markNames', () => {
  it('marks both ends of an edge', () => {
    const runs = markNames('11月3日，市委书记张建慧到淮阳区调研', ['张建慧', '市委']);
    expect(marked(runs)).toEqual(['市委', '张建慧']);
    expect(runs.map((r) => r.text).join('')).toBe('11月3日，市委书记张建慧到淮阳区调研');
  });

  it('prefers the longer of overlapping names', () => {
    expect(marked(markNames('周口市委常委会', ['周口市', '周口市委']))).toEqual(['周口市委']);
  });

  it('marks every occurrence and ignores one-character names', () => {
    expect(marked(markNames('张建慧说，张建慧强调，市', ['张建慧', '市']))).toEqual(['张建慧', '张建慧']);
  });

  it('leaves a sentence without names whole', () => {
    expect(markNames('会议召开', ['张建慧'])).toEqual([{ text: '会议召开', marked: false }]);
  });
});

describe('markRange', () => {
  it('marks the stretch between offsets, clamped to the text', () => {
    expect(markRange('甲乙丙丁', 1, 3)).toEqual([
      { text: '甲', marked: false }, { text: '乙丙', marked: true }, { text: '丁', marked: false },
    ]);
    expect(marked(markRange('甲乙', 1, 99))).toEqual(['乙']);
  });
});
