import type { SQL } from 'drizzle-orm';
import type { Actor } from '../auth/actor.js';
import { queryRows, type Executor } from '../db/client.js';
import type { ModuleContext } from './module.js';

/** One count of a measure in one district; `districtId` null: no district known (counted in the city only). */
export interface DistrictCount {
  districtId: string | null;
  value: number;
}

/**
 * A participation figure a module publishes on `/statistics`, counted per district by its own query over its own
 * tables (the statistics module never reads them). `people`: a count of persons, shown "< 10" below ten (k-anonymity);
 * `things`: a count of things (reports, ideas); `hours`: a sum of hours. Read by the statistics job, never per request.
 */
export interface StatisticsMeasure {
  /** Stable id, e.g. `reports`, `poll_responses`; the web words it as `statistics.measure.<id>`. */
  id: string;
  counts: 'people' | 'things' | 'hours';
  count: (db: Executor) => Promise<DistrictCount[]>;
}

/**
 * "Implemented ÷ proposed" for one capability: two of the module's measures (e.g. reports resolved ÷ filed). A
 * commitments ledger can later add its own (delivered ÷ promised) the same way, or feed `implemented` here.
 */
export interface StatisticsRatio {
  /** The capability, e.g. `reports`, `budgeting`; the web words it as `statistics.capability.<id>`. */
  capability: string;
  implemented: string;
  proposed: string;
}

/**
 * The people who took part in one published result (a poll's respondents, a budgeting heading's voters) by district and,
 * where known, by age band: the representativeness panel compares them with the district populations. `read` applies
 * the module's own rule for who may see the result (throws its 403/404).
 */
export interface ParticipantGroups {
  /** The kind in `GET /api/statistics/representativeness/:kind/:id`, e.g. `poll`, `budgeting-heading`. */
  kind: string;
  read: (ctx: ModuleContext, actor: Actor, id: string) => Promise<{ districts: DistrictCount[]; ageBands: { ageBand: string | null; value: number }[] }>;
}

/** What a module contributes to participation statistics (all optional). */
export interface StatisticsContribution {
  measures?: StatisticsMeasure[];
  ratios?: StatisticsRatio[];
  /**
   * Who did something and when, for "active residents per month": a query selecting `user_id` (uuid) and `at`
   * (timestamptz) — one row per act (a report filed, a ballot cast, an answer given…), null users left out.
   */
  activity?: SQL;
  /**
   * Whether the acts of `activity` are taking part in a decision or a meeting — a ballot, a poll response, a support, an
   * attendance — as seed 002's "participation" counts them (the social-performance monitor's participants); reports and
   * ideas are activity but not that.
   */
  participation?: boolean;
  /** Volunteering hours confirmed per person and when: a query selecting `user_id`, `at` and `hours` (the monitor's contribution). */
  hours?: SQL;
  /** Where each person lives, for counting active residents by district: a query selecting `user_id` and `district_id` (the accounts module). */
  residence?: SQL;
  representativeness?: ParticipantGroups[];
}

/** Runs a query selecting `district_id` and `value` (one row per district): what most measures are. */
export async function countsBy(db: Executor, query: SQL): Promise<DistrictCount[]> {
  return (await queryRows<{ district_id: string | null; value: number | string }>(db, query)).map((r) => ({
    districtId: r.district_id,
    value: Number(r.value),
  }));
}

/** A measure counted by one query selecting `district_id` and `value`. */
export const measure = (id: string, counts: StatisticsMeasure['counts'], query: SQL): StatisticsMeasure => ({ id, counts, count: (db) => countsBy(db, query) });
