// Story: ten residents of Курортный have registered. The administrator (English, desktop) gives the district its
// population with the year and the source; a resident on a Russian phone opens the participation statistics from the
// footer and reads Курортный's share of the population beside that year and source. The administrator then reads a
// closed poll's results and its representativeness panel, which states each district against the population.
import { describe, expect, inject, test } from 'vitest';
import { desktop, narrow, specBrowser, watchErrors } from './browser.js';
import { apiAs, confirmedResident, eventually, expectHeading, screenshot, tr } from './helpers.js';

const baseURL = inject('baseURL');
const dataDir = inject('dataDir');
const adminSession = inject('adminSession');
const browser = specBrowser(baseURL);

describe('participation statistics', () => {
  test('en desktop administrator sets a population; ru phone reads the district’s share with its source; a poll’s representativeness', async () => {
    const people = await Promise.all(
      Array.from({ length: 10 }, (_, i) => confirmedResident(baseURL, dataDir, { displayName: `Житель ${i + 1}`, language: 'ru', label: 'kurortny' })),
    );
    await Promise.all(people.map((p) => apiAs(baseURL, p, 'PATCH', '/api/me', { districtId: 'kurortny' })));

    // ---- the administrator gives Курортный its population (year and source) ----
    const admin = await browser.context({ viewport: desktop, lang: 'en', sessionCookie: adminSession });
    const a = await admin.newPage();
    const adminErrors = watchErrors(a);
    await a.goto('/admin/population');
    await expectHeading(a, tr('en', 'statistics.admin.title'));
    await a.getByLabel(tr('en', 'statistics.admin.district'), { exact: true }).selectOption('kurortny');
    await a.getByLabel(tr('en', 'statistics.admin.population'), { exact: true }).fill('83700');
    await a.getByLabel(tr('en', 'statistics.admin.year'), { exact: true }).fill('2024');
    await a.getByLabel(tr('en', 'statistics.admin.source'), { exact: true }).fill('Петростат на 1 января 2024');
    await a.getByRole('button', { name: tr('en', 'statistics.admin.save') }).click();
    await a.getByText(tr('en', 'statistics.admin.saved', { district: 'Kurortny District' })).waitFor();

    // ---- a resident on a Russian phone opens the statistics from the footer ----
    const ru = await browser.context({ viewport: narrow, lang: 'ru' });
    const p = await ru.newPage();
    const errors = watchErrors(p);
    await p.goto('/');
    await p
      .getByRole('contentinfo')
      .getByRole('link', { name: tr('ru', 'nav.statistics') })
      .click();
    await expectHeading(p, tr('ru', 'statistics.title'));
    const row = p.locator('tr[data-district="kurortny"]');
    // the page shows what the statistics job counted; the population change recounts at once
    await eventually(p, async () => /10 \(0,012 %\)/.test(await row.innerText()));
    const text = await row.innerText();
    expect(text).toMatch(/83\s700 жителей \(2024; источник: Петростат на 1 января 2024\)/);
    await screenshot(p, 'statistics-ru-narrow');
    expect(errors).toEqual([]);
    await ru.close();

    // ---- the administrator reads the statistics and a closed poll's representativeness ----
    await a.goto('/statistics');
    await expectHeading(a, tr('en', 'statistics.title'));
    await a
      .locator('tr[data-district="kurortny"]')
      .getByText(/2024; source: Петростат/)
      .waitFor();
    await screenshot(a, 'statistics-en-desktop');
    const polls = (await (await fetch(`${baseURL}/api/polls`)).json()) as { polls: { id: string; state: string }[] };
    const closed = polls.polls.find((x) => x.state === 'closed')!;
    await a.goto(`/polls/${closed.id}/results`);
    const panel = a.getByTestId('representativeness');
    await panel.getByRole('heading', { name: tr('en', 'representativeness.title') }).waitFor();
    await panel
      .getByText(/too few to compare/)
      .first()
      .waitFor();
    await panel.getByRole('table').first().waitFor();
    await screenshot(a, 'poll-representativeness-en-desktop');
    expect(adminErrors).toEqual([]);
    await admin.close();
  });
});
