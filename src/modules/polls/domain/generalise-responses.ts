/**
 * k-anonymity for the published responses of a poll: a respondent's district is published only when at least K
 * respondents of the poll share it, else it is generalised to null ("the city"); an age band only when at least K
 * respondents share it together with the district as published. So no line of the file points at fewer than K people
 * — a district's two respondents can no longer be told apart from the rest by their answers. The one rule for the
 * published file and for a receipt's lookup (a receipt code seen over a shoulder joins its hash to that file, so the
 * lookup must not say more than the file). Pure.
 */
import { isSmallGroup } from '../../../core/privacy/k-anonymity.js';

/** Where a respondent stands: their district and age band, either possibly unknown. */
export interface RespondentGroup {
  district_id: string | null;
  age_band: string | null;
}

/**
 * The rule over a poll's respondents counted by group (`respondents` of each district × age band, every response of
 * the poll): a function giving any of those groups as published.
 */
export function publishedGroupOf(groups: readonly (RespondentGroup & { respondents: number })[]): (g: RespondentGroup) => RespondentGroup {
  const add = (m: Map<string, number>, key: string, n: number) => m.set(key, (m.get(key) ?? 0) + n);
  const byDistrict = new Map<string, number>();
  for (const g of groups) if (g.district_id !== null) add(byDistrict, g.district_id, g.respondents);
  const district = (d: string | null) => (d !== null && isSmallGroup(byDistrict.get(d) ?? 0) ? null : d);
  const bandKey = (d: string | null, band: string) => `${d ?? ''}|${band}`;
  const byBand = new Map<string, number>();
  for (const g of groups) if (g.age_band !== null) add(byBand, bandKey(district(g.district_id), g.age_band), g.respondents);
  return (g) => {
    const d = district(g.district_id);
    return { district_id: d, age_band: g.age_band !== null && isSmallGroup(byBand.get(bandKey(d, g.age_band)) ?? 0) ? null : g.age_band };
  };
}

/** Every response of a poll as published: each row's district and age band through publishedGroupOf. */
export function generaliseResponses<R extends RespondentGroup>(rows: readonly R[]): R[] {
  const published = publishedGroupOf(rows.map((r) => ({ district_id: r.district_id, age_band: r.age_band, respondents: 1 })));
  return rows.map((r) => ({ ...r, ...published(r) }));
}
