/**
 * The published participation figures, from the stored counts and the district populations: people counted "< 10"
 * below ten (k-anonymity), shares of the population in percent, implemented ÷ proposed per capability. Pure.
 */
import { isSmallGroup, publicTotal, type PublicCount } from '../../../core/privacy/k-anonymity.js';
import type { StatisticsRatio } from '../../../core/module/statistics.js';
import { localParts, zonedToUtc } from '../../../core/time/time.js';

/** What the statistics job stores: exact counts by district (null: no district known); never published as they are. */
export interface ParticipationSnapshot {
  measures: { id: string; counts: 'people' | 'things' | 'hours'; byDistrict: [string | null, number][] }[];
  ratios: StatisticsRatio[];
  /** Active residents per calendar month ("YYYY-MM"), oldest first. */
  active: { month: string; byDistrict: [string | null, number][] }[];
}

/** How many calendar months "active residents per month" covers, this one included. */
export const activeMonths = 12;

/** A calendar month of the city's clock: its key ("YYYY-MM"), first instant and the next month's. */
export interface CityMonth {
  month: string;
  from: Date;
  to: Date;
}

/** The `activeMonths` months up to the one `now` falls in, on the city's clock, oldest first. */
export function monthsUpTo(now: Date, timeZone: string): CityMonth[] {
  const p = localParts(now, timeZone);
  return Array.from({ length: activeMonths }, (_, i) => {
    const m = p.month - (activeMonths - 1 - i);
    const first = new Date(Date.UTC(p.year, m - 1, 1));
    const month = `${first.getUTCFullYear()}-${String(first.getUTCMonth() + 1).padStart(2, '0')}`;
    return { month, from: zonedToUtc(p.year, m, 1, 0, timeZone), to: zonedToUtc(p.year, m + 1, 1, 0, timeZone) };
  });
}

/**
 * Which months of the stored snapshot the job may keep instead of recounting: every shown month before last month,
 * when the stored one was counted earlier the same day on the city's clock (an act is filed now, so only this month
 * and the one before change between runs). The first run of a day (and one with nothing stored) keeps nothing: it
 * recounts every month, which also takes in what a recount of this and last month cannot see (a resident who moved,
 * an account deleted, hours confirmed for an older shift).
 */
export function keptMonths(
  stored: { data: ParticipationSnapshot; computedAt: Date } | undefined,
  months: readonly CityMonth[],
  now: Date,
  timeZone: string,
): Map<string, [string | null, number][]> | null {
  if (!stored) return null;
  const day = (at: Date) => {
    const p = localParts(at, timeZone);
    return `${p.year}-${p.month}-${p.day}`;
  };
  if (day(stored.computedAt) !== day(now) || stored.computedAt > now) return null;
  const frozen = new Set(months.slice(0, -2).map((m) => m.month));
  return new Map(stored.data.active.filter((a) => frozen.has(a.month)).map((a) => [a.month, a.byDistrict]));
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
