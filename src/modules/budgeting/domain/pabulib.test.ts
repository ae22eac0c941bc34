import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { frac } from './fraction.js';
import { formatPb, parsePb, pbBudget, pbVoteType } from './pabulib.js';

const dir = new URL('../../../../data/pabulib/', import.meta.url);
const files = readdirSync(dir).filter((f) => f.endsWith('.pb'));

const small = `\uFEFFMETA
key;value
budget;100
vote_type;cumulative
PROJECTS
project_id;cost;name
a;60;"Park; with ""quotes"""
b;40.5;Bench
VOTES
voter_id;vote;points
1;a,b;3,2
2;;
`;

describe('the .pb format', () => {
  it('parses META, PROJECTS and VOTES with quotes, a BOM, decimals and points', () => {
    const e = parsePb(small);
    expect(e.meta).toEqual({ budget: '100', vote_type: 'cumulative' });
    expect(pbBudget(e)).toEqual(frac(100n));
    expect(pbVoteType(e)).toBe('cumulative');
    expect(e.projects.map((p) => [p.id, p.cost, p.name])).toEqual([
      ['a', frac(60n), 'Park; with "quotes"'],
      ['b', frac(81n, 2n), 'Bench'],
    ]);
    expect(e.votes.map((v) => [v.voterId, v.vote, v.points])).toEqual([
      ['1', ['a', 'b'], [3, 2]],
      ['2', [], []],
    ]);
  });

  it('round-trips: parse(format(e)) equals e', () => {
    const e = parsePb(small);
    expect(parsePb(formatPb(e))).toEqual(e);
    expect(formatPb(e)).toContain('a;60;"Park; with ""quotes"""');
  });

  it('round-trips every real file', () => {
    for (const f of files) {
      const e = parsePb(readFileSync(new URL(f, dir), 'utf8'));
      expect(e.projects.length, f).toBe(Number(e.meta.num_projects));
      expect(e.votes.length, f).toBe(Number(e.meta.num_votes));
      expect(parsePb(formatPb(e)), f).toEqual(e);
    }
  });

  it('reads CRLF line ends (Wieliczka)', () => {
    const e = parsePb(readFileSync(new URL('poland_wieliczka_2023_green-budget.pb', dir), 'utf8'));
    expect(e.votes[0]).toMatchObject({ voterId: '1', vote: ['70', '20', '21', '25', '6'] });
  });

  it('refuses malformed input, naming the line', () => {
    const base = 'META\nkey;value\nbudget;10\nPROJECTS\nproject_id;cost\n1;5\nVOTES\nvoter_id;vote\n';
    expect(() => parsePb('PROJECTS\nproject_id;cost\n1;5\n')).toThrow(/missing section META/);
    expect(() => parsePb('META\nkey;value\nPROJECTS\nproject_id;cost\n')).toThrow(/missing section VOTES/);
    expect(() => parsePb(base + '1;2\n')).toThrow(/line 9: voter 1 votes for unknown project 2/);
    expect(() => parsePb(base.replace('1;5', '1;-5'))).toThrow(/line 6: project 1 has a negative cost/);
    expect(() => parsePb(base.replace('1;5', '1;five'))).toThrow(/line 6: cost of project 1 is not a number/);
    expect(() => parsePb(base.replace('1;5', '1;5\n1;6'))).toThrow(/line 7: project 1 appears twice/);
    expect(() => parsePb(base + '1;1\n1;1\n')).toThrow(/line 10: voter 1 appears twice/);
    expect(() => parsePb(base + '1;1;x\n')).toThrow(/line 9: 3 fields/);
    expect(() => parsePb(base.replace('project_id;cost', 'id;price'))).toThrow(/line 5: the PROJECTS header/);
    expect(() => parsePb(base + '1;"1\n')).toThrow(/line 9: unterminated quoted field/);
    expect(() => parsePb('hello\n')).toThrow(/line 1: expected a META/);
    expect(() => parsePb(base.replace('VOTES\nvoter_id;vote\n', 'VOTES\nvoter_id;vote;points\n1;1;x\n'))).toThrow(/line 9: points "x"/);
    expect(() => parsePb(base.replace('VOTES\nvoter_id;vote\n', 'VOTES\nvoter_id;vote;points\n1;1;1,2\n'))).toThrow(
      /line 9: voter 1 has 1 projects but 2 points/,
    );
    expect(() => parsePb(base.replace('budget;10', 'budget;-1'))).toThrow(/budget is negative/);
  });
});
