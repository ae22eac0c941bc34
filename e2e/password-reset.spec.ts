// Story: a resident who forgot their password asks for a link, opens it from the mail, chooses a
// new password (a common one is refused with a reason) and signs in with it.
import { describe, expect, inject, test } from 'vitest';
import { desktop, specBrowser, phone, watchErrors } from './browser.js';
import { expectErrorSummary, expectHeading, screenshot, strongPassword, tr } from './helpers.js';
import { waitForLink } from './mail.js';

const baseURL = inject('baseURL');
const dataDir = inject('dataDir');
const browser = specBrowser(baseURL);

const commonPassword = { ru: 'Этот пароль в списке самых распространённых', en: 'This password is on the list of passwords people use most' };

// each run resets a different demo resident (seeded by `gorod seed`)
describe.each([
  { lang: 'ru' as const, device: 'phone', viewport: phone, email: 'anna.petrova@gorod.demo', name: 'Анна Петрова' },
  { lang: 'en' as const, device: 'desktop', viewport: desktop, email: 'olga.kuznetsova@gorod.demo', name: 'Ольга Кузнецова' },
  { lang: 'en' as const, device: 'phone', viewport: phone, email: 'dmitry.sokolov@gorod.demo', name: 'Дмитрий Соколов' },
  { lang: 'ru' as const, device: 'desktop', viewport: desktop, email: 'maria.ivanova@gorod.demo', name: 'Мария Иванова' },
])('password reset ($lang, $device)', ({ lang, device, viewport, email, name }) => {
  test(`${lang} ${device}: forgot password → mail link → new password → signed in`, async () => {
    const context = await browser.context({ viewport, lang });
    const page = await context.newPage();
    const errors = watchErrors(page);

    await page.goto('/login');
    await expectHeading(page, tr(lang, 'login.title'));
    await page.getByRole('link', { name: tr(lang, 'login.forgot') }).click();
    await expectHeading(page, tr(lang, 'reset.requestTitle'));
    await page.getByLabel(tr(lang, 'field.email'), { exact: true }).fill(email);
    await page.getByRole('button', { name: tr(lang, 'reset.requestSubmit') }).click();
    // the same answer whether or not the address has an account
    await expectHeading(page, tr(lang, 'reset.sentTitle'));
    await page.getByText(tr(lang, 'reset.sentText', { email })).waitFor();

    const { path } = await waitForLink(dataDir, email, 'reset-password');
    await page.goto(path);
    await expectHeading(page, tr(lang, 'reset.newTitle'));
    await page.getByText(tr(lang, 'field.passwordHint')).waitFor();

    // (password-reset/confirm is limited to 10 calls per 15 min per address: phones try the weak
    // password, desktops the reused link, so each language sees both)
    if (device === 'phone') {
      // a sequence everyone tries first is refused, with the reason, in the person's language
      await page.getByLabel(tr(lang, 'field.newPassword'), { exact: true }).fill('1234567890');
      await page.getByRole('button', { name: tr(lang, 'reset.newSubmit') }).click();
      await expectErrorSummary(page, lang, new RegExp(commonPassword[lang]));
      expect(await page.locator('#f-password-error').textContent()).toContain(commonPassword[lang]);
      await screenshot(page, `journey-reset-error-${lang}-${device}`);
    }

    const password = strongPassword();
    await page.getByLabel(tr(lang, 'field.newPassword'), { exact: true }).fill(password);
    await page.getByRole('button', { name: tr(lang, 'reset.newSubmit') }).click();
    await expectHeading(page, tr(lang, 'reset.doneTitle'));
    expect(await page.locator('.error-summary').count()).toBe(0);

    // sign in with the new password
    await page
      .getByRole('main')
      .getByRole('link', { name: tr(lang, 'reset.toSignIn') })
      .click();
    await expectHeading(page, tr(lang, 'login.title'));
    await page.getByLabel(tr(lang, 'field.email'), { exact: true }).fill(email);
    await page.getByLabel(tr(lang, 'field.password'), { exact: true }).fill(password);
    await page.getByRole('button', { name: tr(lang, 'login.submit'), exact: true }).click();
    await expectHeading(page, tr(lang, 'profile.title'));
    await page.locator('.summary-list').getByText(name, { exact: true }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/profile');

    if (device === 'desktop') {
      // the link works once
      await page.goto(path);
      await page.getByLabel(tr(lang, 'field.newPassword'), { exact: true }).fill(strongPassword());
      await page.getByRole('button', { name: tr(lang, 'reset.newSubmit') }).click();
      await expectErrorSummary(page, lang, lang === 'ru' ? 'Эта ссылка уже использована.' : 'This link has already been used.');
      await page.getByRole('link', { name: tr(lang, 'reset.askNewLink') }).waitFor();
    }

    expect(errors).toEqual([]);
    await context.close();
  });
});
