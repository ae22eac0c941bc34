/**
 * Representativeness: who took part (respondents, voters) by district against who lives there. Shares are percents
 * with one decimal; the difference is in percentage points; groups of 1–9 people are shown "< 10" with no share
 * (k-anonymity), and so is anything computed from them. Pure.
 */
import { isSmallGroup, publicCount, publicTotal, type PublicCount } from '../../../core/privacy/k-anonymity.js';
import type { DistrictCount } from '../../../core/module/statistics.js';

/** Within this many points of its population share a district counts as represented about right. */
export const evenWithinPoints = 2;

export interface RepresentedDistrict {
  /** Null: participants whose district is unknown. */
  districtId: string | null;
  participants: PublicCount;
  participantShare: number | null;
  populationShare: number | null;
  /** Participant share minus population share, in points; null when either is unknown or the group is small. */
  difference: number | null;
  verdict: 'over' | 'under' | 'even' | 'unknown';
}

export interface RepresentedAgeBand {
  ageBand: string | null;
  participants: PublicCount;
  participantShare: number | null;
}

export interface Representativeness {
  participants: PublicCount;
  districts: RepresentedDistrict[];
  ageBands: RepresentedAgeBand[];
}

const percent = (part: number, whole: number) => (whole > 0 ? Math.round((part / whole) * 1000) / 10 : null);

/**
 * Compares participants by district with `population` (district id → residents). Every district with a population
 * figure is listed (0 participants shows as under-represented), then those without one, then the unknown district.
 */
export function representativeness(
  districts: readonly DistrictCount[],
  ageBands: readonly { ageBand: string | null; value: number }[],
  population: ReadonlyMap<string, number>,
): Representativeness {
  const total = districts.reduce((s, d) => s + d.value, 0);
  const residents = [...population.values()].reduce((s, n) => s + n, 0);
  const counted = new Map(districts.map((d) => [d.districtId, d.value]));
  const ids = [
    ...population.keys(),
    ...districts.map((d) => d.districtId).filter((id) => id !== null && !population.has(id)),
    ...(counted.has(null) ? [null] : []),
  ];
  const rows = ids.map((districtId): RepresentedDistrict => {
    const n = counted.get(districtId) ?? 0;
    const small = isSmallGroup(n) || isSmallGroup(total);
    const participantShare = small ? null : percent(n, total);
    const populationShare = districtId === null ? null : percent(population.get(districtId) ?? 0, residents);
    const difference =
      participantShare === null || populationShare === null || population.get(districtId!) === undefined
        ? null
        : Math.round((participantShare - populationShare) * 10) / 10;
    const verdict = difference === null ? 'unknown' : Math.abs(difference) < evenWithinPoints ? 'even' : difference > 0 ? 'over' : 'under';
    return {
      districtId,
      participants: publicCount(n),
      participantShare,
      populationShare: population.has(districtId ?? '') ? populationShare : null,
      difference,
      verdict,
    };
  });
  return {
    participants: publicTotal(districts.map((d) => d.value)),
    districts: rows,
    ageBands: ageBands.map((a) => ({
      ageBand: a.ageBand,
      participants: publicCount(a.value),
      participantShare: isSmallGroup(a.value) || isSmallGroup(total) ? null : percent(a.value, total),
    })),
  };
}
