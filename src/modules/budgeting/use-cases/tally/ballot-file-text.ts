import crypto from 'node:crypto';
import type { Executor } from '../../../../core/db/client.js';
import { fileProjects, headingBallots } from '../../db/ballot-queries.js';
import type { CycleRow, HeadingRow } from '../../db/cycle-queries.js';
import { ballotFile } from '../../domain/ballot-file.js';
import { formatPb } from '../../domain/pabulib.js';

export interface HeadingBallotFile {
  text: string;
  sha256: string;
  /** Project id in the file → proposal number. */
  numberOf: Map<string, number>;
}

/**
 * A heading's anonymised ballots as pabulib text, the same bytes every time for the same ballots (ballots by
 * receipt hash, projects by number); choices of projects no longer on the ballot are left out, as the tally
 * leaves them out.
 */
export async function headingBallotFile(db: Executor, heading: HeadingRow, cycle: CycleRow): Promise<HeadingBallotFile> {
  const projects = await fileProjects(db, heading.id);
  const idOf = new Map(projects.map((p) => [p.number, p.id]));
  const ballots = (await headingBallots(db, heading.id)).map((b) => {
    const ids: string[] = [];
    const points: number[] = [];
    b.numbers.forEach((n, i) => {
      const id = idOf.get(n);
      if (id !== undefined) {
        ids.push(id);
        points.push(b.points[i] ?? 1);
      }
    });
    return { voterId: b.receiptHash, ids, points };
  });
  const election = ballotFile({
    description: cycle.importedFrom ?? cycle.title,
    unit: 'Gorod',
    subunit: heading.title,
    year: cycle.year,
    budget: heading.amount,
    kind: heading.ballotKind,
    minProjects: heading.minProjects,
    maxProjects: heading.maxProjects,
    pointsTotal: heading.pointsTotal,
    pointsPerProject: heading.pointsPerProject,
    maxWinners: heading.maxWinners,
    rule: cycle.rule,
    utility: cycle.utility,
    completion: cycle.completion,
    projects: projects.map((p) => ({ id: p.id, number: p.number, cost: p.cost, name: p.title })),
    ballots,
  });
  const text = formatPb(election);
  return { text, sha256: crypto.createHash('sha256').update(text).digest('hex'), numberOf: new Map(projects.map((p) => [p.id, p.number])) };
}
