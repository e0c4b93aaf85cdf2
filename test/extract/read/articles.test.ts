// Article splitting on small pages written here and on each seed page: heads, datelines, bylines,
// displaced headlines, furniture, and no paragraph lost.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../../extract/page.ts';
import { normalizeText } from '../../../extract/normalize/text.ts';
import { splitArticles, type ArticleSplit } from '../../../extract/read/articles.ts';

const root = path.resolve(import.meta.dirname, '../../..');
const seedFiles = readdirSync(path.join(root, 'seeds')).filter((f) => f.endsWith('.txt')).sort();

function split(text: string): ArticleSplit & { text: string; paragraphs: readonly { start: number; end: number }[] } {
  const n = normalizeText(text);
  return { ...splitArticles(n.text, n.paragraphs), text: n.text, paragraphs: n.paragraphs };
}

function seed(prefix: string): ReturnType<typeof split> {
  const file = seedFiles.find((f) => f.startsWith(prefix));
  if (!file) throw new Error(`no seed ${prefix}`);
  return split(readFileSync(path.join(root, 'seeds', file), 'utf8'));
}

const titles = (s: ArticleSplit): (string | null)[] => s.articles.map((a) => a.title);
const bylineNames = (a: Article | undefined): string[] => a?.bylines.map((b) => b.name) ?? [];

describe('splitArticles on small pages', () => {
  it('groups a kicker and a headline with the report under them', () => {
    const s = split('张建慧在淮阳区调研时强调\n\n扛牢政治责任 紧盯短板弱项\n\n本报讯(记者王艳)11月3日，市委书记张建慧到淮阳区调研。\n\n张建慧强调，要扛牢政治责任。');
    expect(s.articles).toHaveLength(1);
    expect(s.articles[0]).toMatchObject({ title: '扛牢政治责任 紧盯短板弱项', headlines: [{}, {}], dateline: { source: 'local', agency: '本报' } });
    expect(s.articles[0]?.lead?.text).toBe('11月3日');
    expect(s.articles[0]?.bylines).toEqual([
      { name: '王艳', start: s.text.indexOf('王艳'), end: s.text.indexOf('王艳') + 2, roles: ['reporter'], titles: ['记者'] },
    ]);
  });

  it('opens a new report at each dateline and after a page-jump code', () => {
    const s = split('本报讯 8月26日，凤泉区召开调度会。①7\n\n全会号召，全区上下要更加紧密团结。\n\n本报讯 8月25日，红旗区召开全会。');
    expect(s.articles.map((a) => a.paragraphs.length)).toEqual([1, 1, 1]);
  });

  it('takes a closing credit as bylines and starts the next text anew', () => {
    const s = split('本报讯 为助力学子圆梦大学，共青团封丘县委开展活动。(王敏 张志超)\n\n树立靠前服务意识，积极营造工作局面。');
    expect(s.articles).toHaveLength(2);
    expect(bylineNames(s.articles[0])).toEqual(['王敏', '张志超']);
    expect(s.articles[0]?.bylines[0]?.roles).toEqual([]);
  });

  it('gives a headline printed after its report back to that report', () => {
    const s = split([
      '本报讯（记者 王艳）8月2日下午，市委书记张建慧主持召开全市战略性新兴产业重大项目第三次推进会，研究部署下一阶段工作。',
      '精准谋划项目 高效推进项目 加快培育战略性新兴产业产业集群',
      '张建慧在主持召开全市战略性新兴产业重大项目第三次推进会上强调',
      '□记者 张猛 文/图',
      '去年，为满足耕德电子进一步扩大产能的需要，西华经开区投资建设双创孵化园二期项目。',
    ].join('\n\n'));
    expect(s.articles).toHaveLength(2);
    expect(s.articles[0]?.headlines).toHaveLength(2);
    expect(s.articles[0]?.title).toBe('精准谋划项目 高效推进项目 加快培育战略性新兴产业产业集群');
    expect(s.articles[1]).toMatchObject({ title: null });
    expect(bylineNames(s.articles[1])).toEqual(['张猛']);
  });

  it('keeps one unmarked headline line inside a report as a subhead', () => {
    const s = split('本报讯 今年以来，该县深化专项行动。\n\n聚焦机制优化\n\n该市专门出台示范创建实施意见，印发专项行动工作方案。');
    expect(s.articles).toHaveLength(1);
    expect(s.articles[0]?.paragraphs.map((p) => p.role)).toEqual(['body', 'subhead', 'body']);
  });

  it('reads a page of one paragraph per line without running headlines together', () => {
    const s = split([
      '张建慧在淮阳区调研时强调', '扛牢政治责任 紧盯短板弱项', '本报讯(记者王艳)11月3日，市委书记张建慧到淮阳区调研。',
      '张建慧强调，要扛牢政治责任。', '视觉新闻', '11月2日，阳光下的周口市大数据产业园气势宏伟。', '记者沈湛摄',
    ].join('\n'));
    expect(titles(s)).toEqual(['扛牢政治责任 紧盯短板弱项', null]);
    expect(s.articles.map((a) => a.paragraphs.length)).toEqual([4, 2]);
  });

  it('reads a page that indents every paragraph, joining a paragraph a stray line break cut', () => {
    const s = split([
      '吉建军主持召开市政府常务会议', '　　本报讯(记者李凤霞)11月3日，市长吉建军主持召开市政府常务会议。', '　　会议指出，要准确把握定位，',
      '增强政治责任担当。', '郸城：“七个专项行动” 汇聚发展动力', '　　本报讯(记者徐松 通讯员胡劲彬)今年以来，郸城县坚持主题教育。',
    ].join('\n'));
    expect(titles(s)).toEqual(['吉建军主持召开市政府常务会议', '郸城：“七个专项行动” 汇聚发展动力']);
    expect(s.text).toContain('会议指出，要准确把握定位，增强政治责任担当。');
  });

  it('reports headlines with no report on the page as their own articles, with a warning', () => {
    const s = split('本报讯 8月2日，我市召开推进会。②16\n\n张建慧与益海嘉里集团董事、总经理牛余新一行举行工作会谈\n\n02 | 要闻');
    expect(titles(s)).toEqual([null, '张建慧与益海嘉里集团董事、总经理牛余新一行举行工作会谈']);
    expect(s.articles[1]?.body).toBeNull();
    expect(s.warnings.map((w) => w.code)).toEqual(['empty-article']);
    expect(s.furniture.map((r) => s.text.slice(r.start, r.end))).toEqual(['02 | 要闻']);
  });
});

