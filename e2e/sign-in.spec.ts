// Story: a resident mistypes their password and is told plainly, in their language, what went
// wrong and where; someone who never confirmed their e-mail is offered a new link.
import { describe, expect, inject, test } from 'vitest';
import { desktop, specBrowser, phone, watchErrors } from './browser.js';
import { expectErrorSummary, expectHeading, registerViaApi, screenshot, strongPassword, tr, uniqueEmail } from './helpers.js';
import { waitForLink } from './mail.js';

const baseURL = inject('baseURL');
const dataDir = inject('dataDir');
const browser = specBrowser(baseURL);

const wrongCredentials = { ru: 'Неверная почта или пароль', en: 'The e-mail or password is wrong' };
const notConfirmed = { ru: 'Сначала подтвердите почту', en: 'Confirm your e-mail first' };

describe.each([
  { lang: 'ru' as const, device: 'phone', viewport: phone },
  { lang: 'en' as const, device: 'desktop', viewport: desktop },
  { lang: 'en' as const, device: 'phone', viewport: phone },
  { lang: 'ru' as const, device: 'desktop', viewport: desktop },
])('sign-in errors ($lang, $device)', ({ lang, device, viewport }) => {
  test(`${lang} ${device}: a wrong password shows the error summary, focused, with the server's localized message`, async () => {
    const context = await browser.context({ viewport, lang });
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto('/login');
    await expectHeading(page, tr(lang, 'login.title'));
    // the title names the page and the city (once the site's settings have arrived)
    const titleBefore = `${tr(lang, 'login.title')} — ${tr(lang, 'app.nameWithCity')}`;
    await page.waitForFunction((title) => document.title === title, titleBefore);

    // a demo resident (seeded), with a wrong password
    await page.getByLabel(tr(lang, 'field.email'), { exact: true }).fill('ivan.smirnov@gorod.demo');
    await page.getByLabel(tr(lang, 'field.password'), { exact: true }).fill('not-the-password-1');
    await page.getByRole('button', { name: tr(lang, 'login.submit'), exact: true }).click();

    await expectErrorSummary(page, lang, new RegExp(wrongCredentials[lang]));
    expect(await page.title()).toBe(`${tr(lang, 'errors.titlePrefix')}${titleBefore}`);
    // the same message beside the field, announced with it
    const fieldError = page.locator('#f-password-error');
    expect(await fieldError.textContent()).toContain(wrongCredentials[lang]);
    expect((await page.locator('#f-password').getAttribute('aria-describedby'))?.split(' ')).toContain('f-password-error');
    await screenshot(page, `journey-sign-in-error-${lang}-${device}`);

    // the summary's link moves focus to the field
    await page.locator('.error-summary a').first().click();
    await page.waitForFunction(() => document.activeElement?.id === 'f-password');
    // nothing typed was lost
    expect(await page.locator('#f-email').inputValue()).toBe('ivan.smirnov@gorod.demo');

    // an empty form: one message per field, in the summary, in page order
    await page.locator('#f-email').fill('');
    await page.locator('#f-password').fill('');
    await page.getByRole('button', { name: tr(lang, 'login.submit'), exact: true }).click();
    await page.locator('.error-summary li:nth-child(2)').waitFor();
    const targets = await page.locator('.error-summary a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(targets).toEqual(['#f-email', '#f-password']);
    await page.locator('#f-email-error').waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  test(`${lang} ${device}: an unconfirmed e-mail is offered a new confirmation link`, async () => {
    const email = uniqueEmail(`unconfirmed-${lang}`);
    const password = strongPassword();
    await registerViaApi(baseURL, { email, password, displayName: 'Pat Unconfirmed', language: lang });
    const first = await waitForLink(dataDir, email, 'confirm');

    const context = await browser.context({ viewport, lang });
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto('/login');
    await expectHeading(page, tr(lang, 'login.title'));
    await page.getByLabel(tr(lang, 'field.email'), { exact: true }).fill(email);
    await page.getByLabel(tr(lang, 'field.password'), { exact: true }).fill(password);
    await page.getByRole('button', { name: tr(lang, 'login.submit'), exact: true }).click();

    await expectErrorSummary(page, lang, new RegExp(notConfirmed[lang]));
    await page.getByText(tr(lang, 'login.unconfirmedTitle')).waitFor();
    await page.getByRole('button', { name: tr(lang, 'confirm.resend') }).click();
    await page.getByText(tr(lang, 'confirm.resent', { email })).waitFor();

    // a new mail with a new link arrives, and it signs the person in
    const second = await waitForLink(dataDir, email, 'confirm', { notIn: [first.mail.file] });
    expect(second.path).not.toBe(first.path);
    await page.goto(second.path);
    await expectHeading(page, tr(lang, 'confirm.doneTitle'));

    // the first link was voided by the second
    await page.goto(first.path);
    await expectHeading(page, tr(lang, 'confirm.failedTitle'));
    await expectErrorSummary(page, lang, lang === 'ru' ? /Эта ссылка уже использована|Ссылка недействительна/ : /already been used|not valid/);
    expect(errors).toEqual([]);
    await context.close();
  });
});
