// Story: a city's administrator keeps the list of departments. On a desktop, in English, she adds a
// department with its head (found by e-mail; made its official), corrects its phone, merges it into another one she made (the dialog says what moves),
// and sees its public page say it was merged; then she checks a CSV list whose bad line is named by
// number, fixes it and imports it. On a phone, in Russian, the page reads and fits. (The e2e server
// is shared by every spec: she works only on departments of her own, never the demo's.)
import { describe, expect, inject, test } from 'vitest';
import { desktop, phone, specBrowser, watchErrors } from './browser.js';
import { apiAs, confirmedResident, expectHeading, screenshot, tr } from './helpers.js';

const baseURL = inject('baseURL');
const adminSession = inject('adminSession');
const dataDir = inject('dataDir');
const browser = specBrowser(baseURL);
const admin = { cookie: adminSession };

describe('an administrator adds, edits and merges departments and imports a list', () => {
  test('en desktop: create, edit the phone, merge into another, the public page says merged; CSV preview and import', async () => {
    const tag = Date.now().toString(36);
    const target = await apiAs<{ id: string; nameEn: string }>(baseURL, admin, 'POST', '/api/admin/departments', {
      nameRu: `Комитет-преемник ${tag}`,
      nameEn: `Successor Committee ${tag}`,
      kind: 'city_committee',
    });

    const head = await confirmedResident(baseURL, dataDir, { displayName: `Lighting Head ${tag}`, language: 'en', label: 'dephead' });
    const ctx = await browser.context({ viewport: desktop, lang: 'en', sessionCookie: adminSession });
    const page = await ctx.newPage();
    const errors = watchErrors(page);

    // ---- a new department ----
    await page.goto('/admin/departments');
    await expectHeading(page, tr('en', 'adminDepartments.title'));
    await page.getByRole('link', { name: tr('en', 'adminDepartments.new') }).click();
    await page.getByRole('heading', { name: tr('en', 'adminDepartments.newTitle') }).waitFor();
    const nameEn = `Street Lighting Service ${tag}`;
    await page.getByLabel(tr('en', 'adminDepartments.nameRu')).fill(`Служба освещения ${tag}`);
    await page.getByLabel(tr('en', 'adminDepartments.nameEn')).fill(nameEn);
    await page.getByLabel(tr('en', 'adminDepartments.kind')).selectOption('utility');
    await page.getByLabel(tr('en', 'desk.find.label')).fill(head.email);
    await page.getByRole('button', { name: tr('en', 'desk.find.submit'), exact: true }).click();
    await page.getByText(tr('en', 'adminDepartments.headChosen', { name: head.displayName })).waitFor();
    await page.getByRole('button', { name: tr('en', 'adminDepartments.create') }).click();
    await page.getByText(tr('en', 'adminDepartments.created', { name: nameEn })).waitFor();
    const id = new URL(page.url()).searchParams.get('id')!;
    expect(id).toBe(`street-lighting-service-${tag}`);
    await expect.poll(() => page.getByLabel(tr('en', 'department.head')).inputValue()).toBe(head.id);

    // ---- its phone corrected ----
    await page.getByLabel(tr('en', 'department.phone')).fill('+7 812 000-11-22');
    await page.getByRole('button', { name: tr('en', 'adminDepartments.save') }).click();
    await page.getByText(tr('en', 'adminDepartments.saved')).waitFor();
    expect((await apiAs<{ phone: string }>(baseURL, admin, 'GET', `/api/departments/${id}`)).phone).toBe('+7 812 000-11-22');

    // ---- merged into the other: the dialog names what moves ----
    await page.getByRole('button', { name: tr('en', 'adminDepartments.merge') }).click();
    const dialog = page.getByRole('dialog', { name: tr('en', 'adminDepartments.mergeTitle', { name: nameEn }) });
    await dialog.getByLabel(tr('en', 'adminDepartments.mergeTarget')).selectOption(target.id);
    await dialog.getByText(tr('en', 'adminDepartments.mergeWhat', { name: nameEn, reports: 0, rules: 0, roles: 1 })).waitFor();
    await screenshot(page, 'journey-departments-merge-en-desktop');
    await dialog.getByRole('button', { name: tr('en', 'adminDepartments.mergeConfirm') }).click();
    await page.getByText(tr('en', 'adminDepartments.merged', { name: target.nameEn, reports: 0, rules: 0 })).waitFor();

    // ---- the public page says where it went ----
    await page.goto(`/departments/${id}`);
    await expectHeading(page, nameEn);
    await page.getByText(new RegExp(`merged into ${target.nameEn}`)).waitFor();
    await page.getByRole('link', { name: tr('en', 'department.mergedLink', { name: target.nameEn }) }).click();
    await expectHeading(page, target.nameEn);

    // ---- a CSV list: a bad line is named, then the fixed list is imported ----
    await page.goto('/admin/departments?import=1');
    await page.getByRole('heading', { name: tr('en', 'adminDepartments.importTitle') }).waitFor();
    const header = 'id,name_ru,name_en,kind,district,phone,email,address,website';
    const csv = (kind: string) => `${header}\ne2e-mc-${tag},Управляющая компания ${tag},Management company ${tag},${kind},,,,,\n`;
    await page.getByLabel(tr('en', 'adminDepartments.importText')).fill(csv('ministry'));
    await page.getByRole('button', { name: tr('en', 'adminDepartments.importCheck') }).click();
    await page.getByText(/^Line 2: Kind: choose one of/).waitFor();
    expect(await page.getByRole('button', { name: tr('en', 'adminDepartments.importRun') }).count()).toBe(0);
    await page.getByLabel(tr('en', 'adminDepartments.importText')).fill(csv('management_company'));
    await page.getByRole('button', { name: tr('en', 'adminDepartments.importCheck') }).click();
    await page.getByText(tr('en', 'adminDepartments.importPreview', { created: 1, updated: 0, unchanged: 0 })).waitFor();
    await screenshot(page, 'journey-departments-import-en-desktop');
    await page.getByRole('button', { name: tr('en', 'adminDepartments.importRun') }).click();
    await page.getByText(tr('en', 'adminDepartments.importDone', { created: 1, updated: 0, unchanged: 0 })).waitFor();
    expect((await apiAs<{ kind: string }>(baseURL, admin, 'GET', `/api/departments/e2e-mc-${tag}`)).kind).toBe('management_company');

    expect(errors).toEqual([]);
    await ctx.close();
  });

  test('ru phone: the departments page and a department fit 390 px', async () => {
    const ctx = await browser.context({ viewport: phone, lang: 'ru', sessionCookie: adminSession });
    const page = await ctx.newPage();
    await page.goto('/admin/departments?id=admin-nevsky');
    await page.getByRole('heading', { name: tr('ru', 'adminDepartments.stateTitle') }).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await screenshot(page, 'journey-departments-ru-phone');
    await ctx.close();
  });
});
