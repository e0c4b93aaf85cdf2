// The organization recognizer: the longest name as written, its kind and the place it binds to.
import { describe, expect, it } from 'vitest';
import { recognizeOrganizations } from '../../../extract/recognize/organizations.ts';
import { recognizePlaces } from '../../../extract/recognize/places.ts';
import type { OrganizationCandidate, RecognizeContext } from '../../../extract/recognize/types.ts';
import { loadGazetteer } from '../../../extract/tables/gazetteer.ts';

const ZHOUKOU: RecognizeContext = { homeCity: '周口市', homeProvince: '河南省' };
const orgs = (text: string): OrganizationCandidate[] => recognizeOrganizations(text, ZHOUKOU);
const names = (text: string): string[] => orgs(text).map((o) => o.name);

describe('recognizeOrganizations', () => {
  it('binds a bureau written with a bare 市 to the home city', () => {
    const [o, ...rest] = orgs('记者从市人社局了解到');
    expect(rest).toEqual([]);
    expect(o).toMatchObject({ name: '市人社局', start: 3, end: 7, orgKind: 'government', place: '周口市' });
  });

  it('keeps long names whole and gives their kinds', () => {
    const text = '由中国人民对外友好协会和江苏省人民政府共同主办';
    expect(orgs(text).map((o) => [o.name, o.orgKind])).toEqual([
      ['中国人民对外友好协会', 'association'],
      ['江苏省人民政府', 'government'],
    ]);
    expect(orgs(text)[1]?.place).toBe('江苏省');
  });

  it('knows the abbreviations of party, state and media bodies', () => {
    expect(orgs('新华社北京11月3日电').map((o) => [o.name, o.orgKind])).toEqual([['新华社', 'media']]);
    expect(names('认真落实中共中央、国务院决策部署')).toEqual(['中共中央', '国务院']);
    expect(orgs('市委常委会会议研究').map((o) => [o.name, o.orgKind])).toEqual([['市委常委会', 'party']]);
  });

  it('binds a district committee to its district', () => {
    expect(orgs('牧野区委召开全会').map((o) => [o.name, o.orgKind, o.place])).toEqual([['牧野区委', 'party', '牧野区']]);
  });

  it('finds the body named inside a title', () => {
    expect(names('市委书记张建慧')).toEqual(['市委']);
  });

  it('rejects generic mentions', () => {
    expect(names('中心城区各区和市直有关部门要各司其职')).toEqual([]);
    expect(names('全市各级各部门要切实担负起责任')).toEqual([]);
    expect(names('该公司负责人说')).toEqual([]);
    expect(names('发展乡镇企业')).toEqual([]);
  });

  it('opens a name with a place the segmenter mistags, and keeps a compound trade after a place', () => {
    const text = '大连化工集团公司在棉花岛建成排渣场';
    const places = recognizePlaces(text, loadGazetteer(), ZHOUKOU);
    expect(recognizeOrganizations(text, ZHOUKOU, places).map((o) => o.name)).toEqual(['大连化工集团公司']);
    expect(names('同时接收了城关纺纱厂的工人')).toEqual(['城关纺纱厂']);
    expect(names('也感动了福建省和漳州市教委')).toEqual(['漳州市教委']);
  });

  it('knows parties by their creed', () => {
    expect(names('自由党领袖表示')).toEqual(['自由党']);
  });

  it('takes a periodical in a book title and a team named by a brand', () => {
    expect(names('据《经济周刊》报道')).toEqual(['经济周刊']);
    expect(names('健力宝队是参赛的八支球队之一')).toEqual(['健力宝队']);
  });
});
