// normalizeText: characters, markdown, reflow repair, and the offset map back to the original.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../../extract/normalize/text.ts';

const root = path.resolve(import.meta.dirname, '../../..');
const fixture = (name: string): string => readFileSync(path.join(root, 'test/fixtures/read', name), 'utf8');
const seeds = readdirSync(path.join(root, 'seeds')).filter((f) => f.endsWith('.txt')).sort();
const paragraphsOf = (text: string): string[] => {
  const n = normalizeText(text);
  return n.paragraphs.map((p) => n.text.slice(p.start, p.end));
};

describe('characters', () => {
  it('turns full-width letters, digits and number symbols half-width and keeps Chinese punctuation', () => {
    expect(normalizeText('ＧＤＰ增长５．２％，达到１２３亿元（同比）。“好”《报》').text).toBe('GDP增长5.2%，达到123亿元（同比）。“好”《报》');
  });

  it('makes odd spaces plain, drops zero-width and control characters, and unifies line ends', () => {
    const n = normalizeText('Hello\u00a0world\u200b!\r\nsecond\u0007 line\rthird');
    expect(n.text).toBe('Hello world!\nsecond line\nthird');
  });

  it('maps Kangxi radicals from PDF dumps to ideographs', () => {
    expect(normalizeText('⼯作会议').text).toBe('工作会议');
  });
});

describe('markdown', () => {
  it('strips heading marks, keeping the level on the paragraph, and bold marks', () => {
    const n = normalizeText(fixture('markdown-crlf-page.txt'));
    expect(n.paragraphs[0]).toMatchObject({ heading: 2 });
    expect(n.text.slice(n.paragraphs[0]?.start, n.paragraphs[0]?.end)).toBe('凤泉区召开“4+N”专班工作调度会');
    expect(n.text).toContain('\n本报讯8月26日，凤泉区');
    expect(n.text).not.toContain('*');
  });
});

