import { describe, expect, it } from 'vitest';
import { advancedDates, crowdPhaseAt, projectDatesProblem, type ProjectDates } from './phases.js';

const d = (day: string) => new Date(`${day}T00:00:00Z`);
const project: ProjectDates = { ideasFrom: d('2026-03-01'), selectionFrom: d('2026-04-01'), votingFrom: d('2026-05-01'), implementationFrom: d('2026-06-01') };

describe('crowdsourcing phases from dates', () => {
  it.each([
    ['2026-02-01', null, 'announced'],
    ['2026-03-01', null, 'ideas'],
    ['2026-04-15', null, 'selection'],
    ['2026-05-01', null, 'voting'],
    ['2027-01-01', null, 'implementation'],
    ['2027-01-01', '2026-12-01', 'completed'],
  ])('on %s (report %s) the phase is %s', (day, report, phase) => {
    expect(crowdPhaseAt({ ...project, reportPublishedAt: report ? d(report) : null }, d(day))).toBe(phase);
  });

  it.each([
    [{}, null],
    [{ selectionFrom: d('2026-03-01') }, { phase: 'selection', before: 'ideas' }],
    [{ votingFrom: d('2026-03-15') }, { phase: 'voting', before: 'selection' }],
    [{ implementationFrom: d('2026-05-01') }, { phase: 'implementation', before: 'voting' }],
  ])('dates %j → problem %j', (over, problem) => {
    expect(projectDatesProblem({ ...project, ...over })).toEqual(problem);
  });

  it.each([
    ['announced', 'ideas'],
    ['ideas', 'selection'],
    ['selection', 'voting'],
    ['voting', 'implementation'],
    ['implementation', null],
    ['completed', null],
  ] as const)('advancing from %s starts %s', (phase, next) => {
    expect(advancedDates(project, phase, d('2026-03-10'))?.next ?? null).toBe(next);
  });

  it('advancing sets the next date to now and keeps later dates after it', () => {
    const now = d('2026-05-20');
    const r = advancedDates({ ...project, implementationFrom: d('2026-05-21') }, 'selection', now)!;
    expect(r.dates.votingFrom).toEqual(now);
    expect(r.dates.implementationFrom).toEqual(d('2026-05-21'));
    const late = d('2026-06-10');
    const squeezed = advancedDates(project, 'ideas', late)!;
    expect(squeezed.dates.selectionFrom).toEqual(late);
    expect(squeezed.dates.votingFrom.getTime()).toBe(late.getTime() + 1000);
    expect(squeezed.dates.implementationFrom.getTime()).toBe(late.getTime() + 2000);
    expect(projectDatesProblem(squeezed.dates)).toBeNull();
    expect(crowdPhaseAt({ ...squeezed.dates, reportPublishedAt: null }, late)).toBe('selection');
  });
});
