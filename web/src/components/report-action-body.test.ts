import { describe, expect, it } from 'vitest';
import { actionBody, emptyValues } from './report-action-body.js';

describe('the body of an action on a report', () => {
  it.each([
    ['take', {}, { ok: true, body: {} }],
    ['take', { note: '  on it ' }, { ok: true, body: { note: 'on it' } }],
    ['reject', {}, { ok: false, field: 'rejectionReasonId', message: 'actions.rejectReasonRequired' }],
    ['reject', { rejectionReasonId: '4' }, { ok: true, body: { rejectionReasonId: 4 } }],
    ['duplicate', { original: 'twelve' }, { ok: false, field: 'of', message: 'actions.duplicateOfRequired' }],
    ['duplicate', { original: ' 12 ' }, { ok: true, body: { of: 12 } }],
    ['not_competent', { note: 'no' }, { ok: false, field: 'note', message: 'actions.noteRequired' }],
    ['return_answer', { note: 'Fix the photo' }, { ok: true, body: { note: 'Fix the photo' } }],
    ['redirect', { note: 'Not ours' }, { ok: false, field: 'departmentId', message: 'actions.departmentRequired' }],
    ['redirect', { departmentId: 'roads', note: 'Not ours' }, { ok: true, body: { departmentId: 'roads', note: 'Not ours' } }],
    ['approve', { departmentId: 'roads' }, { ok: true, body: { departmentId: 'roads' } }],
    ['answer', { photoIds: ['p'] }, { ok: false, field: 'text', message: 'actions.answerRequired' }],
    ['answer', { text: 'Done', photoIds: ['p'] }, { ok: true, body: { text: 'Done', photoIds: ['p'] } }],
    ['dispute', { text: ' ' }, { ok: false, field: 'text', message: 'actions.disputeRequired' }],
  ] as const)('%s with %j gives %j', (action, values, expected) => {
    expect(actionBody(action, { ...emptyValues, ...values, photoIds: 'photoIds' in values ? [...values.photoIds] : [] })).toEqual(expected);
  });
});
