// Bylines: names, roles and titles from the byline forms of the seed pages.
import { describe, expect, it } from 'vitest';
import { mergeBylines, parseByline, splitNames } from '../../../extract/read/byline.ts';

const read = (text: string): string[] | null =>
  parseByline(text)?.map((b) => `${b.name}:${b.roles.join('+')}:${b.titles.join(',')}`) ?? null;

describe('parseByline', () => {
  it('gives names after a role word that role', () => {
    expect(read('记者王艳')).toEqual(['王艳:reporter:记者']);
    expect(read('记者徐松 通讯员胡劲彬')).toEqual(['徐松:reporter:记者', '胡劲彬:correspondent:通讯员']);
    expect(read('记者 李冰 见习记者 谢娜娜 吕百营 通讯员 张宝权')).toEqual([
      '李冰:reporter:记者', '谢娜娜:reporter:见习记者', '吕百营:reporter:见习记者', '张宝权:correspondent:通讯员',
    ]);
  });

  it('reads the paper\'s and other outlets\' reporters as 记者', () => {
    expect(read('本报记者 李迎博 通讯员 刘朋辉')).toEqual(['李迎博:reporter:记者', '刘朋辉:correspondent:通讯员']);
    expect(read('人民日报记者 毕京津 赵翰青')).toEqual(['毕京津:reporter:记者', '赵翰青:reporter:记者']);
  });

  it('splits names written together where each part opens with a surname', () => {
    expect(read('记者马红李一')).toEqual(['马红:reporter:记者', '李一:reporter:记者']);
    expect(splitNames('马剑平秦胜军')).toEqual([3, 3]);
    expect(splitNames('王艳李凤霞')).toEqual([2, 3]);
    expect(splitNames('欧阳小明')).toEqual([4]);
    expect(read('记者 阿依古丽·买买提')).toEqual(['阿依古丽·买买提:reporter:记者']);
  });

  it('credits every name of the byline with the photographs when it says 摄', () => {
    expect(read('记者沈湛摄')).toEqual(['沈湛:reporter+photographer:记者,摄影']);
    expect(read('记者 张光辉 通讯员 张俊翌 郑雅静 摄')).toEqual([
      '张光辉:reporter+photographer:记者,摄影', '张俊翌:correspondent+photographer:通讯员,摄影', '郑雅静:correspondent+photographer:通讯员,摄影',
    ]);
    expect(read('赵慧意 李月锦 摄')).toEqual(['赵慧意:photographer:摄影', '李月锦:photographer:摄影']);
    expect(read('记者 张猛 文/图')).toEqual(['张猛:reporter+photographer:记者']);
  });

  it('reads bare credits as names without a role, and refuses organization abbreviations', () => {
    expect(read('陈鹏 秦利莎')).toEqual(['陈鹏::', '秦利莎::']);
    expect(read('牧宣')).toBeNull();
    expect(read('封丘县')).toBeNull();
  });

  it('refuses what is not a byline and accepts one that names nobody', () => {
    expect(read('下转第二版')).toBeNull();
    expect(read('原载于2023年11月2日《人民日报》')).toBeNull();
    expect(read('吉建军主持召开市政府常务会议')).toBeNull();
    expect(read('本报评论员')).toEqual([]);
    expect(read('记者节特别报道')).toBeNull();
  });

  it('gives names page offsets', () => {
    const [byline] = parseByline('记者王艳', 100) ?? [];
    expect(byline).toMatchObject({ name: '王艳', start: 102, end: 104 });
  });
});

describe('mergeBylines', () => {
  it('keeps one entry per name with every role', () => {
    const merged = mergeBylines([...(parseByline('记者沈湛', 0) ?? []), ...(parseByline('沈湛摄', 20) ?? [])]);
    expect(merged).toEqual([{ name: '沈湛', start: 2, end: 4, roles: ['reporter', 'photographer'], titles: ['记者', '摄影'] }]);
  });
});
