// Name rules: short forms, mention rules, word boundaries around names.
import { describe, expect, it } from 'vitest';
import { mentionRuleOf, shortFormOf, startsAtBoundary, suffixStartsWord } from '../../../extract/tables/place-names.ts';

describe('shortFormOf', () => {
  it('strips the suffix and the nationalities of an autonomous area', () => {
    expect(shortFormOf('周口市', 'city')).toBe('周口');
    expect(shortFormOf('双江拉祜族佤族布朗族傣族自治县', 'county')).toBe('双江');
    expect(shortFormOf('新疆维吾尔自治区', 'province')).toBe('新疆');
    expect(shortFormOf('管城回族区', 'county')).toBe('管城');
  });

  it('has none for towns, one-character bases, bare nationalities and ordinary words', () => {
    expect(shortFormOf('临蔡镇', 'town')).toBeNull();
    expect(shortFormOf('滑县', 'county')).toBeNull();
    expect(shortFormOf('鄂温克族自治旗', 'county')).toBeNull();
    expect(shortFormOf('红旗区', 'county')).toBeNull();
  });
});

describe('mentionRuleOf', () => {
  it('grades names by how safely text can be taken for them', () => {
    expect(mentionRuleOf('county', '淮阳区')).toBe('free');
    expect(mentionRuleOf('county', '滑县')).toBe('anchored');
    expect(mentionRuleOf('county', '城区')).toBe('chained');
    expect(mentionRuleOf('village', '新农村')).toBe('chained');
    expect(mentionRuleOf('county', '郑州经济技术开发区', false)).toBe('never');
  });
});

describe('boundaries', () => {
  it('knows where a name may start and when its suffix begins another word', () => {
    expect(startsAtBoundary('在滑县', 1)).toBe(true);
    expect(startsAtBoundary('示范县', 1)).toBe(false);
    expect(suffixStartsWord('郑州市场', 3)).toBe(true);
    expect(suffixStartsWord('郑州市', 3)).toBe(false);
  });
});