describe('reflow repair', () => {
  it('removes letter spacing and spaces inside dates and numbers', () => {
    expect(normalizeText('央 政 治 局 11 月 27 日 召 开 会 议 ，审 议').text).toBe('央政治局11月27日召开会议，审议');
    expect(normalizeText('力 ， 以 一 域 之 稳 为 全 局 之 安 作 出 贡').text).toBe('力，以一域之稳为全局之安作出贡');
    expect(normalizeText('印发 11 个专项行动工作方案，贡献率均在 80%以上').text).toBe('印发11个专项行动工作方案，贡献率均在80%以上');
  });

  it('keeps spaces between names and between headline phrases', () => {
    expect(normalizeText('本报讯(记者张猛 孙靖)').text).toBe('本报讯(记者张猛 孙靖)');
    expect(normalizeText('(陈鹏 秦利莎)').text).toBe('(陈鹏 秦利莎)');
    expect(normalizeText('扛牢政治责任 紧盯短板弱项 全力以赴守底线抓发展促振兴').text).toBe('扛牢政治责任 紧盯短板弱项 全力以赴守底线抓发展促振兴');
    expect(normalizeText('本报讯（记者 王 艳）').text).toBe('本报讯（记者王艳）');
  });

  it('joins the lines of a column-wrapped page into paragraphs', () => {
    const paragraphs = paragraphsOf(fixture('column-wrapped.txt'));
    expect(paragraphs[0]).toBe(
      '新华社北京11月27日电 中共中央政治局11月27日召开会议，审议《关于进一步推动长江经济带高质量发展若干政策措施的意见》' +
        '《中国共产党领导外事工作条例》。中共中央总书记习近平主持会议。',
    );
    expect(paragraphs[1]).toMatch(/^会议指出，长江经济带发展战略是以习近平同志为核心的党中央作出的重大战略决策。/u);
    expect(paragraphs[1]).toMatch(/发展态势日趋向好。$/u);
    // The blank line in mid-word (高质\n\n量) is a page break inside the column, repaired too.
    expect(paragraphs[2]).toBe(
      '会议强调，推动长江经济带高质量发展，根本上依赖于长江流域高质量的生态环境。要毫不动摇坚持共抓大保护、不搞大开发，' +
        '在高水平保护上下更大功夫，守住管住生态红线，协同推进降碳、减污、扩绿、增长。',
    );
  });

  it('joins a sentence a blank line cut, and nothing else', () => {
    const page = [
      '张建慧在淮阳区调研时强调',
      '',
      '扛牢政治责任 紧盯短板弱项',
      '',
      '本报讯(记者王艳)11月3日，市委书记张建慧到淮阳区调研，与群众一起算收入账，倾听群众',
      '',
      '心声和需求，详细询问他们生产生活情况。张建慧强调，要不断增强乡',
      '',
      '村振兴内生动力。①7',
      '',
      '传达学习中央金融工作会议精神',
    ].join('\n');
    expect(paragraphsOf(page)).toEqual([
      '张建慧在淮阳区调研时强调',
      '扛牢政治责任 紧盯短板弱项',
      '本报讯(记者王艳)11月3日，市委书记张建慧到淮阳区调研，与群众一起算收入账，倾听群众心声和需求，' +
        '详细询问他们生产生活情况。张建慧强调，要不断增强乡村振兴内生动力。①7',
      '传达学习中央金融工作会议精神',
    ]);
  });

  it('does not glue a byline, a photo credit or a note to the text around it', () => {
    const page = '11月2日，阳光下的周口市大数据产业园气势宏伟、光彩夺目。\n\n记者沈湛摄\n\n我市发放困难毕业生求职创业补贴\n\n(下转第二版)';
    expect(paragraphsOf(page)).toEqual([
      '11月2日，阳光下的周口市大数据产业园气势宏伟、光彩夺目。', '记者沈湛摄', '我市发放困难毕业生求职创业补贴', '(下转第二版)',
    ]);
  });

  it('runs a dateline on into the line after it even before any comma', () => {
    expect(paragraphsOf('新华社北京 11 月 27 日电 中共中\n央 政 治 局 11 月 27 日 召 开 会 议 ，审 议')).toEqual([
      '新华社北京11月27日电 中共中央政治局11月27日召开会议，审议',
    ]);
  });

  it('records blank lines and indentation on paragraphs', () => {
    const n = normalizeText('第一段。\n\n\n\n 第二段。');
    expect(n.paragraphs.map((p) => [p.gapBefore, p.indented])).toEqual([[0, false], [3, true]]);
  });
});

describe('offset map', () => {
  /** What normalization may do to one character, so a round trip can check it. */
  const sameCharacter = (original: string, normalized: string): boolean =>
    original === normalized || original.normalize('NFKC') === normalized || (/\s/u.test(original) && /\s/u.test(normalized));

  it.each(seeds)('maps every character of %s back to the character it came from', (seed) => {
    const original = readFileSync(path.join(root, 'seeds', seed), 'utf8');
    const n = normalizeText(original);
    for (let i = 0; i < n.text.length; i++) {
      const o = n.offsets.toOriginal(i);
      expect(sameCharacter(original.charAt(o), n.text.charAt(i))).toBe(true);
      expect(n.offsets.fromOriginal(o)).toBe(i);
    }
    expect(n.offsets.toOriginal(n.text.length)).toBe(original.length);
  });

  it('maps a repaired range onto the damaged original', () => {
    const original = ' 新华社北京 11 月 27 日电 中共中\n央 政 治 局 11 月 27 日 召 开 会 议 ，审 议';
    const n = normalizeText(original);
    const start = n.text.indexOf('中共中央政治局');
    const range = n.offsets.toOriginalRange({ start, end: start + '中共中央政治局'.length });
    expect(original.slice(range.start, range.end)).toBe('中共中\n央 政 治 局');
  });

  it('keeps the map compact: one run per repair, not per character', () => {
    const original = readFileSync(path.join(root, 'seeds', seeds[0] as string), 'utf8');
    const n = normalizeText(original);
    expect(n.offsets.runs).toBeLessThan(original.length - n.text.length + 2);
  });
});
