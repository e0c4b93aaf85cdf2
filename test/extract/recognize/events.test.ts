import { describe, expect, it } from 'vitest';
import { recognizeEvents } from '../../../extract/recognize/events.ts';

const named = (text: string) => recognizeEvents(text).filter((e) => e.reference === 'named').map((e) => e.name);

describe('recognizeEvents', () => {
  it('takes the name after the verb that introduces it', () => {
    expect(named('市长吉建军主持召开市政府常务会议，传达学习中央金融工作会议精神')).toEqual(['市政府常务会议', '中央金融工作会议']);
  });

  it('keeps quoted parts and bracketed qualifiers inside a name', () => {
    expect(named('8月26日，凤泉区召开“4+N”专班工作调度会')).toEqual(['“4+N”专班工作调度会']);
    expect(named('8月28日，中国共产党牧野区第四届委员会第五次全体(扩大)会议召开。')).toEqual([
      '中国共产党牧野区第四届委员会第五次全体(扩大)会议',
    ]);
  });

  it('treats bare and demonstrative references as anaphors', () => {
    const events = recognizeEvents('会议指出，此次会议意义重大');
    expect(events.map((e) => [e.name, e.reference])).toEqual([
      ['会议', 'anaphor'],
      ['此次会议', 'anaphor'],
    ]);
  });

  it('ignores document titles and words that only contain a head', () => {
    expect(named('会议审议《关于召开全市工作会议的通知》')).toEqual([]);
    expect(named('他在人民大会堂会见外宾，市人大常委会副主任出席')).toEqual([]);
  });

  it('gives kinds: ceremonies and games apart from meetings', () => {
    const kinds = recognizeEvents('新乡市中共党史教育基地授牌仪式举行，许昌市第九届运动会闭幕').map((e) => e.eventKind);
    expect(kinds).toEqual(['ceremony', 'other']);
  });

  it('stops at a barrier such as the end of a person and title', () => {
    const text = '习近平总书记中央金融工作会议上的重要讲话';
    expect(recognizeEvents(text, { barriers: [6] }).map((e) => e.name)).toEqual(['中央金融工作会议']);
  });
});
