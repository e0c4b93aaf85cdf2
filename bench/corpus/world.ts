// The synthetic world behind the corpus: for each city its posts and who holds them on a given
// day, its reporters and its bodies. Everything is derived from (seed, city, post, term), so a
// city is the same whichever page first asks about it, and nothing is kept per article.
import type { OrganizationKind } from '../../vocab/roles.ts';
import type { GazetteerCity } from './gazetteer.ts';
import { companyName, personName } from './names.ts';
import { Rng } from './prng.ts';

export type BodyKey = 'party' | 'government' | 'congress';

export interface Body {
  readonly key: BodyKey;
  /** Full name, e.g. 周口市委. */
  readonly name: string;
  /** As the city's own paper writes it, e.g. 市委. */
  readonly short: string;
  readonly kind: OrganizationKind;
}

export interface Post {
  readonly title: string;
  readonly body: BodyKey;
  /** How many people hold this title at once (副市长: several). */
  readonly seats: number;
}

/** Ordered by rank: templates pick leaders from the front. */
export const POSTS: readonly Post[] = [
  { title: '市委书记', body: 'party', seats: 1 },
  { title: '市长', body: 'government', seats: 1 },
  { title: '市人大常委会主任', body: 'congress', seats: 1 },
  { title: '市委副书记', body: 'party', seats: 1 },
  { title: '常务副市长', body: 'government', seats: 1 },
  { title: '市委秘书长', body: 'party', seats: 1 },
  { title: '副市长', body: 'government', seats: 4 },
];

/** Days a term lasts, so firstSeen/lastSeen move and successors appear in long corpora. */
const TERM_DAYS = 400;

export interface Official {
  readonly name: string;
  readonly post: Post;
}

export class CityWorld {
  readonly bodies: Record<BodyKey, Body>;
  readonly reporters: readonly string[];
  readonly newspaper: string;
  private readonly offsets: number[];

  constructor(private readonly seed: string, readonly city: GazetteerCity) {
    const rng = new Rng(seed, city.code, 'city');
    const n = city.name;
    this.bodies = {
      party: { key: 'party', name: `${n}委`, short: '市委', kind: 'party' },
      government: { key: 'government', name: `${n}政府`, short: '市政府', kind: 'government' },
      congress: { key: 'congress', name: `${n}人大常委会`, short: '市人大常委会', kind: 'congress' },
    };
    this.newspaper = `${n.replace(/市$/u, '')}日报`;
    const reporters = new Set<string>();
    while (reporters.size < 6) reporters.add(personName(rng));
    this.reporters = [...reporters];
    // Terms do not all end on the same day.
    this.offsets = POSTS.flatMap((p) => Array.from({ length: p.seats }, () => rng.int(TERM_DAYS)));
  }

  /** Who holds `post` (seat `seat`) on day `day` of the corpus. */
  holder(post: Post, seat: number, day: number): Official {
    const index = POSTS.indexOf(post);
    const slot = POSTS.slice(0, index).reduce((a, p) => a + p.seats, 0) + seat;
    const term = Math.floor((day + (this.offsets[slot] ?? 0)) / TERM_DAYS);
    return { name: personName(new Rng(this.seed, this.city.code, post.title, seat, term)), post };
  }

  /** Every official in office on `day`, by rank. */
  leaders(day: number): Official[] {
    return POSTS.flatMap((post) => Array.from({ length: post.seats }, (_, seat) => this.holder(post, seat, day)));
  }

  /** A visiting company and its chairman: invented per visit. */
  visitor(rng: Rng): { company: string; chairman: string } {
    return { company: companyName(rng), chairman: personName(rng) };
  }
}

const worlds = new Map<string, CityWorld>();

export function cityWorld(seed: string, city: GazetteerCity): CityWorld {
  const key = `${seed}\u0000${city.code}`;
  let w = worlds.get(key);
  if (!w) {
    w = new CityWorld(seed, city);
    worlds.set(key, w);
  }
  return w;
}
