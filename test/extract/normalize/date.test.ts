// Dates: finding expressions in text and placing them in time against the page's own date.
import { describe, expect, it } from 'vitest';
import { addDays, findDates, isoDate, parseDate, resolveDate, type DateReference } from '../../../extract/normalize/date.ts';

/** A city daily whose datelines report 11月3日 and which has no masthead (the year is unknown). */
const REPORTED: DateReference = { published: null, reported: '--11-03' };
/** The same page with a masthead. */
const PUBLISHED: DateReference = { published: '2023-11-04', reported: '2023-11-03' };

function resolve(text: string, reference: DateReference): string | null {
  const expression = parseDate(text);
  if (!expression) throw new Error(`no date in ${text}`);
  return resolveDate(expression, reference);
}

describe('findDates', () => {
  it('finds dates with offsets, in order', () => {
    const text = '新华社北京11月3日电11月3日，国家主席习近平致信。';
    expect(findDates(text).map((m) => [m.text, m.start, m.end])).toEqual([
      ['11月3日', 5, 10],
      ['11月3日', 11, 16],
    ]);
  });

  it('reads dates split by reflow damage and written in Chinese numerals', () => {
    expect(findDates('11 月 27 日，许昌市')[0]?.text).toBe('11 月 27 日');
    expect(parseDate('二〇二三年十一月三日')).toMatchObject({ kind: 'calendar', year: 2023, month: 11, day: 3 });
    expect(parseDate('2023-11-02')).toMatchObject({ kind: 'calendar', year: 2023, month: 11, day: 2 });
  });

  it('leaves counts, durations and words that only contain date characters alone', () => {
    for (const text of ['连续3日', '3号楼', '6个月', '2024毕业学年', '目前日均配送量', '目前年均增长', '今日导读', '3日内完成', '一日三餐']) {
      expect(findDates(text).map((m) => m.text), text).toEqual([]);
    }
  });
});

describe('resolveDate', () => {
  it('writes --MM-DD when the year is unknown and YYYY-MM-DD when it is', () => {
    expect(resolve('11月3日', REPORTED)).toBe('--11-03');
    expect(resolve('11月3日', PUBLISHED)).toBe('2023-11-03');
    expect(resolve('2021年11月3日', REPORTED)).toBe('2021-11-03');
    expect(resolve('11 月 27 日', REPORTED)).toBe('--11-27');
  });

  it('places a bare day in the page month, or the month before when it is still to come', () => {
    expect(resolve('2日', REPORTED)).toBe('--11-02');
    expect(resolve('28日', REPORTED)).toBe('--10-28');
    expect(resolve('10日', { published: null, reported: null })).toBeNull();
  });

  it('reads 今年, 去年 and 本月 against the page year and month', () => {
    expect(resolve('今年5月', PUBLISHED)).toBe('2023-05');
    expect(resolve('今年5月', REPORTED)).toBe('--05');
    expect(resolve('去年', PUBLISHED)).toBe('2022');
    expect(resolve('去年4月', PUBLISHED)).toBe('2022-04');
    expect(resolve('本月10日', PUBLISHED)).toBe('2023-11-10');
  });

  it('reads 昨天 and 今天 from the day the paper came out: the day after its datelines when no masthead says', () => {
    expect(resolve('昨天', REPORTED)).toBe('--11-03');
    expect(resolve('今天', REPORTED)).toBe('--11-04');
    expect(resolve('昨日', PUBLISHED)).toBe('2023-11-03');
    expect(resolve('前天', { published: '2024-03-01', reported: null })).toBe('2024-02-28');
  });

  it('reads 当日 as the date the text gave last', () => {
    expect(resolve('当日', { ...REPORTED, previous: '--11-02' })).toBe('--11-02');
    expect(resolve('当日', REPORTED)).toBe('--11-03');
    expect(resolve('次日', { ...PUBLISHED, previous: '2023-12-31' })).toBe('2024-01-01');
  });

  it('puts a month far from the page month in the neighbouring year', () => {
    expect(resolve('12月28日', { published: '2024-01-05', reported: null })).toBe('2023-12-28');
    expect(resolve('1月5日', { published: '2023-12-20', reported: null })).toBe('2024-01-05');
  });
});

describe('ISO prefix dates', () => {
  it('writes every precision', () => {
    expect(isoDate({ year: 2023, month: 11, day: 3 })).toBe('2023-11-03');
    expect(isoDate({ year: 2023, month: 11, day: null })).toBe('2023-11');
    expect(isoDate({ year: 2023, month: null, day: null })).toBe('2023');
    expect(isoDate({ year: null, month: 5, day: null })).toBe('--05');
    expect(isoDate({ year: null, month: null, day: 3 })).toBeNull();
  });

  it('moves dates by days across months and years, with or without a year', () => {
    expect(addDays('--11-30', 1)).toBe('--12-01');
    expect(addDays('--01-01', -1)).toBe('--12-31');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2023-11', 1)).toBeNull();
  });
});
