// Page date and home city: from mastheads, datelines and the cities a page calls its own.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findCity, inferHomeCity } from '../../../extract/read/page-context.ts';
import { readText } from '../../../extract/read/read-page.ts';

const root = path.resolve(import.meta.dirname, '../../..');
const seedFiles = readdirSync(path.join(root, 'seeds')).filter((f) => f.endsWith('.txt')).sort();
const seedText = (prefix: string): string =>
  readFileSync(path.join(root, 'seeds', seedFiles.find((f) => f.startsWith(prefix)) ?? ''), 'utf8');

describe('home city', () => {
  it.each([
    ['000', '周口市'],
    ['001', '许昌市'],
    ['002', '洛阳市'],
    ['003', '周口市'],
    ['004', '新乡市'],
  ])('seed %s is a %s paper', (prefix, city) => {
    const page = readText(seedText(prefix), prefix);
    expect(page).toMatchObject({ homeCity: city, homeProvince: '河南省', homeSource: 'text' });
  });

  it('counts a city\'s counties for it and its set phrases most', () => {
    expect(inferHomeCity('市委书记张建慧到淮阳区调研。郸城县、西华县扎实推进。苏州市举办大会。')).toEqual({ city: '周口市', province: '河南省' });
    expect(inferHomeCity('市委召开会议，高质量建设现代化洛阳。')).toEqual({ city: '洛阳市', province: '河南省' });
  });

  it('finds no home city where the page speaks of no city of its own, or of two alike', () => {
    expect(inferHomeCity('郑州市、洛阳市两地联合举办展会。')).toBeNull();
    expect(inferHomeCity('我市召开会议。郑州市代表和洛阳市代表出席。')).toBeNull();
  });

  it('takes the caller\'s home city over the text, by full or short name', () => {
    expect(readText(seedText('000'), '000', { home: '洛阳' })).toMatchObject({ homeCity: '洛阳市', homeProvince: '河南省', homeSource: 'option' });
    const unknown = readText(seedText('000'), '000', { home: '某某镇' });
    expect(unknown).toMatchObject({ homeCity: '某某镇', homeProvince: null, homeSource: 'option' });
    expect(unknown.warnings.map((w) => w.code)).toContain('unknown-home-city');
    expect(findCity('北京')).toEqual({ city: '北京市', province: '北京市' });
  });

  it('warns when it cannot tell', () => {
    const page = readText('本报讯 今年以来，各地扎实推进工作。', 'x');
    expect(page.homeCity).toBeNull();
    expect(page.warnings.map((w) => w.code)).toContain('no-home-city');
  });
});

describe('page date', () => {
  it.each([
    ['000', '--11-03'],
    ['001', '--11-27'],
    ['003', '--08-02'],
    ['004', '--08-28'],
  ])('seed %s is dated %s by its latest dateline', (prefix, date) => {
    const page = readText(seedText(prefix), prefix);
    expect(page).toMatchObject({ date, reported: date, published: null });
  });

  it('dates each article by its lead', () => {
    const page = readText(seedText('004'), '004');
    expect(page.articles.map((a) => a.date)).toEqual([
      '--08-28', '--08-26', null, null, '--08-25', '--08-25', '--08-27', null, null, null, null,
    ]);
  });

  it('warns on a page whose leads give days without months (seed 002: 10日, 8日)', () => {
    const page = readText(seedText('002'), '002');
    expect(page.date).toBeNull();
    expect(page.warnings.map((w) => w.code)).toContain('no-date');
  });

  it('takes the publication date and year from a masthead and places bare days against it', () => {
    const page = readText('2021年11月4日 星期四\n\n本报讯(记者王艳)11月3日，我市召开会议。\n\n■ 2日，市政府召开常务会议。', 'x');
    expect(page).toMatchObject({ date: '2021-11-04', published: '2021-11-04', reported: '2021-11-03' });
    expect(page.articles.map((a) => a.date)).toEqual(['2021-11-03', '2021-11-02']);
  });
});
