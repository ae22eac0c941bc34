// Story: the city administrator signs in, finds a new resident, makes them an official of a
// department and takes it back; cannot remove their own role as the last administrator; and reads
// the confirmation mail the resident was sent in the outbox.
import { describe, expect, inject, test } from 'vitest';
import { desktop, specBrowser, phone, watchErrors } from './browser.js';
import { expectErrorSummary, expectHeading, registerViaApi, screenshot, strongPassword, tr, uniqueEmail } from './helpers.js';
import { waitForLink } from './mail.js';
import { siteNav } from './nav.js';

const baseURL = inject('baseURL');
const dataDir = inject('dataDir');
const adminEmail = inject('adminEmail');
const adminPassword = inject('adminPassword');
const browser = specBrowser(baseURL);

const department = { ru: 'Жилищный комитет', en: 'Housing Committee' };
const needsDepartment = { ru: 'Сотрудник относится к исполнителю: выберите его.', en: 'An official belongs to a department: choose one.' };
const lastAdministrator = { ru: 'Это последний администратор города', en: 'This is the last city administrator' };
const confirmSubject = { ru: 'Подтвердите почту', en: 'Confirm your e-mail' };

describe.each([
  { lang: 'ru' as const, device: 'desktop', viewport: desktop },
  { lang: 'en' as const, device: 'phone', viewport: phone },
])('administration ($lang, $device)', ({ lang, device, viewport }) => {
  test(`${lang} ${device}: find a resident, grant and revoke "official", last-administrator refusal, outbox`, async () => {
    // a resident who just signed up (their confirmation mail is in the outbox)
    const email = uniqueEmail(`staff-${lang}`);
    const name = lang === 'ru' ? `Пётр Сотрудников ${device}` : `Peter Staffer ${device}`;
    await registerViaApi(baseURL, { email, password: strongPassword(), displayName: name, language: lang });
    await waitForLink(dataDir, email, 'confirm');

    const context = await browser.context({ viewport, lang });
    const page = await context.newPage();
    const errors = watchErrors(page);
    // sign in
    await page.goto('/login');
    await page.getByLabel(tr(lang, 'field.email'), { exact: true }).fill(adminEmail);
    await page.getByLabel(tr(lang, 'field.password'), { exact: true }).fill(adminPassword);
    await page.getByRole('button', { name: tr(lang, 'login.submit'), exact: true }).click();
    await expectHeading(page, tr(lang, 'profile.title'));
    await page.getByText(`${tr(lang, 'role.administrator')} — ${tr(lang, 'scopeType.city')}`).waitFor();

    // accounts: search by e-mail, kept in the address
    await (await siteNav(page, lang)).getByRole('link', { name: tr(lang, 'nav.admin') }).click();
    await expectHeading(page, tr(lang, 'admin.usersTitle'));
    await page.getByLabel(tr(lang, 'admin.search'), { exact: true }).fill(email);
    await page.getByRole('button', { name: tr(lang, 'admin.find'), exact: true }).click();
    await page.waitForURL((url) => url.searchParams.get('q') === email);
    const rows = page.locator('table tbody tr');
    await rows.filter({ hasText: email }).waitFor();
    // the one account found (polled: the list may redraw once more as the search settles)
    await expect.poll(() => rows.count()).toBe(1);
    expect(await rows.first().textContent()).toContain(tr(lang, 'admin.statusUnconfirmed'));

    // the role filter: the e2e administrator is the only one
    await page.goto('/admin/users?role=administrator');
    await rows.filter({ hasText: adminEmail }).waitFor();
    expect(await rows.count()).toBe(1);
    expect(await page.locator('#f-role').inputValue()).toBe('administrator');
    await screenshot(page, `journey-admin-users-${lang}-${device}`);

    // open the resident
    await page.goto(`/admin/users?q=${encodeURIComponent(email)}`);
    await rows.getByRole('link', { name }).click();
    await expectHeading(page, name);
    await page.getByText(tr(lang, 'admin.noRoles')).waitFor();

    // an official must belong to a department: the server refuses a city-wide one, in words
    await page.getByLabel(tr(lang, 'role.official'), { exact: true }).check();
    await page.getByLabel(tr(lang, 'scopeType.city'), { exact: true }).check();
    await page.getByRole('button', { name: tr(lang, 'admin.grant'), exact: true }).click();
    await expectErrorSummary(page, lang, needsDepartment[lang]);
    expect(await page.locator('#f-scopeType-error').textContent()).toContain(needsDepartment[lang]);

    // grant "official" of the Housing Committee
    await page.getByLabel(tr(lang, 'scopeType.department'), { exact: true }).check();
    await page.getByLabel(tr(lang, 'field.department'), { exact: true }).selectOption({ label: department[lang] });
    await page.getByRole('button', { name: tr(lang, 'admin.grant'), exact: true }).click();
    const grant = `${tr(lang, 'role.official')} — ${department[lang]}`;
    await page.getByText(tr(lang, 'admin.grantedDone', { grant })).waitFor();
    expect(await page.locator('.error-summary').count()).toBe(0);
    const roleRow = page.locator('.role-list li').filter({ hasText: department[lang] });
    await roleRow.waitFor();
    expect(await roleRow.locator('.role-list__role').textContent()).toBe(tr(lang, 'role.official'));
    await screenshot(page, `journey-admin-user-${lang}-${device}`);

    // revoke it
    await page.getByRole('button', { name: tr(lang, 'admin.revokeLabel', { grant }) }).click();
    await page.getByText(tr(lang, 'admin.revokedDone', { grant })).waitFor();
    await page.getByText(tr(lang, 'admin.noRoles')).waitFor();
    expect(await page.locator('.role-list').count()).toBe(0);

    // both acts are in the public audit log
    await (await siteNav(page, lang)).getByRole('link', { name: tr(lang, 'nav.audit') }).click();
    await expectHeading(page, tr(lang, 'audit.title'));
    // …as sentences naming the actor by role, never by name or e-mail
    const sentences = {
      revoked: { ru: 'Администратор отозвал у жителя роль «сотрудник исполнителя»', en: 'Administrator took the role of official back from a resident' },
      granted: { ru: 'Администратор выдал жителю роль «сотрудник исполнителя»', en: 'Administrator gave a resident the role of official' },
    };
    for (const act of ['revoked', 'granted'] as const)
      await page.locator('.audit-entry').filter({ hasText: sentences[act][lang] }).filter({ hasText: department[lang] }).first().waitFor();
    // the log's entries (the page also lists the newest signed checkpoints), never the e-mail
    expect(await page.getByRole('list', { name: tr(lang, 'audit.caption') }).textContent()).not.toContain(email);
    // …and anyone can check the chain is intact
    await page.getByRole('button', { name: tr(lang, 'audit.verify') }).click();
    await page.getByText(tr(lang, 'audit.intactTitle'), { exact: true }).waitFor();
    expect(await page.locator('.verify-result').textContent()).toMatch(lang === 'ru' ? /Проверен[аоы]? \d+ запис/ : /\d+ entries checked/);

    // the last administrator cannot remove their own role
    await page.goto(`/admin/users?q=${encodeURIComponent(adminEmail)}`);
    await rows.getByRole('link', { name: 'E2E Admin' }).click();
    await expectHeading(page, 'E2E Admin');
    const own = `${tr(lang, 'role.administrator')} — ${tr(lang, 'scopeType.city')}`;
    await page.getByRole('button', { name: tr(lang, 'admin.revokeLabel', { grant: own }) }).click();
    await expectErrorSummary(page, lang, new RegExp(lastAdministrator[lang]));
    // the administrator grant is still there (other journeys may have given this account more roles)
    expect(await page.getByRole('button', { name: tr(lang, 'admin.revokeLabel', { grant: own }) }).count()).toBe(1);
    await screenshot(page, `journey-admin-last-administrator-${lang}-${device}`);

    // the outbox holds the resident's confirmation mail; its text opens on request
    await page
      .getByRole('navigation', { name: tr(lang, 'admin.navLabel') })
      .getByRole('link', { name: tr(lang, 'admin.outboxTitle') })
      .click();
    await expectHeading(page, tr(lang, 'admin.outboxTitle'));
    await page.getByText(tr(lang, 'admin.modeFiles')).waitFor();
    const mail = page.locator('.mail').filter({ hasText: email });
    await mail.waitFor();
    expect(await mail.locator('h2').textContent()).toContain(confirmSubject[lang]);
    const text = mail.locator('.mail__text');
    expect(await text.isVisible()).toBe(false);
    await mail.getByText(tr(lang, 'admin.mailText')).click();
    await text.waitFor();
    expect(await text.textContent()).toMatch(/\/confirm\?token=[\w-]+/);
    expect(await text.textContent()).toContain(name);
    await screenshot(page, `journey-admin-outbox-${lang}-${device}`);

    expect(errors).toEqual([]);
    await context.close();
  });
});
