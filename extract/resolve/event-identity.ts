// One event per occurrence on a page: a meeting reported in its own article and again in the
// speech article beside it (全国文明城市创建工作加压推进会 / 全国文明城市创建加压推进会) is one
// event. Names that share most of their characters, on the same date, of the same kind, merge;
// the longest name stands, the others become aliases.
import { strongerRole } from '../../vocab/roles.ts';
import type { EventFinding } from './appearances.ts';

export const EVENT_IDENTITY_DEFAULTS = {
  /** Character overlap (Dice) above which two names on one date are one event; 0.8 keeps 第三次 and 第四次 apart only when short, so names must also be long. */
  minDice: 0.8,
  /** Shorter names than this merge only when equal: 会议 and 会谈 share half their characters. */
  minLength: 6,
} as const;

export interface PageEvent extends EventFinding {
  readonly aliases: readonly string[];
}

export function dice(a: string, b: string): number {
  const A = [...a];
  const B = [...b];
  if (!A.length || !B.length) return 0;
  const counts = new Map<string, number>();
  for (const ch of A) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  let common = 0;
  for (const ch of B) {
    const n = counts.get(ch) ?? 0;
    if (n > 0) {
      common++;
      counts.set(ch, n - 1);
    }
  }
  return (2 * common) / (A.length + B.length);
}

function sameOccurrence(a: EventFinding, b: EventFinding): boolean {
  if (a.kind !== b.kind) return false;
  if (a.date && b.date && a.date !== b.date) return false;
  if (a.name === b.name) return true;
  if (!a.named || !b.named) return false;
  if (Math.min(a.name.length, b.name.length) < EVENT_IDENTITY_DEFAULTS.minLength) return false;
  return dice(a.name, b.name) >= EVENT_IDENTITY_DEFAULTS.minDice;
}

function mergeInto(into: PageEvent, e: EventFinding): PageEvent {
  const longer = e.name.length > into.name.length && e.named ? e : into;
  const appearances = [...into.appearances];
  for (const ap of e.appearances) {
    const i = appearances.findIndex((x) => x.person.name === ap.person.name);
    const have = appearances[i];
    if (have) appearances[i] = { ...have, role: strongerRole(have.role, ap.role) };
    else appearances.push(ap);
  }
  const names = new Set([into.name, ...into.aliases, e.name]);
  names.delete(longer.name);
  return {
    ...into,
    name: longer.name,
    named: into.named || e.named,
    held: into.held || e.held,
    date: into.date ?? e.date,
    place: into.place ?? e.place,
    appearances,
    sentences: [...into.sentences, ...e.sentences.filter((s) => !into.sentences.includes(s))],
    aliases: [...names].sort(),
  };
}

/** The page's events with reports of one occurrence merged, and for each finding the event it became. */
export function mergePageEvents(events: readonly EventFinding[]): { events: PageEvent[]; of: Map<EventFinding, number> } {
  const merged: PageEvent[] = [];
  const members: EventFinding[][] = [];
  const of = new Map<EventFinding, number>();
  for (const e of events) {
    const i = merged.findIndex((m, k) => (members[k] ?? []).some((x) => sameOccurrence(x, e)) || sameOccurrence(m, e));
    if (i >= 0) {
      merged[i] = mergeInto(merged[i] as PageEvent, e);
      members[i]?.push(e);
      of.set(e, i);
    } else {
      merged.push({ ...e, aliases: [] });
      members.push([e]);
      of.set(e, merged.length - 1);
    }
  }
  return { events: merged, of };
}
