// The jurisdiction of a title, which tells namesakes apart: 市委书记 on a 周口 page is 周口市's,
// 牧野区委书记 is 新乡市's (a county's officials are scoped by their city, so the same person
// under 区 and 市 titles stays one), 总书记 and 国家主席 are the country's.
import type { Gazetteer, Place } from '../tables/gazetteer.ts';
import type { RecognizeContext } from '../recognize/types.ts';

export const NATIONAL_SCOPE = '中国';

const NATIONAL = /^(国家|中共中央|中央|国务院|全国|全国人大|全国政协|总书记|总理|副总理|国务委员|外交部|最高人民)/u;
const PROVINCIAL = /^(省|中共.{2,3}省委|.{2,3}省)/u;
const HOME = /^(市|我市|全市|中共市委)/u;

/** The prefecture-level city (or higher) a place lies in, as its full name. */
function cityOf(place: Place, gazetteer: Gazetteer): string {
  if (place.level === 'country' || place.level === 'province' || place.level === 'city') return place.name;
  const chain = gazetteer.parents(place);
  return chain.find((p) => p.level === 'city')?.name ?? chain.find((p) => p.level === 'province')?.name ?? place.name;
}

/** Scope of a person holding `title` (as written), or null when the title names no jurisdiction. */
export function scopeOfTitle(title: string, gazetteer: Gazetteer, context: RecognizeContext): string | null {
  if (title === '总书记' || title === '国家主席' || NATIONAL.test(title)) return NATIONAL_SCOPE;
  if (HOME.test(title)) return context.homeCity;
  if (PROVINCIAL.test(title) && !/^.{2,3}省.{0,2}(市|县|区)/u.test(title)) {
    const named = /^(?:中共)?(.{2,3}省)/u.exec(title)?.[1];
    return named ? (gazetteer.resolve(named, context)?.name ?? named) : context.homeProvince;
  }
  // A place named at the head of the title: 淮阳区委书记, 河南省副省长, 新乡市委常委.
  for (let len = Math.min(8, title.length - 1); len >= 2; len--) {
    const place = gazetteer.resolve(title.slice(0, len), context);
    if (place && place.level !== 'village' && place.level !== 'other') return cityOf(place, gazetteer);
  }
  // 区委书记, 县长: a county of the home city.
  if (/^(区|县|镇|乡|街道)/u.test(title)) return context.homeCity;
  return null;
}

/**
 * One scope from the scopes of a person's titles: the home city when any title is the home
 * city's (a city's party secretary who also sits on the provincial standing committee is
 * reported by his city), else the widest, so a person keeps one scope across pages.
 */
export function personScope(scopes: readonly (string | null)[], gazetteer: Gazetteer, context: RecognizeContext): string | null {
  const known = scopes.filter((s): s is string => Boolean(s));
  if (context.homeCity && known.includes(context.homeCity)) return context.homeCity;
  if (known.includes(NATIONAL_SCOPE)) return NATIONAL_SCOPE;
  const rank = (s: string): number => {
    const level = gazetteer.resolve(s, context)?.level;
    return level === 'province' ? 2 : level === 'city' ? 1 : 0;
  };
  return [...known].sort((a, b) => rank(b) - rank(a))[0] ?? null;
}
