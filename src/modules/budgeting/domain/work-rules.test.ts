import { describe, expect, it } from 'vitest';
import { spentPercent, workUpdateProblem, type WorkState } from './work-rules.js';

const planned: WorkState = { status: 'planned', progress: 0, spent: '0.00', startedOn: null, finishedOn: null };
const building: WorkState = { status: 'in_progress', progress: 40, spent: '1200000.00', startedOn: '2027-05-01', finishedOn: null };

describe('what an update of a work may say', () => {
  it('accepts a change of stage, progress and money', () => {
    expect(workUpdateProblem(planned, { status: 'design' })).toBeNull();
    expect(workUpdateProblem(building, { progress: 60, spent: '1500000.5' })).toBeNull();
  });
  it('accepts a note alone, or photos alone, as news without new figures', () => {
    expect(workUpdateProblem(building, { note: 'Asphalt laid' })).toBeNull();
    expect(workUpdateProblem(building, { photoIds: ['a'] })).toBeNull();
  });
  it('refuses an update that changes and says nothing (the same money written differently counts as the same)', () => {
    expect(workUpdateProblem(building, {})).toEqual({ field: 'note', code: 'works_update_empty' });
    expect(workUpdateProblem(building, { spent: '1200000', progress: 40, note: '  ' })).toEqual({ field: 'note', code: 'works_update_empty' });
  });
  it('refuses a finished work that is not 100 % done', () => {
    expect(workUpdateProblem(building, { status: 'done' })).toEqual({ field: 'progress', code: 'works_done_needs_full_progress' });
    expect(workUpdateProblem(building, { status: 'done', progress: 100 })).toBeNull();
  });
  it('refuses progress on a work still planned', () => {
    expect(workUpdateProblem(planned, { progress: 10 })).toEqual({ field: 'progress', code: 'works_progress_when_planned' });
  });
  it('refuses money that is negative, has more than kopecks or does not fit', () => {
    for (const spent of ['-1', '1.005', '1e6', '1 000', '123456789012345.00'])
      expect(workUpdateProblem(building, { spent })).toEqual({ field: 'spent', code: 'works_spent_invalid' });
  });
  it('refuses finishing before starting', () => {
    expect(workUpdateProblem(building, { finishedOn: '2027-04-30' })).toEqual({ field: 'finishedOn', code: 'works_finished_before_started' });
  });
});

describe('spent as a share of the cost', () => {
  it('is exact and rounded down', () => {
    expect(spentPercent('999999.99', '1000000.00')).toBe(99);
    expect(spentPercent('1500000', '1000000')).toBe(150);
    expect(spentPercent('5', '0')).toBeNull();
  });
});
