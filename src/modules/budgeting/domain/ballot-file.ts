/**
 * A heading's anonymised ballots as a pabulib election: voters are named by their receipt hashes, projects by
 * their ids in the file (the proposal number, or the source's id for imported elections). The tally is
 * computed from exactly this file, so `gorod pb compute` on the published file gives the published winners. Pure.
 */
import { parseDecimal, toDecimal } from './fraction.js';
import type { BallotKindName } from './ballot-rules.js';
import type { PbElection } from './pabulib.js';

export interface BallotFileInput {
  description: string;
  /** The city (pabulib `unit`) and the heading (`subunit`). */
  unit: string;
  subunit: string;
  year: number;
  /** Exact decimal strings. */
  budget: string;
  kind: BallotKindName;
  minProjects: number | null;
  maxProjects: number | null;
  pointsTotal: number | null;
  pointsPerProject: number | null;
  /** The cap on winners, written as `gorod_max_winners` (null: none). */
  maxWinners?: number | null;
  rule: 'greedy' | 'equal-shares';
  utility: 'cost' | 'approval';
  completion: 'none' | 'add1' | 'add1-full' | 'add1-greedy';
  projects: { id: string; number: number; cost: string; name: string }[];
  /** In the order they should be written (by voter id); ids in the order chosen, points parallel to them. */
  ballots: { voterId: string; ids: string[]; points: number[] }[];
}

const decimal = (text: string) => toDecimal(parseDecimal(text));
/** The format is line-based: line breaks in a text become spaces. */
const oneLine = (text: string) => text.replace(/[\r\n]+/g, ' ');

/** The pabulib name of a rule (the `rule` META key). */
export function pbRuleName(rule: BallotFileInput['rule'], completion: BallotFileInput['completion']): string {
  if (rule === 'greedy') return 'greedy';
  return completion === 'none' ? 'equalshares' : `equalshares/${completion}`;
}

export function ballotFile(input: BallotFileInput): PbElection {
  const points = input.kind === 'points';
  const meta: Record<string, string> = {
    description: oneLine(input.description),
    unit: oneLine(input.unit),
    subunit: oneLine(input.subunit),
    instance: String(input.year),
    num_projects: String(input.projects.length),
    num_votes: String(input.ballots.length),
    budget: decimal(input.budget),
    vote_type: points ? 'cumulative' : 'approval',
    rule: pbRuleName(input.rule, input.completion),
    gorod_rule: input.rule,
    gorod_utility: input.utility,
    gorod_completion: input.completion,
    gorod_ballot_kind: input.kind,
  };
  if (input.maxWinners !== null && input.maxWinners !== undefined) meta.gorod_max_winners = String(input.maxWinners);
  if (input.kind === 'approval-budget') meta.max_sum_cost = decimal(input.budget);
  if (input.kind === 'approval-count') {
    if (input.minProjects !== null) meta.min_length = String(input.minProjects);
    if (input.maxProjects !== null) meta.max_length = String(input.maxProjects);
  }
  if (points) {
    if (input.pointsTotal !== null) meta.max_sum_points = String(input.pointsTotal);
    if (input.pointsPerProject !== null) meta.max_points = String(input.pointsPerProject);
  }
  const projectColumns = ['project_id', 'cost', 'name', 'number'];
  const voteColumns = points ? ['voter_id', 'vote', 'points'] : ['voter_id', 'vote'];
  return {
    meta,
    projectColumns,
    voteColumns,
    projects: input.projects.map((p) => {
      const cost = decimal(p.cost);
      const name = oneLine(p.name);
      return { id: p.id, cost: parseDecimal(cost), name, fields: { project_id: p.id, cost, name, number: String(p.number) } };
    }),
    votes: input.ballots.map((b) => {
      const fields: Record<string, string> = { voter_id: b.voterId, vote: b.ids.join(',') };
      if (points) fields.points = b.points.join(',');
      return points ? { voterId: b.voterId, vote: b.ids, points: b.points, fields } : { voterId: b.voterId, vote: b.ids, fields };
    }),
  };
}
