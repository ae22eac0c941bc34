// Story: the city asks a binding question. The administrator drafts a poll at /admin/polls — a yes/no
// decision that needs more than 70 % in favour, and a ranking of what to do first — and publishes it; being
// binding, it must name the department that carries out what passes and the working day it is due.
// Vera, verified in person (English, desktop), answers: she is told that responses are final, checks her
// answers and keeps the receipt code shown once. Pyotr (Russian, 360 px phone) is not verified: the poll
// tells him why he cannot answer. The administrator closes the poll early; Vera reads the results with the
// decision in plain words and finds her own response among the published ones by her receipt; the poll's page
// shows the city's commitment it became (to both of them). The yes/no question carries a photo of the
// embankment and its place, shown on the poll page with a small map.
import sharp from 'sharp';
import { describe, expect, inject, test } from 'vitest';
import { desktop, narrow, specBrowser, watchErrors } from './browser.js';
import { apiAs, confirmedResident, expectErrorSummary, expectHeading, screenshot, tr, workingDayAhead } from './helpers.js';

const baseURL = inject('baseURL');
const dataDir = inject('dataDir');
const adminSession = inject('adminSession');
const browser = specBrowser(baseURL);
const admin = { cookie: adminSession };

describe('a binding poll with a receipt, a refusal explained, the decision and the receipt lookup', () => {
  test('admin drafts and publishes; en desktop answers; ru phone refused; close; results; receipt', async () => {
    const title = `Pedestrian embankment ${Date.now().toString(36)}`;

    // ---- the administrator drafts and publishes the poll ----
    const adminCtx = await browser.context({ viewport: desktop, lang: 'en', sessionCookie: adminSession });
    const a = await adminCtx.newPage();
    const adminErrors = watchErrors(a);
    await a.goto('/admin/polls');
    await expectHeading(a, tr('en', 'polls.admin.title'));
    await a.locator('#f-title').fill(title);
    await a.getByLabel(tr('en', 'polls.admin.binding'), { exact: true }).check();
    await a.locator('#f-q0-text').fill('Close the embankment to cars on weekends?');
    await a.locator('#f-q0-options').fill('Yes\nNo');
    const photo = await sharp({ create: { width: 640, height: 360, channels: 3, background: '#4a7ab0' } })
      .jpeg()
      .toBuffer();
    await a.locator('#f-q0-image').setInputFiles({ name: 'embankment.jpg', mimeType: 'image/jpeg', buffer: photo });
    await a.locator('.photo-upload__item img').first().waitFor();
    await a.locator('#f-q0-lat').fill('59.9405');
    await a.locator('#f-q0-lon').fill('30.3290');
    await a.getByRole('button', { name: tr('en', 'polls.admin.addQuestion') }).click();
    await a.locator('#f-q1-kind').selectOption('ranking');
    await a.locator('#f-q1-text').fill('What should come first?');
    await a.locator('#f-q1-options').fill('Benches\nTrees\nLighting');
    await a.getByLabel(tr('en', 'polls.admin.decide')).check();
    await a.locator('#f-majority').selectOption('gt-7-10');
    expect(await a.locator('#f-numerator').inputValue()).toBe('7');
    expect(await a.locator('#f-denominator').inputValue()).toBe('10');
    // binding: who carries out what passes, and by when, or the poll is refused naming the field
    await a.getByRole('button', { name: tr('en', 'polls.admin.create') }).click();
    await expectErrorSummary(a, 'en', 'Choose the department responsible for carrying out what is accepted.');
    await a.locator('#f-commitment-department').selectOption('admin-nevsky');
    const dueOn = await workingDayAhead(baseURL);
    await a.locator('#f-commitment-due').fill(dueOn);
    await screenshot(a, 'journey-poll-admin-form-en-desktop');
    await a.getByRole('button', { name: tr('en', 'polls.admin.create') }).click();
    await a.getByText(tr('en', 'polls.admin.created')).waitFor();
    const row = a.locator('tr', { hasText: title });
    await row.getByRole('button', { name: tr('en', 'polls.admin.publish') }).click();
    await a.getByText(tr('en', 'polls.admin.published')).waitFor();
    const list = await apiAs<{ polls: { id: string; title: string }[] }>(baseURL, admin, 'GET', '/api/admin/polls');
    const pollId = list.polls.find((p) => p.title === title)!.id;

    // ---- Vera, verified in person, answers and keeps the receipt ----
    const vera = await confirmedResident(baseURL, dataDir, { displayName: 'Vera Voter', language: 'en', label: 'poll-vera' });
    await apiAs(
      baseURL,
      admin,
      'POST',
      '/api/verification/in-person',
      { userId: vera.id, documentNumber: `4511 ${Math.floor(Math.random() * 1e6)}`, districtId: 'nevsky', birthDate: '1985-03-02' },
      201,
    );
    const veraCtx = await browser.context({ viewport: desktop, lang: 'en', sessionCookie: vera.cookie });
    const v = await veraCtx.newPage();
    const veraErrors = watchErrors(v);
    await v.goto('/polls');
    await expectHeading(v, tr('en', 'polls.title'));
    await v.getByRole('link', { name: title }).click();
    await expectHeading(v, title);
    await v.getByText(tr('en', 'polls.finalBefore')).waitFor();
    // the question's photo (its text as the description) and its place on a map
    const image = v.getByRole('img', { name: 'Close the embankment to cars on weekends?' });
    await image.scrollIntoViewIfNeeded();
    await v.waitForFunction(() => [...document.querySelectorAll<HTMLImageElement>('img.pl-image')].every((i) => i.complete && i.naturalWidth > 0));
    await v.getByRole('region', { name: tr('en', 'polls.mapLabel', { n: 1 }) }).waitFor();
    await v.getByLabel('Yes', { exact: true }).check();
    await v.getByRole('button', { name: tr('en', 'polls.down', { item: 'Benches' }) }).click();
    await screenshot(v, 'journey-poll-answer-en-desktop');
    await v.getByRole('button', { name: tr('en', 'polls.continue') }).click();
    await v.getByRole('heading', { name: tr('en', 'polls.review.title') }).waitFor();
    await v.getByText('1. Trees; 2. Benches; 3. Lighting').waitFor();
    await v.getByText(tr('en', 'polls.final')).waitFor();
    await v.getByRole('button', { name: tr('en', 'polls.send') }).click();
    const code = (await v.getByTestId('poll-receipt-code').textContent())!.trim();
    expect(code).toMatch(/^[A-Z2-9]{4}(-[A-Z2-9]{4}){3}$/);
    await screenshot(v, 'journey-poll-receipt-en-desktop');

    // ---- Pyotr, not verified, Russian, 360 px: told why ----
    const pyotr = await confirmedResident(baseURL, dataDir, { displayName: 'Пётр Непроверенный', language: 'ru', label: 'poll-pyotr' });
    const pyotrCtx = await browser.context({ viewport: narrow, lang: 'ru', sessionCookie: pyotr.cookie });
    const p = await pyotrCtx.newPage();
    const pyotrErrors = watchErrors(p);
    await p.goto(`/polls/${pollId}`);
    await expectHeading(p, title);
    await p.getByText(tr('ru', 'polls.cannot')).waitFor();
    expect(await p.getByTestId('poll-ineligible').textContent()).toMatch(/подтверждённые жители/);
    await p.getByRole('link', { name: tr('ru', 'polls.verifyLink') }).waitFor();
    expect(await p.getByRole('button', { name: tr('ru', 'polls.continue') }).count()).toBe(0);
    await screenshot(p, 'journey-poll-ineligible-ru-narrow');
    // once verified in person, he sees the questions: the photo and the place on a small map
    await apiAs(
      baseURL,
      admin,
      'POST',
      '/api/verification/in-person',
      { userId: pyotr.id, documentNumber: `4012 ${Math.floor(Math.random() * 1e6)}`, districtId: 'admiralteysky', birthDate: '1979-11-20' },
      201,
    );
    await p.reload();
    await expectHeading(p, title);
    await p.getByRole('img', { name: 'Close the embankment to cars on weekends?' }).waitFor();
    const pyotrMap = p.getByRole('region', { name: tr('ru', 'polls.mapLabel', { n: 1 }) });
    await pyotrMap.scrollIntoViewIfNeeded();
    await p.waitForFunction(() => [...document.querySelectorAll<HTMLImageElement>('img.pl-image')].every((i) => i.complete && i.naturalWidth > 0));
    await screenshot(p, 'journey-poll-question-place-ru-narrow');

    // ---- the administrator closes the poll early ----
    await a.reload();
    await a
      .locator('tr', { hasText: title })
      .getByRole('button', { name: tr('en', 'polls.admin.close') })
      .click();
    await a.getByText(tr('en', 'polls.admin.closed')).waitFor();
    await screenshot(a, 'journey-poll-admin-list-en-desktop');

    // ---- Vera reads the results and the decision, then finds her response ----
    await v.goto(`/polls/${pollId}/results`);
    await expectHeading(v, `${tr('en', 'polls.results.title')}: ${title}`);
    expect(await v.getByTestId('poll-decision').textContent()).toBe('Passed: 100 % in favour, > 70 % required.');
    await v
      .getByTestId('poll-turnout')
      .getByText(/^1 response\./)
      .waitFor();
    await screenshot(v, 'journey-poll-results-en-desktop');
    await v.goto('/polls/receipt');
    await expectHeading(v, tr('en', 'polls.receipt.findTitle'));
    await v.getByLabel(tr('en', 'polls.receipt.code')).fill(code.toLowerCase());
    await v.getByRole('button', { name: tr('en', 'polls.receipt.find') }).click();
    const found = v.getByTestId('poll-receipt-found');
    await found.getByText('Yes', { exact: true }).waitFor();
    await found.getByText('1. Trees; 2. Benches; 3. Lighting').waitFor();
    const hash = (await found.locator('code').textContent())!.trim();
    const published = (await (await fetch(`${baseURL}/api/polls/${pollId}/responses.json`)).json()) as { responses: { receiptHash: string }[] };
    expect(published.responses.map((r) => r.receiptHash)).toContain(hash);
    // Vera is her district's only respondent: the lookup, like the published file, does not name it
    await found.getByTestId('poll-receipt-groups').getByText(tr('en', 'polls.receipt.notPublished')).first().waitFor();
    await screenshot(v, 'journey-poll-receipt-found-en-desktop');
    // the same code looked up in Russian on a phone (a receipt seen over a shoulder): no more than the file says
    await p.goto('/polls/receipt');
    await p.getByLabel(tr('ru', 'polls.receipt.code')).fill(code);
    await p.getByRole('button', { name: tr('ru', 'polls.receipt.find') }).click();
    await p.getByTestId('poll-receipt-groups').getByText(tr('ru', 'polls.receipt.notPublished')).first().waitFor();
    await screenshot(p, 'journey-poll-receipt-found-ru-narrow');
    // the decision passed: the poll's page shows the commitment it became
    await v.goto(`/polls/${pollId}`);
    const commitment = v.getByTestId('source-commitment');
    await commitment.getByRole('heading', { name: tr('en', 'commitments.onSource.title') }).waitFor();
    await commitment.getByText(/Due by/).waitFor();
    await commitment.getByRole('link', { name: tr('en', 'commitments.onSource.link') }).waitFor();
    await commitment.scrollIntoViewIfNeeded();
    await screenshot(v, 'journey-poll-commitment-en-desktop');

    // ---- the results on a Russian phone ----
    await p.goto(`/polls/${pollId}/results`);
    expect(await p.getByTestId('poll-decision').textContent()).toMatch(/^Решение принято: за — 100 %/);
    await screenshot(p, 'journey-poll-results-ru-narrow');
    await p.goto(`/polls/${pollId}`);
    const onPhone = p.getByTestId('source-commitment');
    await onPhone.getByRole('heading', { name: tr('ru', 'commitments.onSource.title') }).waitFor();
    await onPhone.getByText(/Администрация Невского района/).waitFor();
    await onPhone.scrollIntoViewIfNeeded();
    expect(await p.evaluate(() => document.documentElement.scrollWidth - window.innerWidth), 'no sideways scroll on a phone').toBeLessThanOrEqual(0);
    await screenshot(p, 'journey-poll-commitment-ru-narrow');

    expect(veraErrors).toEqual([]);
    expect(pyotrErrors).toEqual([]);
    expect(adminErrors).toEqual([]);
    await veraCtx.close();
    await pyotrCtx.close();
    await adminCtx.close();
  });

  test('a published poll that has not opened yet is corrected by the administrator; an open one is not', async () => {
    const title = `Courtyard lighting ${Date.now().toString(36)}`;
    const hour = 3_600_000;
    const draft = {
      title,
      description: '',
      binding: false,
      opensAt: new Date(Date.now() + 24 * hour).toISOString(),
      closesAt: new Date(Date.now() + 72 * hour).toISOString(),
      questions: [{ kind: 'single', text: 'Warm or cold light?', options: ['Warm', 'Cold'] }],
    };
    const { id } = await apiAs<{ id: string }>(baseURL, admin, 'POST', '/api/admin/polls', draft, 201);
    await apiAs(baseURL, admin, 'POST', `/api/admin/polls/${id}/publish`, {});

    const ctx = await browser.context({ viewport: narrow, lang: 'ru', sessionCookie: adminSession });
    const a = await ctx.newPage();
    const errors = watchErrors(a);
    await a.goto('/admin/polls');
    await expectHeading(a, tr('ru', 'polls.admin.title'));
    const row = a.locator('tr', { hasText: title });
    await row.getByText(tr('ru', 'polls.state.upcoming')).waitFor();
    await row.getByRole('button', { name: tr('ru', 'polls.admin.edit') }).click();
    // the form fills once the poll has loaded
    await a.getByRole('heading', { name: tr('ru', 'polls.admin.editTitle') }).waitFor();
    expect(await a.locator('#f-title').inputValue()).toBe(title);
    await a.locator('#f-title').fill(`${title} (corrected)`);
    await a.getByRole('button', { name: tr('ru', 'polls.admin.save') }).click();
    await a.getByText(tr('ru', 'polls.admin.savedPublished')).waitFor();
    await a.locator('tr', { hasText: `${title} (corrected)` }).waitFor();
    expect(await a.evaluate(() => document.documentElement.scrollWidth - window.innerWidth), 'no sideways scroll on a phone').toBeLessThanOrEqual(0);
    await screenshot(a, 'poll-admin-upcoming-corrected-ru-narrow');
    // «Родной район»: its top directions become commitments, of the district's administration unless another is chosen
    const prioritiesDepartment = a.locator('#f-p-commitment-department');
    expect(await prioritiesDepartment.locator('option:checked').textContent()).toBe(tr('ru', 'polls.admin.districtAdministration'));
    expect(await a.locator('#f-p-count').inputValue()).toBe('3');
    await a.locator('#f-p-commitment-due').scrollIntoViewIfNeeded();
    await screenshot(a, 'poll-admin-priorities-terms-ru-narrow');
    // the open poll of the first journey has no Edit button
    for (const r of await a.locator('tr', { hasText: tr('ru', 'polls.state.open') }).all())
      expect(await r.getByRole('button', { name: tr('ru', 'polls.admin.edit') }).count()).toBe(0);
    expect(errors).toEqual([]);
    await ctx.close();
  });
});
