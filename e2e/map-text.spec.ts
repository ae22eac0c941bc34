// Story: what people type reaches a map as text. A resident titles a budgeting proposal with markup
// (`<img src=x onerror=alert(1)>`); on the heading's map its tooltip shows those characters as they
// were typed — no image element is made and nothing runs. (The tooltip once parsed the title as
// HTML: only the Content-Security-Policy kept the handler from running.)
import { describe, expect, inject, test } from 'vitest';
import { desktop, specBrowser, watchErrors } from './browser.js';
import { apiAs, confirmedResident, expectHeading, screenshot, tr } from './helpers.js';

const baseURL = inject('baseURL');
const dataDir = inject('dataDir');
const adminSession = inject('adminSession');
const browser = specBrowser(baseURL);
const admin = { cookie: adminSession };
const DAY = 86_400_000;

describe('a map shows people’s text as text', () => {
  test('en desktop: a proposal titled with markup reads literally in its map tooltip', async () => {
    const now = Date.now();
    const at = (days: number) => new Date(now + days * DAY).toISOString();
    const stamp = now.toString(36);
    const cycle = await apiAs<{ id: string }>(baseURL, admin, 'POST', '/api/admin/budgeting/cycles', {
      year: 2034,
      title: `Map text ${stamp}`,
      informingFrom: at(-2),
      intakeFrom: at(-1),
      reviewFrom: at(10),
      votingFrom: at(20),
      tallyingFrom: at(30),
      resultsFrom: at(40),
      implementationFrom: at(50),
    });
    const withHeading = await apiAs<{ headings: { id: string }[] }>(baseURL, admin, 'POST', `/api/admin/budgeting/cycles/${cycle.id}/headings`, {
      districtId: null,
      title: `Whole city ${stamp}`,
      amount: '5000000',
    });
    const headingId = withHeading.headings[0]!.id;

    const mallory = await confirmedResident(baseURL, dataDir, { displayName: 'Mallory Markup', language: 'en', label: 'markup' });
    const title = '<img src=x onerror=alert(1)>';
    const proposal = await apiAs<{ number: number }>(
      baseURL,
      mallory,
      'POST',
      '/api/budgeting/proposals',
      {
        headingId,
        title,
        description: 'A title that looks like markup must stay text wherever it is shown.',
        estimatedCost: '100000',
        lat: 59.9386,
        lon: 30.3141,
      },
      201,
    );

    const ctx = await browser.context({ viewport: desktop, lang: 'en', sessionCookie: mallory.cookie });
    const page = await ctx.newPage();
    const errors = watchErrors(page);
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.goto(`/budgeting/headings/${headingId}`);
    await expectHeading(page, `Whole city ${stamp}`);

    // the list says it as typed (React escapes it) …
    await page.getByText(title, { exact: false }).first().waitFor();
    // … and so does the map's tooltip
    await page.locator('.city-map .map-point').first().hover();
    const tooltip = page.locator('.leaflet-tooltip');
    await tooltip.waitFor();
    expect(await tooltip.textContent()).toBe(`${tr('en', 'common.number', { number: proposal.number })}. ${title}`);
    expect(await tooltip.locator('img').count()).toBe(0);
    await screenshot(page, 'map-tooltip-text-en-desktop');

    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
    await ctx.close();
  });
});
