// The person recognizer, one sentence at a time: names, their cues and the titles beside them.
import { describe, expect, it } from 'vitest';
import { recognizePersons, recognizeSurnameReferences } from '../../../extract/recognize/persons.ts';
import { NO_CONTEXT, type PersonCandidate } from '../../../extract/recognize/types.ts';

const persons = (text: string): PersonCandidate[] => recognizePersons(text, NO_CONTEXT);
const names = (text: string): string[] => persons(text).map((p) => p.name);
const titlesOf = (text: string, name: string): string[] => persons(text).find((p) => p.name === name)?.titles.map((t) => t.title) ?? [];

describe('recognizePersons', () => {
  it('finds a name after its title, with offsets and the title attached', () => {
    const text = '市委书记张建慧到淮阳区调研';
    const [p, ...rest] = persons(text);
    expect(rest).toEqual([]);
    expect(p).toMatchObject({ kind: 'person', name: '张建慧', start: 4, end: 7, text: '张建慧' });
    expect(p?.cues).toContain('title');
    expect(p?.titles.map((t) => [t.title, t.organization])).toEqual([['市委书记', '市委']]);
  });

  it('finds every name of a list after a leadership group, without giving them a title', () => {
    const text = '市领导马剑平、秦胜军出席会议';
    expect(names(text)).toEqual(['马剑平', '秦胜军']);
    expect(titlesOf(text, '马剑平')).toEqual([]);
    expect(persons(text).every((p) => p.cues.includes('list'))).toBe(true);
  });

  it('gives a name every title of the chain before it', () => {
    expect(titlesOf('区委副书记、区长李四主持会议', '李四')).toEqual(['区委副书记', '区长']);
    expect(titlesOf('市委常委、宣传部长王少青通报情况', '王少青')).toEqual(['市委常委', '宣传部长']);
  });

  it('reads bylines: the role before the names, 摄 after them', () => {
    expect(titlesOf('本报讯(记者王艳)11月3日，市委书记张建慧到淮阳区调研', '王艳')).toEqual(['记者']);
    const text = '本报记者 张光辉 通讯员 张俊翌 摄';
    expect(titlesOf(text, '张光辉')).toEqual(['记者', '摄影']);
    expect(titlesOf(text, '张俊翌')).toEqual(['通讯员', '摄影']);
    expect(names('□记者 刘昂 王晨 苑美丽')).toEqual(['刘昂', '王晨', '苑美丽']);
    expect(titlesOf('□记者 刘昂 王晨 苑美丽', '苑美丽')).toEqual(['记者']);
  });

  it('takes a title written right after the name', () => {
    expect(titlesOf('深入学习贯彻习近平总书记关于“三农”工作的重要论述', '习近平')).toEqual(['总书记']);
  });

  it('finds names by the verb after them', () => {
    expect(names('吉建军主持召开市政府常务会议')).toEqual(['吉建军']);
    expect(persons('张建慧强调，要认真落实')[0]?.cues).toContain('verb');
  });

  it('reads compound surnames and transliterated names', () => {
    expect(names('副市长欧阳明辉出席会议')).toEqual(['欧阳明辉']);
    expect(names('美国总统克林顿说')).toEqual(['克林顿']);
    expect(names('联合国秘书长科菲·安南表示')).toEqual(['科菲·安南']);
  });

  it('rejects partial references and familiar forms', () => {
    expect(names('刘师傅说，这台机器修好了')).toEqual([]);
    expect(names('张老今年九十岁')).toEqual([]);
    expect(names('老张和小李都来了')).toEqual([]);
  });

  it('does not take ordinary words that open with a surname for names', () => {
    expect(names('推动经济高质量发展')).toEqual([]);
    expect(names('于是大家决定出发')).toEqual([]);
    expect(names('全年投资超过万元')).toEqual([]);
  });

  it('makes no bogus name of a given name with 同志', () => {
    expect(names('建慧同志指出，要抓好落实')).toEqual([]);
  });
});

describe('recognizeSurnameReferences', () => {
  it('finds a lone surname that stands for a person, which is not a name', () => {
    const text = '胡老说，李先生也来了';
    expect(recognizeSurnameReferences(text, () => false).map((s) => s.text)).toEqual(['胡', '李']);
    expect(names(text)).toEqual([]);
  });

  it('reads an adverb between a name and its verb, and keeps the verb out of the name', () => {
    expect(names('会上，王晨都表示赞同')).toEqual(['王晨']);
    expect(persons('会上，王晨都表示赞同')[0]?.cues).toContain('verb');
  });

  it('pairs a name with a name across 和 or 与', () => {
    expect(names('秦胜军与马剑平握手')).toEqual(['秦胜军', '马剑平']);
  });

  it('takes every name of a byline frame, whatever its surname', () => {
    expect(names('本报北京5月25日电记者郅振璞、刘昂报道：')).toEqual(['郅振璞', '刘昂']);
    // 文 closes a byline only at its end: 吴化文率部 is a name and a verb.
    expect(names('军长吴化文率部起义')).toEqual(['吴化文']);
  });

  it('ends a joined foreign name where the transliteration ends', () => {
    expect(names('总统尤勒斯·韦登博斯今天结束访问')).toEqual(['尤勒斯·韦登博斯']);
    expect(names('任命了赫里斯坚科为副总理')).toEqual(['赫里斯坚科']);
  });

  it('does not take a name before a lone place-level character, nor a conjunction for a surname', () => {
    expect(names('前李卜村的一个村民')).toEqual([]);
    expect(recognizeSurnameReferences('妇女和医生之间的事', () => false)).toEqual([]);
  });

  it('takes a name written before, whole or by its given name, when told the names of the text', () => {
    const known = new Set(['王俊平']);
    expect(recognizePersons('俊平开通了一条热线', NO_CONTEXT, { known }).map((p) => p.name)).toEqual(['俊平']);
    expect(recognizePersons('俊平开通了一条热线', NO_CONTEXT).map((p) => p.name)).toEqual([]);
  });
});
