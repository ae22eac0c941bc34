/**
 * The demo city's district populations from the shipped long-format file (data/spb_district_population.csv, see
 * data/SOURCES.md): per district the latest figure for the whole population, each with its own year and source.
 * The 2018 sport-programme table is left out (it counts residents aged about 3–79, not everyone). Pure.
 */
import { readCsv } from '../../../core/csv/csv.js';

const sources: Record<string, string> = {
  rosstat_mo_estimate: 'Росстат, оценка по муниципальным образованиям (без учёта ВПН-2020), через Википедию',
  ruwiki_infobox_2023: 'Росстат через Википедию («Население (2023)»)',
  census_2021: 'Всероссийская перепись населения 2020 (2021), Росстат, через Википедию',
  petrostat_2024_press: 'Петростат на 1 января 2024, по сообщениям прессы',
};

/** One district's figure: keyed by the OSM relation id the districts table keeps. */
export interface ShippedPopulation {
  osmRelationId: number;
  population: number;
  year: number;
  source: string;
  note: string;
}

export function latestShippedPopulation(text: string): ShippedPopulation[] {
  const read = readCsv(text);
  if (!read.ok) throw new Error(`population file: broken quote at line ${read.problem.line}`);
  const best = new Map<number, ShippedPopulation & { date: string }>();
  for (const { fields } of read.records.slice(1)) {
    const [, relation, date, measure, persons, thousands, url, note] = fields as [string, string, string, string, string, string, string, string];
    const label = sources[measure];
    const population = persons ? Number(persons) : Math.round(Number(thousands) * 1000);
    if (!label || !population) continue;
    const prior = best.get(Number(relation));
    if (prior && prior.date >= date) continue;
    best.set(Number(relation), { osmRelationId: Number(relation), population, year: Number(date.slice(0, 4)), source: label, note: `${note} ${url}`, date });
  }
  return [...best.values()].map(({ date: _date, ...p }) => p);
}
