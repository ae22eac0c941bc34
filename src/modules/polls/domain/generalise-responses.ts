/**
 * k-anonymity for the published responses of a poll: a respondent's district is published only when at least K
 * respondents of the poll share it, else it is generalised to null ("the city"); an age band only when at least K
 * respondents share it together with the district as published. So no line of the file points at fewer than K people
 * — a district's two respondents can no longer be told apart from the rest by their answers. Pure.
 */
import { isSmallGroup } from '../../../core/privacy/k-anonymity.js';

export function generaliseResponses<R extends { district_id: string | null; age_band: string | null }>(rows: readonly R[]): R[] {
  const tally = <K>(keys: K[]) => keys.reduce((m, k) => m.set(k, (m.get(k) ?? 0) + 1), new Map<K, number>());
  const byDistrict = tally(rows.map((r) => r.district_id));
  const districted = rows.map((r) => ({ ...r, district_id: r.district_id !== null && isSmallGroup(byDistrict.get(r.district_id)!) ? null : r.district_id }));
  const byBand = tally(districted.map((r) => `${r.district_id ?? ''}|${r.age_band ?? ''}`));
  return districted.map((r) => ({
    ...r,
    age_band: r.age_band !== null && isSmallGroup(byBand.get(`${r.district_id ?? ''}|${r.age_band}`)!) ? null : r.age_band,
  }));
}