describe.each(seedFiles)('splitArticles on seed %s', (file) => {
  const s = seed(file.slice(0, 3));

  it('puts every paragraph in exactly one article or in the furniture', () => {
    const owners = new Map<number, number>();
    for (const a of s.articles) for (const p of a.paragraphs) owners.set(p.start, (owners.get(p.start) ?? 0) + 1);
    for (const f of s.furniture) owners.set(f.start, (owners.get(f.start) ?? 0) + 1);
    expect(s.paragraphs.map((p) => owners.get(p.start) ?? 0)).toEqual(s.paragraphs.map(() => 1));
  });

  it('numbers articles in reading order and keeps each one\'s paragraphs within its range', () => {
    s.articles.forEach((a, i) => {
      expect(a.index).toBe(i);
      for (const p of a.paragraphs) expect(p.start >= a.start && p.end <= a.end).toBe(true);
    });
    expect(s.articles.map((a) => a.start)).toEqual([...s.articles.map((a) => a.start)].sort((x, y) => x - y));
  });
});

describe('the seed pages', () => {
  it('000: eight reports, with the bylines of each', () => {
    const s = seed('000');
    expect(s.articles).toHaveLength(8);
    expect(s.articles[0]).toMatchObject({ title: null, dateline: { source: 'agency', agency: '新华社', place: '北京' } });
    expect(s.articles[1]?.title).toBe('扛牢政治责任 紧盯短板弱项 全力以赴守底线抓发展促振兴');
    expect(s.articles[1]?.bylines[0]).toMatchObject({ name: '王艳', roles: ['reporter'], titles: ['记者'] });
    expect(s.articles.map(bylineNames)).toEqual([
      [], ['王艳'], ['李凤霞'], ['沈湛'], ['马红', '李一'], ['毕京津', '赵翰青'], ['徐松', '胡劲彬'], ['张猛', '孙靖'],
    ]);
    expect(s.articles[3]?.bylines[0]?.titles).toEqual(['记者', '摄影']);
    expect(s.furniture.map((r) => s.text.slice(r.start, r.end))).toEqual(['视觉新闻']);
  });

  it('001: headlines printed after their reports go back to them', () => {
    const s = seed('001');
    expect(titles(s)).toEqual([null, '禹州市：“四个聚焦”助民营经济发展活力澎湃', '我市“99公益日”活动成效获通报表扬', null, null, '一门老手艺 造就“亿元村”']);
    expect(s.articles.map(bylineNames)).toEqual([[], ['胡晨'], ['张辉'], ['寇旭静'], ['王利辉'], []]);
    expect(s.articles[3]?.bylines[0]?.roles).toEqual(['photographer']);
  });

  it('002: markdown heads, briefs with their closing credits, section label as furniture', () => {
    const s = seed('002');
    expect(s.articles).toHaveLength(8);
    expect(s.articles.map(bylineNames)).toEqual([
      ['孙小蕊', '苗黎明'], ['李冰', '谢娜娜', '吕百营', '张宝权'], ['孙小蕊'], ['李迎博', '刘朋辉'], ['李冰', '程素敏'], ['郭飞飞', '谢娜娜'],
      ['张光辉', '张俊翌', '郑雅静'], ['李卫超', '张静'],
    ]);
    expect(s.articles[4]?.dateline?.source).toBe('brief');
    expect(s.furniture.map((r) => s.text.slice(r.start, r.end))).toEqual(['政务要闻']);
  });

  it('003: a lead byline opens a report, headline-only items stand alone', () => {
    const s = seed('003');
    expect(s.articles).toHaveLength(9);
    expect(bylineNames(s.articles[0])).toEqual(['刘昂', '王晨', '苑美丽']);
    expect(s.articles[2]?.title).toBe('精准谋划项目 高效推进项目 加快培育战略性新兴产业产业集群');
    expect(s.articles.filter((a) => a.body === null).map((a) => a.title)).toEqual([
      '奋进新征程 建功新时代',
      '张建慧与益海嘉里集团董事、总经理牛余新一行举行工作会谈',
      '张建慧与京东集团副总裁马杰、中国融通河南地产公司总经理梅思才一行举行工作会谈',
      '聚焦新兴产业集群 推动工业高质量发展',
    ]);
    expect(s.furniture.map((r) => s.text.slice(r.start, r.end))).toEqual(['今日导读', '02 | 要闻']);
  });

  it('004: eleven items, credits of briefs, a caption with its photographers', () => {
    const s = seed('004');
    expect(s.articles).toHaveLength(11);
    expect(s.articles.map((a) => a.lead?.text ?? null)).toEqual([
      '8月28日', '8月26日', null, null, '8月25日', '8月25日', '8月27日', null, null, null, null,
    ]);
    expect(bylineNames(s.articles[6])).toEqual(['赵慧意', '李月锦']);
    expect(s.articles[7]?.headlines).toHaveLength(2);
  });
});
