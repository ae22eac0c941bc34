// Story (issue 17, answer ratings): a resident, on a phone in Russian, reported a pothole; the department's official, on a
// desktop in English, answered on the report's page that it is mended and the kerb is planned for a day ahead — published,
// that answer is the city's commitment, shown under it. On the report's page she is first asked to confirm or dispute
// (the rating form waits for that verdict, so she is never asked twice whether it is fixed); she confirms — the pothole is
// mended — and is then asked to rate the answer: sending nothing is refused with an error summary; she rates it "partly
// fixed" (the kerb is still to come), 3 of 5, with a note, and then sees her rating instead of the form. On a
// desktop in English, the department's official reads the rating and its note (who rated is not shown), and the
// department's public page shows the ratings only in aggregate — with one rating, as "< 10".
import { describe, expect, inject, test } from 'vitest';
import { desktop, narrow, specBrowser, watchErrors } from './browser.js';
import { apiAs, confirmedResident, expectErrorSummary, grantRoleAs, screenshot, tr, uploadPhotoAs, workingDayAhead } from './helpers.js';

const baseURL = inject('baseURL');
const dataDir = inject('dataDir');
const adminSession = inject('adminSession');
const browser = specBrowser(baseURL);
const admin = { cookie: adminSession };

describe('answer ratings', () => {
  test('ru 360 resident rates an answer “partly fixed” and sees her rating; en 1280 official reads it and the department page shows the aggregate', async () => {
    const anna = await confirmedResident(baseURL, dataDir, { displayName: 'Анна Оценкина', language: 'ru', label: 'rating-anna' });
    const off = await confirmedResident(baseURL, dataDir, { displayName: 'Oleg Official', language: 'en', label: 'rating-official' });

    // ---- through the API: Anna files, the administrator publishes it, the department answers, the answer is published ----
    const found = await apiAs<{ items: { reason: { id: number } }[] }>(baseURL, anna, 'GET', `/api/classifier/search?q=${encodeURIComponent('яма')}`);
    const photoId = await uploadPhotoAs(baseURL, anna, 'yama.png');
    const { number } = await apiAs<{ number: number }>(
      baseURL,
      anna,
      'POST',
      '/api/reports',
      {
        reasonId: found.items[0]!.reason.id,
        lat: 59.9311,
        lon: 30.3609,
        address: 'Невский проспект, 100',
        description: 'Яма у перехода, люди спотыкаются.',
        photoIds: [photoId],
      },
      201,
    );
    const sent = await apiAs<{ department: { id: string } }>(baseURL, admin, 'POST', `/api/reports/${number}/approve`, {});
    const departmentId = sent.department.id;
    await grantRoleAs(baseURL, adminSession, off.id, { role: 'official', scopeType: 'department', scopeId: departmentId });

    // ---- the official, English, 1280 px, answers on the report's page: the pothole is mended, the kerb is planned for a
    // working day ahead, so the published answer becomes the city's commitment ----
    const offCtx = await browser.context({ viewport: desktop, lang: 'en', sessionCookie: off.cookie });
    const o = await offCtx.newPage();
    const offErrors = watchErrors(o);
    await o.goto(`/reports/${number}`);
    await o.getByRole('textbox', { name: tr('en', 'actions.answerText'), exact: true }).fill('Яму заделали асфальтом, бордюр заменим весной.');
    await o.getByLabel(tr('en', 'actions.answerDueOn')).fill(await workingDayAhead(baseURL));
    await o.getByRole('button', { name: tr('en', 'actions.answer.button') }).click();
    // before publication the card says what the answer promises (the sentence up to its date)
    const promised = tr('en', 'report.answerDueOn', { date: '' }).split(':')[0]!.trim();
    await o.getByText(promised, { exact: false }).first().waitFor();
    await screenshot(o, 'journey-answer-planned-en-desktop');
    await apiAs(baseURL, admin, 'POST', `/api/reports/${number}/publish-answer`, {});

    // ---- Anna, Russian, 360 px: the form under the answer ----
    const annaCtx = await browser.context({ viewport: narrow, lang: 'ru', sessionCookie: anna.cookie });
    const a = await annaCtx.newPage();
    const annaErrors = watchErrors(a);
    await a.goto(`/reports/${number}`);
    // the answer's promise is the city's commitment, shown under it
    await a
      .getByTestId('source-commitment')
      .getByRole('link', { name: tr('ru', 'commitments.onSource.link') })
      .waitFor();
    // first the verdict: the rating form waits for it
    await a.getByRole('heading', { name: tr('ru', 'report.verdictTitle') }).waitFor();
    expect(await a.getByRole('heading', { name: tr('ru', 'report.rating.title') }).count()).toBe(0);
    await a.getByRole('button', { name: tr('ru', 'actions.confirm.button') }).click();
    await a.getByText(tr('ru', 'actions.confirm.done')).waitFor();
    await a.getByRole('heading', { name: tr('ru', 'report.rating.title') }).waitFor();
    const send = a.getByRole('button', { name: tr('ru', 'report.rating.send') });
    await send.click();
    await expectErrorSummary(a, 'ru', tr('ru', 'report.rating.chooseOutcome'));
    await a.getByRole('radio', { name: tr('ru', 'report.rating.outcome.partly_fixed') }).check();
    await a.getByRole('radio', { name: tr('ru', 'report.rating.star', { value: 3 }) }).check();
    await a.locator('#rating-note').fill('Яму заделали, но бордюр по-прежнему разбит.');
    await screenshot(a, 'journey-rating-form-ru-narrow');
    await send.click();
    await a.getByRole('heading', { name: tr('ru', 'report.rating.yours') }).waitFor();
    await a.getByText(tr('ru', 'report.rating.outcome.partly_fixed')).first().waitFor();
    await a.getByText(tr('ru', 'report.rating.yoursQuality', { value: 3 }), { exact: false }).waitFor();
    expect(await a.getByRole('button', { name: tr('ru', 'report.rating.send') }).count()).toBe(0);
    // confirmed: closed, and the rating does not change that
    await a.locator('.status-sentence .tag').getByText(tr('ru', 'reportStatus.closed')).waitFor();
    await screenshot(a, 'journey-rating-mine-ru-narrow');
    expect(annaErrors).toEqual([]);

    // ---- the official, English, 1280 px: the ratings of the answer, without names ----
    await o.goto(`/reports/${number}`);
    const all = o.locator('section', { has: o.getByRole('heading', { name: tr('en', 'report.rating.allTitle') }) });
    await all.getByText('бордюр по-прежнему разбит').waitFor();
    await all.getByText(tr('en', 'report.rating.outcome.partly_fixed')).waitFor();
    expect(await all.textContent()).not.toContain('Анна');
    await screenshot(o, 'journey-rating-official-en-desktop');

    // ---- the department's public page: the aggregate only, "< 10" for so few ratings ----
    await o.goto(`/departments/${encodeURIComponent(departmentId)}`);
    await o.getByRole('heading', { name: tr('en', 'department.ratingsTitle') }).waitFor();
    await o.getByText(tr('en', 'department.ratingsFew')).waitFor();
    expect(await o.getByText('бордюр').count()).toBe(0);
    await screenshot(o, 'journey-rating-department-en-desktop');
    expect(offErrors).toEqual([]);

    // and in Russian on the phone, the same aggregate
    await a.goto(`/departments/${encodeURIComponent(departmentId)}`);
    await a.getByRole('heading', { name: tr('ru', 'department.ratingsTitle') }).waitFor();
    await a.getByText(tr('ru', 'department.ratingsFew')).waitFor();
    await screenshot(a, 'journey-rating-department-ru-narrow');
    expect(annaErrors).toEqual([]);
  });
});
