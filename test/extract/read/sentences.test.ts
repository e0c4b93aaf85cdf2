// Sentence splitting: terminals, quotations kept whole, attributions kept with their quotes.
import { describe, expect, it } from 'vitest';
import { readText } from '../../../extract/read/read-page.ts';
import { splitSentences } from '../../../extract/read/sentences.ts';

const sentences = (text: string): string[] => splitSentences(text, 0, text.length).map((r) => text.slice(r.start, r.end));

describe('splitSentences', () => {
  it('splits on 。！？； and their ASCII forms, keeping closing marks with the sentence', () => {
    expect(sentences('会议指出，要准确把握定位。要优化金融服务！能做到吗？要用活政策工具；坚持发展。'))
      .toEqual(['会议指出，要准确把握定位。', '要优化金融服务！', '能做到吗？', '要用活政策工具；', '坚持发展。']);
    expect(sentences('都要联系;要坚持联系群众更直接.')).toEqual(['都要联系;', '要坚持联系群众更直接.']);
  });

  it('does not split inside a quotation', () => {
    expect(sentences('村里弹出一条消息，“乡亲们，要修路了。请大家积极配合。”这是好事。'))
      .toEqual(['村里弹出一条消息，“乡亲们，要修路了。请大家积极配合。”', '这是好事。']);
  });

  it('keeps a short attribution with the quotation before it', () => {
    expect(sentences('“我们把学习场所搬到了户外。理论学习更加‘接地气’。”该中心党委书记、主任马克强说。下一步将继续推进。'))
      .toEqual(['“我们把学习场所搬到了户外。理论学习更加‘接地气’。”该中心党委书记、主任马克强说。', '下一步将继续推进。']);
  });

  it('ignores a quotation mark that never closes', () => {
    expect(sentences('他说：“要加快发展。要守住底线。')).toEqual(['他说：“要加快发展。', '要守住底线。']);
  });

  it('returns offsets into the whole text, spaces trimmed', () => {
    const text = '前文。 第一句。第二句。';
    expect(splitSentences(text, 3, text.length)).toEqual([{ start: 4, end: 8 }, { start: 8, end: 12 }]);
  });
});

describe('segmentSentences', () => {
  it('gives headlines one sentence each and skips datelines, bylines, credits and jump codes', () => {
    const page = readText(
      '吉建军主持召开市政府常务会议\n\n本报讯(记者李凤霞)11月3日，市长吉建军主持召开会议。会议还研究了其他事项。①7\n\n记者沈湛摄',
      'test',
    );
    expect(page.sentences.map((s) => [s.kind, page.text.slice(s.start, s.end)])).toEqual([
      ['headline', '吉建军主持召开市政府常务会议'],
      ['body', '11月3日，市长吉建军主持召开会议。'],
      ['body', '会议还研究了其他事项。'],
    ]);
    expect(page.sentences.every((s) => s.article === 0)).toBe(true);
  });
});
