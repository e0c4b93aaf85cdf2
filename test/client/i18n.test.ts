// Both languages say everything; names of labels and types come from the vocabulary; dates
// without a year say so rather than guessing one.
import { describe, expect, it } from 'vitest';
import { LABELS, LABEL_NAMES } from '../../vocab/labels.ts';
import { formatDate, labelName, preferredLang, relationReading, t } from '../../client/i18n.ts';

describe('i18n', () => {
  it('takes label names from the vocabulary', () => {
    for (const l of LABEL_NAMES) {
      expect(labelName(l, 'zh')).toBe(LABELS[l].zh);
      expect(labelName(l, 'en')).toBe(l);
    }
    expect(labelName('Thing', 'zh')).toBe('Thing');
  });

  it('fills placeholders and groups numbers', () => {
    expect(t('en', 'status.nodes', { nodes: 5000, edges: 20000 })).toBe('5,000 nodes · 20,000 edges');
    expect(t('zh', 'status.nodes', { nodes: 3, edges: 2 })).toBe('3 个节点 · 2 条边');
  });

  it('reads relationships both ways', () => {
    expect(relationReading('APPEARED_AT', 'en', 'reverse')).toBe('attended by');
    expect(relationReading('APPEARED_AT', 'zh')).toBe('出席');
  });

  it('writes dates as people do, and flags a missing year', () => {
    expect(formatDate('2024-11-03', 'en')).toBe('3 Nov 2024');
    expect(formatDate('2024-11-03', 'zh')).toBe('2024年11月3日');
    expect(formatDate('2024-11', 'zh')).toBe('2024年11月');
    expect(formatDate('--11-03', 'zh')).toBe('11月3日（年份不详）');
    expect(formatDate('--11-03', 'en')).toBe('3 Nov (year unknown)');
    expect(formatDate(null, 'en')).toBe('');
  });

  it('picks Chinese for readers whose browser prefers it', () => {
    expect(preferredLang(['zh-CN', 'en'])).toBe('zh');
    expect(preferredLang(['en-GB', 'de'])).toBe('en');
  });
});
