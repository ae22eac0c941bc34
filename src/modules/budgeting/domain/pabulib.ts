/** The Pabulib `.pb` format (pabulib.org): META, PROJECTS and VOTES sections, `;`-separated. Pure. */
import { type Fraction, compare, eq, parseDecimal, toDecimal, ZERO } from './fraction.js';

export type PbVoteType = 'approval' | 'cumulative' | 'ordinal' | 'scoring';

export interface PbProject {
  id: string;
  cost: Fraction;
  name?: string;
  /** Every column of the row as written, including project_id and cost. */
  fields: Record<string, string>;
}

export interface PbVote {
  voterId: string;
  /** Project ids in the order written (for ordinal ballots: most preferred first). */
  vote: string[];
  points?: number[];
  fields: Record<string, string>;
}

export interface PbElection {
  meta: Record<string, string>;
  projectColumns: string[];
  voteColumns: string[];
  projects: PbProject[];
  votes: PbVote[];
}

/** Splits one line on `;`, honouring double-quoted fields with `""` escapes. */
export function splitPbLine(line: string, lineNo: number): string[] {
  const out: string[] = [];
  let i = 0;
  for (;;) {
    if (line[i] === '"') {
      let value = '';
      i++;
      for (;;) {
        if (i >= line.length) throw new Error(`line ${lineNo}: unterminated quoted field`);
        const ch = line[i];
        if (ch === '"') {
          if (line[i + 1] === '"') {
            value += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        value += ch;
        i++;
      }
      out.push(value);
      if (i >= line.length) return out;
      if (line[i] !== ';') throw new Error(`line ${lineNo}: text after a closing quote`);
      i++;
    } else {
      const end = line.indexOf(';', i);
      if (end < 0) {
        out.push(line.slice(i));
        return out;
      }
      out.push(line.slice(i, end));
      i = end + 1;
    }
  }
}

function quote(value: string): string {
  return /[;"\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

const SECTIONS = ['META', 'PROJECTS', 'VOTES'] as const;
type Section = (typeof SECTIONS)[number];

export function parsePb(text: string): PbElection {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const meta: Record<string, string> = {};
  const projects: PbProject[] = [];
  const votes: PbVote[] = [];
  const byId = new Map<string, PbProject>();
  const seen = new Set<Section>();
  let section: Section | null = null;
  let header: string[] | null = null;
  let projectColumns: string[] = [];
  let voteColumns: string[] = [];
  const pendingVotes: { vote: PbVote; lineNo: number }[] = [];

  for (let idx = 0; idx < lines.length; idx++) {
    const lineNo = idx + 1;
    const raw = lines[idx] ?? '';
    if (raw.trim() === '') continue;
    const upper = raw.trim().replace(/^"|"$/g, '').toUpperCase();
    if ((SECTIONS as readonly string[]).includes(upper)) {
      const next = upper as Section;
      if (seen.has(next)) throw new Error(`line ${lineNo}: section ${next} appears twice`);
      seen.add(next);
      section = next;
      header = null;
      continue;
    }
    if (!section) throw new Error(`line ${lineNo}: expected a META, PROJECTS or VOTES section`);
    const cells = splitPbLine(raw, lineNo);
    if (!header) {
      header = cells.map((c) => c.trim());
      if (section === 'META' && (header[0] !== 'key' || header[1] !== 'value')) throw new Error(`line ${lineNo}: the META header must be "key;value"`);
      if (section === 'PROJECTS') {
        if (!header.includes('project_id') || !header.includes('cost')) throw new Error(`line ${lineNo}: the PROJECTS header needs project_id and cost`);
        projectColumns = header;
      }
      if (section === 'VOTES') {
        if (!header.includes('voter_id') || !header.includes('vote')) throw new Error(`line ${lineNo}: the VOTES header needs voter_id and vote`);
        voteColumns = header;
      }
      continue;
    }
    if (cells.length !== header.length) throw new Error(`line ${lineNo}: ${cells.length} fields where the ${section} header has ${header.length}`);
    const fields: Record<string, string> = {};
    header.forEach((h, i) => {
      fields[h] = cells[i] ?? '';
    });
    if (section === 'META') {
      const key = (cells[0] ?? '').trim();
      if (key === '') throw new Error(`line ${lineNo}: empty META key`);
      meta[key] = cells[1] ?? '';
    } else if (section === 'PROJECTS') {
      const id = (fields.project_id ?? '').trim();
      if (id === '') throw new Error(`line ${lineNo}: empty project_id`);
      if (byId.has(id)) throw new Error(`line ${lineNo}: project ${id} appears twice`);
      let cost: Fraction;
      try {
        cost = parseDecimal(fields.cost ?? '');
      } catch {
        throw new Error(`line ${lineNo}: cost of project ${id} is not a number: "${fields.cost}"`);
      }
      if (compare(cost, ZERO) < 0) throw new Error(`line ${lineNo}: project ${id} has a negative cost`);
      const project: PbProject = { id, cost, fields };
      if (fields.name !== undefined) project.name = fields.name;
      projects.push(project);
      byId.set(id, project);
    } else {
      const voterId = (fields.voter_id ?? '').trim();
      const voteText = (fields.vote ?? '').trim();
      const vote = voteText === '' ? [] : voteText.split(',').map((s) => s.trim());
      if (new Set(vote).size !== vote.length) throw new Error(`line ${lineNo}: voter ${voterId} names a project twice`);
      const v: PbVote = { voterId, vote, fields };
      if (fields.points !== undefined) {
        const pointsText = fields.points.trim();
        const points = pointsText === '' ? [] : pointsText.split(',').map((s) => s.trim());
        if (points.length !== vote.length) throw new Error(`line ${lineNo}: voter ${voterId} has ${vote.length} projects but ${points.length} points`);
        v.points = points.map((p) => {
          if (!/^-?\d+$/.test(p)) throw new Error(`line ${lineNo}: points "${p}" of voter ${voterId} are not an integer`);
          return Number(p);
        });
      }
      pendingVotes.push({ vote: v, lineNo });
    }
  }
  for (const s of SECTIONS) if (!seen.has(s)) throw new Error(`missing section ${s}`);
  const voters = new Set<string>();
  for (const { vote, lineNo } of pendingVotes) {
    if (voters.has(vote.voterId)) throw new Error(`line ${lineNo}: voter ${vote.voterId} appears twice`);
    voters.add(vote.voterId);
    for (const id of vote.vote) if (!byId.has(id)) throw new Error(`line ${lineNo}: voter ${vote.voterId} votes for unknown project ${id}`);
    votes.push(vote);
  }
  if (meta.budget !== undefined) {
    let budget: Fraction;
    try {
      budget = parseDecimal(meta.budget);
    } catch {
      throw new Error(`META budget is not a number: "${meta.budget}"`);
    }
    if (compare(budget, ZERO) < 0) throw new Error('META budget is negative');
  }
  return { meta, projectColumns, voteColumns, projects, votes };
}

function costText(p: PbProject): string {
  const written = p.fields.cost;
  if (written !== undefined) {
    try {
      if (eq(parseDecimal(written), p.cost)) return written;
    } catch {
      /* rewritten below */
    }
  }
  return toDecimal(p.cost);
}

/** Writes an election back; `parsePb(formatPb(e))` equals `e`. */
export function formatPb(e: PbElection): string {
  const out: string[] = ['META', 'key;value'];
  for (const [k, v] of Object.entries(e.meta)) out.push(`${quote(k)};${quote(v)}`);
  const pcols = e.projectColumns.length ? e.projectColumns : ['project_id', 'cost', ...(e.projects.some((p) => p.name !== undefined) ? ['name'] : [])];
  out.push('PROJECTS', pcols.map(quote).join(';'));
  for (const p of e.projects) {
    out.push(
      pcols
        .map((c) => quote(c === 'project_id' ? p.id : c === 'cost' ? costText(p) : c === 'name' && p.name !== undefined ? p.name : (p.fields[c] ?? '')))
        .join(';'),
    );
  }
  const vcols = e.voteColumns.length ? e.voteColumns : ['voter_id', 'vote', ...(e.votes.some((v) => v.points) ? ['points'] : [])];
  out.push('VOTES', vcols.map(quote).join(';'));
  for (const v of e.votes) {
    out.push(
      vcols
        .map((c) => quote(c === 'voter_id' ? v.voterId : c === 'vote' ? v.vote.join(',') : c === 'points' ? (v.points ?? []).join(',') : (v.fields[c] ?? '')))
        .join(';'),
    );
  }
  return out.join('\n') + '\n';
}

/** The election's budget (META `budget`), or an error naming what is missing. */
export function pbBudget(e: PbElection): Fraction {
  if (e.meta.budget === undefined) throw new Error('META has no budget');
  return parseDecimal(e.meta.budget);
}

export function pbVoteType(e: PbElection): PbVoteType {
  const t = (e.meta.vote_type ?? 'approval').trim();
  if (t === 'approval' || t === 'cumulative' || t === 'ordinal' || t === 'scoring') return t;
  throw new Error(`unknown vote_type "${t}"`);
}
