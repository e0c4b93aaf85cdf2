// The place recognizer, one sentence at a time.
import { describe, expect, it } from 'vitest';
import { recognizePlaces } from '../../../extract/recognize/places.ts';
import { NO_CONTEXT, type PlaceCandidate, type RecognizeContext } from '../../../extract/recognize/types.ts';
import { loadGazetteer } from '../../../extract/tables/gazetteer.ts';

const gazetteer = loadGazetteer();
const ZHOUKOU: RecognizeContext = { homeCity: '周口市', homeProvince: '河南省' };
const places = (text: string, context: RecognizeContext = ZHOUKOU): PlaceCandidate[] => recognizePlaces(text, gazetteer, context);
const written = (text: string, context?: RecognizeContext): string[] => places(text, context).map((p) => p.text);

describe('recognizePlaces', () => {
  it('finds a district with its code and parents', () => {
    const text = '市委书记张建慧到淮阳区调研';
    const [huaiyang, ...rest] = places(text);
    expect(rest).toEqual([]);
    expect(huaiyang).toMatchObject({
      kind: 'place', text: '淮阳区', name: '淮阳区', level: 'county', code: '411603', start: 8, end: 11,
    });
    expect(huaiyang?.parents[0]).toBe('周口市');
    expect(text.slice(huaiyang!.start, huaiyang!.end)).toBe(huaiyang!.text);
  });

  it('resolves a short form to the full name in the page context', () => {
    expect(places('张建慧在周口调研')).toMatchObject([{ text: '周口', name: '周口市', code: '411600', level: 'city' }]);
    expect(places('淮阳的脱贫户')).toMatchObject([{ text: '淮阳', name: '淮阳区' }]);
  });

  it('takes a district short form only in its home city', () => {
    expect(written('淮阳的脱贫户', { homeCity: '洛阳市', homeProvince: '河南省' })).toEqual([]);
    expect(written('王文峰出席会议')).toEqual([]);
  });

  it('finds a village written with its suffix, after its town and county', () => {
    const found = places('在淮阳区临蔡镇刘老家村，张建慧到脱贫户家中走访', NO_CONTEXT);
    expect(found.map((p) => p.text)).toEqual(['淮阳区', '临蔡镇', '刘老家村']);
    expect(found[2]).toMatchObject({ level: 'village', code: '411603104218' });
    expect(found[2]?.parents.slice(0, 2)).toEqual(['临蔡镇', '淮阳区']);
  });

  it('finds villages of the home city without their county, and no others', () => {
    expect(places('刘老家村的群众')).toMatchObject([{ text: '刘老家村', code: '411603104218' }]);
    expect(written('刘老家村的群众', NO_CONTEXT)).toEqual([]);
  });

  it('keeps a community the gazetteer lacks when its district comes first', () => {
    const found = places('牧野区建东社区的张老先生', { homeCity: '新乡市', homeProvince: '河南省' });
    expect(found.map((p) => [p.text, p.level])).toEqual([['牧野区', 'county'], ['建东社区', 'village']]);
    expect(found[1]?.parents[0]).toBe('牧野区');
  });

  it('does not take 我市 or 全市 for places', () => {
    expect(written('我市召开全国文明城市创建工作推进会，全市上下迅速行动')).toEqual([]);
  });

  it('finds a river by its suffix', () => {
    expect(places('沿贾鲁河两岸建设生态廊道')).toMatchObject([{ text: '贾鲁河', name: '贾鲁河', level: 'other', code: null }]);
    expect(written('绿水青山就是金山银山')).toEqual([]);
  });

  it('returns a place inside an organization name as a candidate', () => {
    expect(written('周口市人民政府召开常务会议')).toEqual(['周口市']);
  });

  it('ignores place names inside ordinary words', () => {
    expect(written('新华社北京11月3日电')).toEqual(['北京']);
    expect(written('一系列重大理论和实践问题')).toEqual([]);
    expect(written('其中国家级项目三个', NO_CONTEXT)).toEqual([]);
  });

  it('takes 市 as the start of 市场 after a city, but keeps 县 before a town', () => {
    expect(written('郑州市场监管局', NO_CONTEXT)).toEqual(['郑州']);
    expect(written('扶沟县城郊乡中心社区')).toEqual(['扶沟县', '城郊乡']);
    expect(written('安阳市和林州市', NO_CONTEXT)).toEqual(['安阳市', '林州市']);
  });

  it('prefers the village of the town just named over a namesake elsewhere', () => {
    const found = places('项城市丁集镇东街村');
    expect(found.map((p) => p.text)).toEqual(['项城市', '丁集镇', '东街村']);
    expect(found[2]?.parents[0]).toBe('丁集镇');
  });

  it('finds countries and names built on places', () => {
    expect(places('跨越浩瀚的太平洋', NO_CONTEXT)).toMatchObject([{ text: '太平洋', level: 'other' }]);
    expect(places('美国总统访问日本', NO_CONTEXT).map((p) => [p.text, p.level])).toEqual([['美国', 'country'], ['日本', 'country']]);
    expect(places('推动洛阳机场改扩建', NO_CONTEXT)).toMatchObject([{ text: '洛阳机场', parents: ['洛阳市', '河南省', '中国'] }]);
  });

  it('returns candidates in text order, without overlaps', () => {
    const found = places('第五届中美友城大会当日在江苏省苏州市举办');
    expect(found.map((p) => p.text)).toEqual(['江苏省', '苏州市']);
    for (let i = 1; i < found.length; i++) expect(found[i]!.start).toBeGreaterThanOrEqual(found[i - 1]!.end);
  });

  it('leaves out places inside a longer title or quoted name, unless asked for them', () => {
    const text = '学习《中华人民共和国立法法》，创建“东亚文化之都”';
    expect(written(text)).toEqual([]);
    expect(recognizePlaces(text, gazetteer, ZHOUKOU, { insideTitles: true }).map((p) => p.text)).toEqual(['中华人民共和国', '东亚']);
  });

  it('does not let a short form not used here hide a country after it', () => {
    expect(written('叶利钦是在同德国总理科尔进行磋商')).toEqual(['德国']);
  });

  it('names a region with 地区 in its longer form', () => {
    expect(written('豫西地区最大的计量中心')).toEqual(['豫西地区']);
  });
});
