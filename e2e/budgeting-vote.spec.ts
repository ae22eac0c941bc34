// Story: a budget year runs from ideas to results. A resident proposes three projects during intake;
// the administrator reviews them as feasible and opens voting. Vera, a verified resident (English,
// desktop), chooses two projects that fit in the money, is asked to confirm (Cancel casts nothing), casts
// her ballot and writes down the receipt code. Pyotr (Russian, 360 px phone) is not verified: the ballot tells him why he cannot vote and
// where to verify. After voting the administrator computes the tally; once the results are published
// Vera reads why each project won or lost and finds her own ballot in the published file by her receipt.
// The administrator turns the winners into works for a department and follows the link to them. An
// imported election (the demo's Wieliczka 2023) shows its results in złoty, not roubles.
import { describe, expect, inject, test } from 'vitest';
import { desktop, narrow, specBrowser, watchErrors } from './browser.js';
import { apiAs, confirmedResident, expectFocused, expectHeading, screenshot, tr } from './helpers.js';

const baseURL = inject('baseURL');
const dataDir = inject('dataDir');
const adminSession = inject('adminSession');
const browser = specBrowser(baseURL);
const admin = { cookie: adminSession };
const DAY = 86_400_000;

describe('voting with a receipt, the tally, the explained result and the receipt lookup', () => {
  test('en desktop + ru phone: vote, ineligible resident told why, tally, explanation, find the ballot', async () => {
    // ---- the cycle: intake now, a citywide heading of 1 M ₽ ----
    const now = Date.now();
    const at = (days: number) => new Date(now + days * DAY).toISOString();
    const stamp = Date.now().toString(36);
    const cycle = await apiAs<{ id: string }>(baseURL, admin, 'POST', '/api/admin/budgeting/cycles', {
      year: 2031,
      title: `Vote journey ${stamp}`,
      rule: 'greedy',
      informingFrom: at(-2),
      intakeFrom: at(-1),
      reviewFrom: at(10),
      votingFrom: at(20),
      tallyingFrom: at(30),
      resultsFrom: at(40),
      implementationFrom: at(50),
    });
    await apiAs(baseURL, admin, 'POST', `/api/admin/budgeting/cycles/${cycle.id}/headings`, {
      districtId: null,
      title: `Whole city ${stamp}`,
      amount: '1000000.00',
      ballotKind: 'approval-budget',
      residentsOnly: false,
    });
    const detail = await apiAs<{ headings: { id: string; title: string }[] }>(baseURL, admin, 'GET', `/api/budgeting/cycles/${cycle.id}`);
    const headingId = detail.headings[0]!.id;

    // ---- a resident proposes; the administrator reviews; voting opens ----
    const author = await confirmedResident(baseURL, dataDir, { displayName: 'Alla Author', language: 'en', label: 'pb-author' });
    const ideas = [
      { title: `Bike racks at the metro ${stamp}`, cost: '600000' },
      { title: `Trees on the embankment ${stamp}`, cost: '300000' },
      { title: `A skate park ${stamp}`, cost: '500000' },
    ];
    const numbers: number[] = [];
    for (const idea of ideas) {
      const p = await apiAs<{ number: number }>(
        baseURL,
        author,
        'POST',
        '/api/budgeting/proposals',
        { headingId, title: idea.title, description: 'A project for the whole city, described at length for the experts.', estimatedCost: idea.cost },
        201,
      );
      numbers.push(p.number);
    }
    await apiAs(baseURL, admin, 'POST', `/api/admin/budgeting/cycles/${cycle.id}/advance`); // → review
    for (const [i, n] of numbers.entries()) {
      await apiAs(baseURL, admin, 'POST', `/api/budgeting/proposals/${n}/review`, {
        decision: 'feasible',
        opinion: 'Feasible: the city owns the land and the cost estimate is sound.',
        finalCost: ideas[i]!.cost,
        implementationMonths: 6,
      });
    }
    await apiAs(baseURL, admin, 'POST', `/api/admin/budgeting/cycles/${cycle.id}/advance`); // → voting

    // ---- Vera, verified in person by the administrator ----
    const vera = await confirmedResident(baseURL, dataDir, { displayName: 'Vera Voter', language: 'en', label: 'pb-vera' });
    await apiAs(
      baseURL,
      admin,
      'POST',
      '/api/verification/in-person',
      { userId: vera.id, documentNumber: `4510 ${Math.floor(Math.random() * 1e6)}`, districtId: 'nevsky', birthDate: '1985-03-02' },
      201,
    );
    const veraCtx = await browser.context({ viewport: desktop, lang: 'en', sessionCookie: vera.cookie });
    const v = await veraCtx.newPage();
    const veraErrors = watchErrors(v);
    await v.goto(`/budgeting/headings/${headingId}/ballot`);
    await expectHeading(v, `${tr('en', 'ballot.title')}: Whole city ${stamp}`);
    await v.getByLabel(`${tr('en', 'common.number', { number: numbers[0]! })} ${ideas[0]!.title}`).check();
    await v.getByLabel(`${tr('en', 'common.number', { number: numbers[1]! })} ${ideas[1]!.title}`).check();
    // 900 000 of 1 M chosen: the skate park no longer fits, and the ballot says why
    const skate = v.getByLabel(`${tr('en', 'common.number', { number: numbers[2]! })} ${ideas[2]!.title}`);
    expect(await skate.isDisabled()).toBe(true);
    await v.locator(`#pbb-${numbers[2]}-why`).waitFor();
    await v
      .locator('.pbb-status')
      .getByText(/Left to spend/)
      .waitFor();
    await screenshot(v, 'journey-ballot-en-desktop');
    // asked first, in words and figures; Cancel casts nothing and gives the focus back to the button
    const castButton = v.getByRole('button', { name: tr('en', 'ballot.submit') });
    await castButton.click();
    const ask = v.getByRole('dialog', { name: tr('en', 'ballot.confirm.castTitle') });
    expect(await ask.getByTestId('ballot-confirm-summary').textContent()).toMatch(/^You vote for 2 projects totalling \D*900,000/);
    await screenshot(v, 'journey-ballot-confirm-en-desktop');
    await ask.getByRole('button', { name: tr('en', 'common.cancel') }).click();
    await ask.waitFor({ state: 'hidden' });
    await expectFocused(v, '.pbb form button[type=submit]');
    expect((await apiAs<{ mine: unknown }>(baseURL, vera, 'GET', `/api/budgeting/headings/${headingId}/ballot`)).mine).toBeNull();
    expect(await v.getByTestId('receipt-code').count()).toBe(0);
    await castButton.click();
    await ask.getByRole('button', { name: tr('en', 'ballot.confirm.castYes') }).click();
    const code = (await v.getByTestId('receipt-code').textContent())!.trim();
    expect(code).toMatch(/^[A-Z2-9]{4}(-[A-Z2-9]{4}){3}$/);
    await v.getByText(tr('en', 'ballot.receiptTitle')).waitFor();
    await screenshot(v, 'journey-ballot-receipt-en-desktop');

    // ---- Pyotr, not verified, Russian, 360 px: told why ----
    const pyotr = await confirmedResident(baseURL, dataDir, { displayName: 'Пётр Непроверенный', language: 'ru', label: 'pb-pyotr' });
    const pyotrCtx = await browser.context({ viewport: narrow, lang: 'ru', sessionCookie: pyotr.cookie });
    const p = await pyotrCtx.newPage();
    const pyotrErrors = watchErrors(p);
    await p.goto(`/budgeting/headings/${headingId}/ballot`);
    await expectHeading(p, `${tr('ru', 'ballot.title')}: Whole city ${stamp}`);
    await p.getByText(tr('ru', 'ballot.cannotVote')).waitFor();
    expect(await p.getByTestId('ineligible-reason').textContent()).toMatch(/подтверждённые жители/);
    await p.getByRole('link', { name: tr('ru', 'ballot.verifyLink') }).waitFor();
    expect(await p.getByRole('button', { name: tr('ru', 'ballot.submit') }).count()).toBe(0);
    await screenshot(p, 'journey-ballot-ineligible-ru-narrow');

    // ---- voting closes; the administrator computes the tally ----
    await apiAs(baseURL, admin, 'POST', `/api/admin/budgeting/cycles/${cycle.id}/advance`); // → tallying
    const adminCtx = await browser.context({ viewport: desktop, lang: 'en', sessionCookie: adminSession });
    const a = await adminCtx.newPage();
    const adminErrors = watchErrors(a);
    await a.goto(`/admin/budgeting/cycles/${cycle.id}/tally`);
    await expectHeading(a, tr('en', 'tally.title', { cycle: `Vote journey ${stamp}` }));
    await a.getByRole('button', { name: tr('en', 'tally.computeFor', { heading: `Whole city ${stamp}` }) }).click();
    await a.getByText(tr('en', 'tally.computed', { heading: `Whole city ${stamp}`, winners: 2 })).waitFor();
    await a.getByRole('link', { name: tr('en', 'tally.resultsLink') }).waitFor();
    await screenshot(a, 'journey-tally-en-desktop');
    await apiAs(baseURL, admin, 'POST', `/api/admin/budgeting/cycles/${cycle.id}/advance`); // → results

    // ---- Vera reads the result and why; then finds her ballot by the receipt ----
    await v.goto(`/budgeting/headings/${headingId}/results`);
    await expectHeading(v, tr('en', 'results.title', { heading: `Whole city ${stamp}` }));
    const bikes = v.getByTestId(`result-${numbers[0]}`);
    await bikes.getByText(tr('en', 'results.winner'), { exact: true }).waitFor();
    expect(await bikes.locator('.pbr-project__why').textContent()).toMatch(/^Won: 1 vote; it fitted in the ₽1M left at its turn\.$/i);
    // nobody chose the skate park, and it did not fit in what was left
    expect(await v.getByTestId(`result-${numbers[2]}`).locator('.pbr-project__why').textContent()).toBe(
      'Did not win: 0 votes, but it costs ₽500,000 and only ₽100,000 was left at its turn.',
    );
    await screenshot(v, 'journey-results-en-desktop');
    await v.goto('/budgeting/receipt');
    await expectHeading(v, tr('en', 'receipt.title'));
    await v.getByLabel(tr('en', 'receipt.code')).fill(code.toLowerCase());
    await v.getByRole('button', { name: tr('en', 'receipt.find') }).click();
    const found = v.getByTestId('receipt-found');
    await found.getByText(`${tr('en', 'common.number', { number: numbers[0]! })} ${ideas[0]!.title}`).waitFor();
    await found.getByText(`${tr('en', 'common.number', { number: numbers[1]! })} ${ideas[1]!.title}`).waitFor();
    const voterId = (await found.locator('code').first().textContent())!.trim();
    const file = await (await fetch(`${baseURL}/api/budgeting/headings/${headingId}/ballots.pb`)).text();
    expect(file).toContain(`${voterId};`);
    await screenshot(v, 'journey-receipt-en-desktop');

    // ---- the results on a Russian phone ----
    await p.goto(`/budgeting/headings/${headingId}/results`);
    await expectHeading(p, tr('ru', 'results.title', { heading: `Whole city ${stamp}` }));
    await p
      .getByTestId(`result-${numbers[0]}`)
      .getByText(/^Победил: 1 голос/)
      .waitFor();
    await screenshot(p, 'journey-results-ru-narrow');

    // ---- the administrator turns the winners into works for a department ----
    await a.goto(`/admin/budgeting/cycles/${cycle.id}/tally`);
    await a.getByRole('heading', { name: tr('en', 'tally.worksTitle') }).waitFor();
    await a.getByLabel(tr('en', 'tally.worksHeading')).selectOption(headingId);
    await a.getByLabel(tr('en', 'tally.worksDepartment')).selectOption('committee-improvement');
    await a.getByRole('button', { name: tr('en', 'tally.worksSubmit') }).click();
    await a.getByText(tr('en', 'tally.worksCreated_other', { heading: `Whole city ${stamp}`, count: 2 })).waitFor();
    await screenshot(a, 'journey-tally-works-en-desktop');
    // again: nothing new, the existing works are kept
    await a.getByRole('button', { name: tr('en', 'tally.worksSubmit') }).click();
    await a.getByText(tr('en', 'tally.worksExisting_other', { count: 2 })).waitFor();
    await a.getByRole('link', { name: tr('en', 'tally.worksLink') }).click();
    await expectHeading(a, tr('en', 'works.title'));
    await a.getByRole('link', { name: ideas[0]!.title }).waitFor();
    await a.getByRole('link', { name: ideas[1]!.title }).click();
    await expectHeading(a, ideas[1]!.title);
    await a
      .getByText(tr('en', 'works.spentOf', { spent: '₽0', cost: '₽300,000' }), { exact: false })
      .first()
      .waitFor();

    // ---- an imported election keeps its currency: Wieliczka's results are in złoty ----
    const cycles = await apiAs<{ items: { importedFrom: string | null; currency: string; headings: { id: string }[] }[] }>(
      baseURL,
      admin,
      'GET',
      '/api/budgeting/cycles',
    );
    const imported = cycles.items.find((c) => c.importedFrom !== null && c.currency === 'PLN');
    expect(imported, 'the demo imports Wieliczka 2023 (PLN)').toBeDefined();
    await p.goto(`/budgeting/headings/${imported!.headings[0]!.id}/results`);
    await p.locator('.pbr-project__why').first().waitFor();
    const summary = (await p.locator('.pbr').textContent()) ?? '';
    expect(summary).toMatch(/\d\s?zł/);
    expect(summary).not.toContain('₽');
    await screenshot(p, 'journey-imported-results-pln-ru-narrow');
    await v.goto(`/budgeting/headings/${imported!.headings[0]!.id}/results`);
    await v.locator('.pbr-project__why').first().waitFor();
    const english = (await v.locator('.pbr').textContent()) ?? '';
    expect(english).toMatch(/zł\s?\d/);
    expect(english).not.toContain('₽');

    expect(veraErrors).toEqual([]);
    expect(pyotrErrors).toEqual([]);
    expect(adminErrors).toEqual([]);
    await veraCtx.close();
    await pyotrCtx.close();
    await adminCtx.close();
  });
});
