// The extractor's entry: same page, same bytes out; every relationship carries its evidence.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractPage } from '../../extract/index.ts';
import { RELATIONS } from '../../vocab/relations.ts';

const seed = (name: string) => readFileSync(`seeds/${name}`);
const seeds = readdirSync('seeds').filter((f) => f.endsWith('.txt')).sort();

describe('extractPage', () => {
  it('is deterministic: extracting a page twice gives byte-identical JSON', () => {
    const name = seeds[0] ?? '';
    const a = extractPage(seed(name), 'x');
    const b = extractPage(seed(name), 'x');
    expect(a.ok && b.ok).toBe(true);
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
  });

  it('points every asserted relationship back to a sentence of the original page', () => {
    for (const name of seeds) {
      const bytes = seed(name);
      const original = bytes.toString('utf8');
      const r = extractPage(bytes, name);
      if (!r.ok) throw new Error(r.error.message);
      const articles = new Set(r.value.entities.filter((e) => e.label === 'Article').map((e) => e.id));
      for (const rel of r.value.relations) {
        if (!RELATIONS[rel.type].evidenced || rel.type === 'REPORTED') continue;
        expect(rel.evidence.length, `${rel.type} ${rel.id}`).toBeGreaterThan(0);
        for (const ev of rel.evidence) {
          expect(articles.has(ev.articleId)).toBe(true);
          expect(original.slice(ev.start, ev.end)).toBe(ev.sentence);
        }
      }
    }
  });

  it('finds the party secretary and his inspection in the first seed page', () => {
    const r = extractPage(seed('000_b450ca49af65174f.txt'), '000');
    if (!r.ok) throw new Error(r.error.message);
    const person = r.value.entities.find((e) => e.label === 'Person' && e.name === '张建慧');
    expect(person).toBeDefined();
    const visits = r.value.relations.filter((x) => x.type === 'APPEARED_AT' && x.from === person?.id);
    expect(visits.map((v) => v.properties.role)).toContain('inspected');
  });

  it('refuses an empty page with an error value naming the file', () => {
    const r = extractPage(new Uint8Array(), 'empty-page');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('empty');
      expect(r.error.message).toContain('empty-page');
    }
  });
});
