import { describe, expect, it } from 'vitest';
import { nextStatus, reportActions, reportStatuses } from './lifecycle.js';
import { areaNewsOfStep, checkExtra, isAcceptableMediaUrl, isPublicReport, publicExtra, reportTitle } from './report-rules.js';

describe('report rules', () => {
  it('cleans extra values by the one text rule for lines: controls and direction overrides dropped, whitespace one space', () => {
    expect(checkExtra([{ name: 'stairs', required: true }], { stairs: ' 2\u202e\n\u0000 слева ' })).toEqual({ ok: true, values: { stairs: '2 слева' } });
  });

  it('checks the extra fields a reason asks for', () => {
    const fields = [
      { name: 'apartment', required: true },
      { name: 'phone', required: false },
    ] as const;
    expect(checkExtra(fields, { apartment: ' 12 ', phone: '' })).toEqual({ ok: true, values: { apartment: '12' } });
    expect(checkExtra(fields, {})).toEqual({ ok: false, field: 'apartment', problem: 'extra_required' });
    expect(checkExtra(fields, { apartment: '1', floor: '2' })).toEqual({ ok: false, field: 'floor', problem: 'extra_unknown' });
    expect(checkExtra(fields, { apartment: 'x'.repeat(101) })).toEqual({ ok: false, field: 'apartment', problem: 'extra_too_long' });
    expect(checkExtra(fields, { apartment: '1', phone: 'call me' })).toEqual({ ok: false, field: 'phone', problem: 'extra_phone_invalid' });
    expect(checkExtra([], { contactEmail: 'a@b.c' }, { allowContact: true })).toEqual({ ok: true, values: { contactEmail: 'a@b.c' } });
  });

  it('keeps personal fields from the public', () => {
    expect(publicExtra({ apartment: '12', phone: '+7 921', contactEmail: 'a@b.c', contactName: 'Ivan' })).toEqual({ apartment: '12' });
  });

  it('accepts http(s) media links only, never fetched', () => {
    expect(isAcceptableMediaUrl('https://example.net/a.jpg')).toBe(true);
    expect(isAcceptableMediaUrl('javascript:alert(1)')).toBe(false);
    expect(isAcceptableMediaUrl('https://user:pw@example.net/a.jpg')).toBe(false);
    expect(isAcceptableMediaUrl(`https://example.net/${'a'.repeat(1000)}`)).toBe(false);
  });

  it('publishes reports past moderation and not hidden', () => {
    expect(isPublicReport({ status: 'moderation', moderation: 'visible' })).toBe(false);
    expect(isPublicReport({ status: 'rejected', moderation: 'visible' })).toBe(false);
    expect(isPublicReport({ status: 'sent', moderation: 'visible' })).toBe(true);
    expect(isPublicReport({ status: 'closed', moderation: 'hidden' })).toBe(false);
    expect(reportTitle(12, 'Яма')).toBe('№ 12 · Яма');
  });

  it('tells area subscribers of a published answer and of a report leaving pre-moderation into public view, of no other step', () => {
    const news: string[] = [];
    for (const action of reportActions)
      for (const from of reportStatuses) {
        const to = nextStatus(from, action);
        const topic = to && areaNewsOfStep({ action, from, to });
        if (topic) news.push(`${action}: ${from} → ${to} = ${topic}`);
      }
    expect(news).toEqual([
      'approve: moderation → sent = reports',
      'not_competent: moderation → not_competent = reports',
      'publish_answer: answer_moderation → answered = answers',
    ]);
  });
});
