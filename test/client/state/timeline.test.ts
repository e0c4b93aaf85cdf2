// Timeline binning for the date slider: months with gaps filled, dates without a year in bins
// of their own after the dated ones, undated events counted apart.
import { describe, expect, it } from 'vitest';
import { apiDate, binDates, binKey, compareKeys, inDateRange, MAX_FILLED_BINS } from '../../../client/state/timeline.ts';

describe('binKey', () => {
  it('bins ISO prefixes by month, keeps year-only and yearless dates apart', () => {
    expect(binKey('2024-11-03')).toBe('2024-11');
    expect(binKey('2024-11')).toBe('2024-11');
    expect(binKey('2024')).toBe('2024');
    expect(binKey('--11-03')).toBe('--11');
    expect(binKey(null)).toBeNull();
    expect(binKey('last week')).toBeNull();
    expect(binKey(20241103)).toBeNull();
  });

  it('orders dated before yearless', () => {
    expect(['--01', '2025-01', '2024', '2024-02'].sort(compareKeys)).toEqual(['2024', '2024-02', '2025-01', '--01']);
  });
});

describe('binDates', () => {
  it('counts events per month and fills the months between', () => {
    const h = binDates(['2024-11-03', '2024-11-20', '2025-01-02', null, undefined]);
    expect(h.bins).toEqual([
      { key: '2024-11', count: 2, yearless: false },
      { key: '2024-12', count: 0, yearless: false },
      { key: '2025-01', count: 1, yearless: false },
    ]);
    expect(h.undated).toBe(2);
  });

  it('puts months without a year after the dated ones, filled too', () => {
    const h = binDates(['--08-02', '--11-03', '2023-05-01']);
    expect(h.bins.map((b) => b.key)).toEqual(['2023-05', '--08', '--09', '--10', '--11']);
    expect(h.bins.filter((b) => b.yearless)).toHaveLength(4);
  });

  it('does not fill a century of empty months for one stray date', () => {
    expect(binDates(['1900-01-01', '2024-01-01']).bins.length).toBeLessThanOrEqual(MAX_FILLED_BINS + 2);
  });

  it('is empty for no dates', () => {
    expect(binDates([])).toEqual({ bins: [], undated: 0 });
  });
});

describe('inDateRange', () => {
  it('is inclusive at both ends and open when a bound is null', () => {
    expect(inDateRange('2024-11-30', '2024-11', '2024-11')).toBe(true);
    expect(inDateRange('2024-12-01', null, '2024-11')).toBe(false);
    expect(inDateRange('2024-12-01', '2024-11', null)).toBe(true);
    expect(inDateRange(null, null, null)).toBe(true);
    expect(inDateRange(null, '2024-01', null)).toBe(false);
  });

  it('apiDate passes only what the API can compare', () => {
    expect(apiDate('2024-11')).toBe('2024-11');
    expect(apiDate('2024')).toBe('2024');
    expect(apiDate('--11')).toBeNull();
    expect(apiDate(null)).toBeNull();
  });
});
