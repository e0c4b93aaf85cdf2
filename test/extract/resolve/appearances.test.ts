// Who appeared at what: each case is one or two sentences of official news written here.
import { describe, expect, it } from 'vitest';
import { extractPageWithSummary } from '../../../extract/index.ts';

const summarize = (text: string, home = '周口市') => {
  const r = extractPageWithSummary(Buffer.from(text), 'case', { home });
  if (!r.ok) throw new Error(r.error.message);
  return r.value.summary;
};
const roles = (text: string) =>
  summarize(text).events.map((e) => [e.name, e.participants.map((p) => `${p.name}:${p.role}`).sort()]);

describe('appearances', () => {
  it('reads presiding, speaking and a list of attendees at one convened meeting', () => {
    const text = '本报讯(记者王艳)11月3日，市长吉建军主持召开市政府常务会议，研究部署有关工作。市委书记张建慧出席会议并讲话。市领导马剑平、秦胜军出席会议。';
    expect(roles(text)).toEqual([
      ['市政府常务会议', ['吉建军:presided', '张建慧:spoke', '秦胜军:attended', '马剑平:attended']],
    ]);
  });

  it('names an unnamed visit from its subject and place', () => {
    const [visit] = summarize('本报讯 11月3日，市委书记张建慧到淮阳区调研督导乡村振兴工作。').events;
    expect(visit?.name).toBe('张建慧淮阳区调研督导');
    expect(visit?.participants).toEqual([{ name: '张建慧', role: 'inspected' }]);
    expect(visit?.date).toBe('11-03');
  });

  it('puts both sides of talks at the talks', () => {
    const [talks] = summarize('张建慧与京东集团副总裁马杰一行举行工作会谈。').events;
    expect(talks?.participants.map((p) => `${p.name}:${p.role}`).sort()).toEqual(['张建慧:met', '马杰:met']);
  });

  it('keeps presiding over speaking for one person', () => {
    const text = '8月26日，凤泉区召开专班工作调度会，区委书记杨洁主持会议并讲话。';
    expect(roles(text)).toEqual([['专班工作调度会', ['杨洁:presided']]]);
  });

  it('does not place people at a meeting that is only mentioned', () => {
    const text = '吕宗乐表示，全市商务系统将全面贯彻落实市第十二次党代会精神。';
    expect(summarize(text).events).toEqual([]);
  });

  it('merges a meeting reported twice on one page under its longest name', () => {
    const text = [
      '全国文明城市创建工作加压推进会召开',
      '',
      '本报讯 8月2日上午，我市召开全国文明城市创建工作加压推进会。市长吉建军主持会议。',
      '',
      '张建慧在全国文明城市创建加压推进会上强调',
      '',
      '本报讯 8月2日上午，在全国文明城市创建加压推进会上，市委书记张建慧出席并讲话。',
    ].join('\n');
    const events = summarize(text).events;
    expect(events.map((e) => e.name)).toEqual(['全国文明城市创建工作加压推进会']);
    expect(events[0]?.participants.map((p) => p.name).sort()).toEqual(['吉建军', '张建慧']);
  });
});

describe('appearances with unnamed others', () => {
  it('gives the verb to the named people when unnamed officials are listed with them', () => {
    const text = '本报讯 8月2日，我市召开安全生产工作会议。市领导马剑平、秦胜军以及各县区负责同志出席会议。';
    expect(roles(text)).toEqual([['安全生产工作会议', ['秦胜军:attended', '马剑平:attended']]]);
  });
});

describe('appearances and quotes', () => {
  it('reads past a quoted title: the speech was given at the event the quote names', () => {
    const text = '我市各界认真学习习近平总书记在“学习重要讲话精神，迎接党的二十大”专题研讨班上发表的重要讲话。';
    const events = summarize(text).events;
    expect(events.map((e) => [e.name, e.participants.map((p) => `${p.name}:${p.role}`)])).toEqual([
      ['“学习重要讲话精神，迎接党的二十大”专题研讨班', ['习近平:spoke']],
    ]);
  });
});
