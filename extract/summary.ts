// The document summary of a page (../shared/eval/GOLD-FORMAT.md), the scoring contract:
// persons with their titles as written, places and organizations as written (longest form),
// events with a date or participants.
import type { DocumentSummary } from '../vocab/extraction.ts';
import type { PagePerson } from './build.ts';
import type { PageFindings } from './pipeline.ts';
import { isReportable } from './resolve/appearances.ts';

/** Suffixes the scorer ignores; two forms that differ only by one are one place. */
const SUFFIX = /(省|市|县|区|镇|乡|村|街道|社区)$/u;

function longestForms(names: Iterable<string>): string[] {
  const byKey = new Map<string, string>();
  for (const name of names) {
    const key = name.replace(SUFFIX, '') || name;
    const have = byKey.get(key);
    if (!have || name.length > have.length) byKey.set(key, name);
  }
  return [...byKey.values()].sort();
}

/** `--11-03` (year unknown) is written `11-03` in summaries. */
const summaryDate = (date: string | null): string | null => (date ? date.replace(/^--/u, '') : null);

export function summarizePage(findings: PageFindings, persons: ReadonlyMap<string, PagePerson>): DocumentSummary {
  const places = new Set<string>();
  const organizations = new Set<string>();
  const events: DocumentSummary['events'] = [];
  for (const a of findings.articles) {
    // 新华社北京11月3日电: where the report was filed is a place the page names.
    if (a.article.dateline?.place) places.add(a.article.dateline.place);
    for (const s of a.sentences) {
      for (const p of s.places) places.add(p.text);
      for (const o of s.organizations) organizations.add(o.text);
    }
  }
  for (const e of findings.events) {
    if (isReportable(e)) {
      events.push({
        name: e.name,
        date: summaryDate(e.date),
        place: e.place,
        participants: e.appearances.map((ap) => ({ name: ap.person.name, role: ap.role })),
      });
    }
  }
  return {
    doc: findings.page.doc,
    persons: [...persons.values()]
      .map((p) => ({ name: p.name, titles: p.titles.map((t) => t.title) }))
      .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)),
    places: longestForms(places),
    organizations: [...organizations].sort(),
    events,
  };
}
