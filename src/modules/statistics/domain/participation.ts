/**
 * The published participation figures, from the stored counts and the district populations: people counted "< 10"
 * below ten (k-anonymity), shares of the population in percent, implemented ÷ proposed per capability. Pure.
 */
import { isSmallGroup, publicTotal, type PublicCount } from '../../../core/privacy/k-anonymity.js';
import type { StatisticsRatio } from '../../../core/module/statistics.js';

/** What the statistics job stores: exact counts by district (null: no district known); never published as they are. */
export interface ParticipationSnapshot {
  measures: { id: string; counts: 'people' | 'things' | 'hours'; byDistrict: [string | null, number][] }[];
  ratios: StatisticsRatio[];
  /** Active residents per calendar month ("YYYY-MM"), oldest first. */
  active: { month: string; byDistrict: [string | null, number][] }[];
}

export interface PopulationFigure {
  districtId: string;
  population: number;
  year: number;
  source: string;
  note: string | null;
}

/** The measures that are the numerators of "registered ÷ population" and "verified ÷ population". */
export const registeredMeasure = 'registered';
export const verifiedMeasure = 'verified';

export interface RatioFigure {
  capability: string;
  implemented: number;
  proposed: number;
  /** Implemented ÷ proposed in percent (one decimal); null when nothing was proposed. */
  share: number | null;
}

export interface PlaceFigures {
  /** Each measure's published value, by measure id. */
  figures: Record<string, PublicCount>;
  /** Registered and verified residents ÷ population, in percent (five decimals: early shares are tiny); null without a population or for a small group. */
  registeredShare: number | null;
  verifiedShare: number | null;
  /** Active residents in each month of `months`. */
  active: PublicCount[];
  ratios: RatioFigure[];
}

const percent = (part: number, whole: number, digits: number) => (whole > 0 ? Math.round((part / whole) * 100 * 10 ** digits) / 10 ** digits : null);

export function participationFigures(
  snapshot: ParticipationSnapshot,
  names: readonly { id: string; nameRu: string; nameEn: string }[],
  population: readonly PopulationFigure[],
) {
  const kinds = new Map(snapshot.measures.map((m) => [m.id, m.counts]));
  const exact = new Map(snapshot.measures.map((m) => [m.id, new Map(m.byDistrict)]));
  const months = snapshot.active.map((a) => a.month);
  const activeMaps = snapshot.active.map((a) => new Map(a.byDistrict));
  const publish = (id: string, values: number[]): PublicCount => (kinds.get(id) === 'people' ? publicTotal(values) : values.reduce((s, n) => s + n, 0));

  // a place is one district (its own count) or the city (every district's, and those with no district)
  const place = (pick: (m: ReadonlyMap<string | null, number>) => number[], residents: number | null): PlaceFigures => {
    const value = (id: string) => pick(exact.get(id) ?? new Map()).reduce((s, n) => s + n, 0);
    const share = (id: string) => {
      const n = value(id);
      return residents === null || isSmallGroup(n) ? null : percent(n, residents, 5);
    };
    return {
      figures: Object.fromEntries(snapshot.measures.map((m) => [m.id, publish(m.id, pick(exact.get(m.id)!))])),
      registeredShare: share(registeredMeasure),
      verifiedShare: share(verifiedMeasure),
      active: activeMaps.map((m) => publicTotal(pick(m))),
      ratios: snapshot.ratios.map((r) => {
        const implemented = value(r.implemented);
        const proposed = value(r.proposed);
        return { capability: r.capability, implemented, proposed, share: percent(implemented, proposed, 1) };
      }),
    };
  };
  const byId = new Map(population.map((p) => [p.districtId, p]));
  const cityResidents = population.reduce((s, p) => s + p.population, 0);
  const years = population.map((p) => p.year);
  return {
    measures: snapshot.measures.map((m) => ({ id: m.id, counts: m.counts })),
    months,
    city: {
      population: cityResidents || null,
      /** The oldest and newest year among the district figures the city's population sums. */
      populationYears: years.length ? { from: Math.min(...years), to: Math.max(...years) } : null,
      districtsWithPopulation: population.length,
      ...place((m) => [...m.values()], cityResidents || null),
    },
    districts: names.map((d) => {
      const p = byId.get(d.id);
      return {
        districtId: d.id,
        nameRu: d.nameRu,
        nameEn: d.nameEn,
        population: p ? { population: p.population, year: p.year, source: p.source, note: p.note } : null,
        ...place((m) => [m.get(d.id) ?? 0], p?.population ?? null),
      };
    }),
  };
}
