// Story: the city's administrator keeps reports running. On a desktop, in English, she lengthens a
// problem type's resolution deadline in the classifier, adds a routing rule and checks where a
// report would go, removes it again, marks a holiday in the working-day calendar, and creates an
// Open311 API key (shown once) that a developer's client then uses; finally she revokes it.
import { describe, expect, inject, test } from 'vitest';
import { desktop, specBrowser, watchErrors } from './browser.js';
import { apiAs, expectErrorSummary, expectHeading, screenshot, tr } from './helpers.js';

const baseURL = inject('baseURL');
const adminSession = inject('adminSession');
const browser = specBrowser(baseURL);
const admin = { cookie: adminSession };

interface Reason {
  id: number;
  nameRu: string;
  nameEn: string | null;
  resolutionDays: number;
  categoryId: number;
  archived: boolean;
}

describe('an administrator edits the classifier, routing, the calendar and API keys', () => {
  test('en desktop: deadline, routing rule, holiday, API key used by an Open311 client', async () => {
    // a problem type residents can choose, and a district and a department to route it to
    const found = await apiAs<{ items: { reason: Reason }[] }>(baseURL, admin, 'GET', `/api/classifier/search?q=${encodeURIComponent('яма')}`);
    const reason = found.items[0]!.reason;
    const newDays = reason.resolutionDays === 12 ? 13 : 12;
    const departments = await apiAs<{ items: { id: string; nameEn: string }[] }>(baseURL, admin, 'GET', '/api/departments');
    const committee = departments.items.find((d) => !d.id.startsWith('admin-')) ?? departments.items[0]!;

    const ctx = await browser.context({ viewport: desktop, lang: 'en', sessionCookie: adminSession });
    const page = await ctx.newPage();
    const errors = watchErrors(page);

    // ---- classifier: a longer resolution deadline ----
    await page.goto('/admin/users');
    await page
      .getByRole('navigation', { name: tr('en', 'admin.navLabel') })
      .getByRole('link', { name: tr('en', 'adminClassifier.title') })
      .click();
    await expectHeading(page, tr('en', 'adminClassifier.title'));
    await page.getByLabel(tr('en', 'adminClassifier.filter')).fill(String(reason.id));
    // the English interface names it in English (the classifier ships with its translation)
    await page
      .locator('.tree')
      .getByRole('link', { name: reason.nameEn ?? reason.nameRu })
      .click();
    await page.getByRole('heading', { name: tr('en', 'adminClassifier.editReason', { id: reason.id }) }).waitFor();
    // a deadline the server refuses is shown beside its field, nothing else lost
    await page.getByLabel(tr('en', 'adminClassifier.resolutionDays')).fill('999');
    await page.getByRole('button', { name: tr('en', 'adminClassifier.save') }).click();
    await expectErrorSummary(page, 'en', /./);
    await page.getByLabel(tr('en', 'adminClassifier.resolutionDays')).fill(String(newDays));
    await page.getByRole('button', { name: tr('en', 'adminClassifier.save') }).click();
    await page.getByText(tr('en', 'adminClassifier.saved')).waitFor();
    await screenshot(page, 'journey-admin-classifier-en-desktop');
    const after = await apiAs<Reason>(baseURL, admin, 'GET', `/api/classifier/reasons/${reason.id}`);
    expect(after.resolutionDays).toBe(newDays);

    // ---- classifier: a new problem type added under the same category ----
    await page.locator(`.tree a[href$="?category=${after.categoryId}"]`).click();
    await page.getByRole('heading', { name: tr('en', 'adminClassifier.editCategory', { id: after.categoryId }) }).waitFor();
    await screenshot(page, 'journey-admin-category-en-desktop');
    await page.locator('#g-child').fill('Сломанная урна (e2e)');
    await page.getByRole('button', { name: tr('en', 'adminClassifier.add') }).click();
    await page.getByRole('heading', { name: /Problem No\. \d+/ }).waitFor();
    expect(page.url()).toMatch(/\?reason=\d+/);
    const added = await apiAs<Reason>(baseURL, admin, 'GET', `/api/classifier/reasons/${new URL(page.url()).searchParams.get('reason')}`);
    expect(added).toMatchObject({ nameRu: 'Сломанная урна (e2e)', categoryId: after.categoryId, archived: false });

    // ---- routing: a rule for this problem in one district, checked with the tester, then removed ----
    await page
      .getByRole('navigation', { name: tr('en', 'admin.navLabel') })
      .getByRole('link', { name: tr('en', 'adminRouting.title') })
      .click();
    await expectHeading(page, tr('en', 'adminRouting.title'));
    await page.locator('#f-target').selectOption(`r:${reason.id}`);
    await page.locator('#f-district').selectOption('vasileostrovsky');
    await page.locator('#f-department').selectOption(committee.id);
    await page.getByRole('button', { name: tr('en', 'adminRouting.add') }).click();
    await page.getByText(tr('en', 'adminRouting.added')).waitFor();
    await page.locator('#t-reason').selectOption(String(reason.id));
    await page.locator('#t-district').selectOption('vasileostrovsky');
    await page.getByRole('button', { name: tr('en', 'adminRouting.resolve') }).click();
    await page.getByText(tr('en', 'adminRouting.resolvedTo', { department: committee.nameEn })).waitFor();
    await screenshot(page, 'journey-admin-routing-en-desktop');
    const resolved = await apiAs<{ department: { id: string } | null }>(
      baseURL,
      admin,
      'GET',
      `/api/routing/resolve?reasonId=${reason.id}&districtId=vasileostrovsky`,
    );
    expect(resolved.department?.id).toBe(committee.id);
    await page.locator('#r-department').selectOption(committee.id);
    await page.locator('#r-district').selectOption('vasileostrovsky');
    await page
      .getByRole('button', { name: new RegExp(`^${tr('en', 'adminRouting.remove')}`) })
      .first()
      .click();
    await page.getByText(tr('en', 'adminRouting.removed')).waitFor();

    // ---- calendar: a new holiday ----
    await page
      .getByRole('navigation', { name: tr('en', 'admin.navLabel') })
      .getByRole('link', { name: tr('en', 'adminCalendar.title') })
      .click();
    const year = new Date().getFullYear();
    await expectHeading(page, tr('en', 'adminCalendar.heading', { year }));
    const day = `${year}-12-30`;
    await page.locator('#f-day').fill(day);
    await page.locator('#f-kind').selectOption('holiday');
    await page.locator('#f-note').fill('City Day off (e2e)');
    await page.getByRole('button', { name: tr('en', 'adminCalendar.save') }).click();
    await page.getByText(/saved in the calendar/).waitFor();
    await page.locator('table').getByText('City Day off (e2e)').waitFor();
    await screenshot(page, 'journey-admin-calendar-en-desktop');
    const calendar = await apiAs<{ days: { day: string; kind: string }[] }>(baseURL, admin, 'GET', `/api/calendar?year=${year}`);
    expect(calendar.days.find((d) => d.day === day)?.kind).toBe('holiday');

    // ---- API keys: created and shown once, used by an Open311 client, revoked ----
    await page
      .getByRole('navigation', { name: tr('en', 'admin.navLabel') })
      .getByRole('link', { name: tr('en', 'adminKeys.title') })
      .click();
    await expectHeading(page, tr('en', 'adminKeys.title'));
    await page.getByLabel(tr('en', 'adminKeys.name')).fill('District app (e2e)');
    await page.getByRole('button', { name: tr('en', 'adminKeys.create') }).click();
    await page.getByText(tr('en', 'adminKeys.createdTitle', { name: 'District app (e2e)' })).waitFor();
    const key = await page.locator('#new-key').inputValue();
    expect(key.length).toBeGreaterThan(16);
    await screenshot(page, 'journey-admin-api-key-en-desktop');

    const services = await fetch(`${baseURL}/open311/v2/services.json`);
    expect(services.status).toBe(200);
    const list = (await services.json()) as { service_code: string; service_name: string }[];
    expect(Array.isArray(list)).toBe(true);
    expect(list.some((s) => s.service_code === String(reason.id))).toBe(true);
    // the key works for a POST (a report filed by the client) …
    const body = new URLSearchParams({
      api_key: key,
      service_code: String(reason.id),
      lat: '59.9311',
      long: '30.3609',
      description: 'Яма на тротуаре у остановки, видна с дороги.',
      media_url: 'https://example.org/yama.jpg',
    });
    const posted = await fetch(`${baseURL}/open311/v2/requests.json`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body,
    });
    expect([200, 201], await posted.clone().text()).toContain(posted.status);
    expect(await posted.text()).toContain(String(newDays));

    // … until it is revoked
    await page.getByRole('button', { name: tr('en', 'adminKeys.revokeLabel', { name: 'District app (e2e)' }) }).click();
    await page.getByText(tr('en', 'adminKeys.revoked', { name: 'District app (e2e)' })).waitFor();
    const refused = await fetch(`${baseURL}/open311/v2/requests.json`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body,
    });
    expect(refused.status).toBe(403);

    expect(errors).toEqual([]);
    await ctx.close();

    // every change is in the audit log
    const audit = await apiAs<{ items: { action: string }[] }>(baseURL, admin, 'GET', '/api/audit?limit=50');
    expect(audit.items.length).toBeGreaterThan(3);
  });
});
