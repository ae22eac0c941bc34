// Story: a resident creates an account, opens the link from the confirmation mail, is signed in,
// sees their name in the profile and sets their district and language.
import { describe, expect, inject, test } from 'vitest';
import { desktop, specBrowser, phone, watchErrors, type Lang } from './browser.js';
import { expectErrorSummary, expectHeading, screenshot, strongPassword, tr, uniqueEmail } from './helpers.js';
import { waitForLink } from './mail.js';
import { expectNavLink, siteNav } from './nav.js';

const baseURL = inject('baseURL');
const dataDir = inject('dataDir');
const browser = specBrowser(baseURL);

const district = { ru: 'Невский район', en: 'Nevsky District' };
const other = (lang: Lang): Lang => (lang === 'ru' ? 'en' : 'ru');

describe.each([
  { lang: 'ru' as const, device: 'phone', viewport: phone },
  { lang: 'en' as const, device: 'desktop', viewport: desktop },
  { lang: 'en' as const, device: 'phone', viewport: phone },
  { lang: 'ru' as const, device: 'desktop', viewport: desktop },
])('registration ($lang, $device)', ({ lang, device, viewport }) => {
  test(`${lang} ${device}: register → confirmation mail → signed in → profile: name, district, language`, async () => {
    const context = await browser.context({ viewport, lang });
    const page = await context.newPage();
    const errors = watchErrors(page);
    const email = uniqueEmail(`resident-${lang}`);
    const name = lang === 'ru' ? 'Вера Новикова' : 'Vera Novikova';

    await page.goto('/');
    await (await siteNav(page, lang)).getByRole('link', { name: tr(lang, 'nav.register') }).click();
    await expectHeading(page, tr(lang, 'register.title'));
    await page.getByText(tr(lang, 'field.passwordHint')).waitFor();

    // a too-short password: the server's rule, in the person's language, in the summary and beside the field
    await page.getByLabel(tr(lang, 'field.displayName'), { exact: true }).fill(name);
    await page.getByLabel(tr(lang, 'field.email'), { exact: true }).fill(email);
    await page.getByLabel(tr(lang, 'field.password'), { exact: true }).fill('short');
    await page.getByRole('button', { name: tr(lang, 'register.submit') }).click();
    const tooShort = lang === 'ru' ? 'Пароль должен быть не короче 10 символов.' : 'Password must be at least 10 characters.';
    await expectErrorSummary(page, lang, tooShort);
    expect(await page.locator('#f-password-error').textContent()).toContain(tooShort);
    expect(await page.locator('#f-password').getAttribute('aria-invalid')).toBe('true');
    if (device === 'phone') await screenshot(page, `journey-register-error-${lang}-${device}`);

    // the link in the summary takes you to the field
    await page.locator('.error-summary a').first().click();
    await page.waitForFunction(() => document.activeElement?.id === 'f-password');

    const password = strongPassword();
    await page.getByLabel(tr(lang, 'field.password'), { exact: true }).fill(password);
    await page.getByRole('button', { name: tr(lang, 'register.submit') }).click();
    await expectHeading(page, tr(lang, 'register.sentTitle'));
    await page.getByText(tr(lang, 'register.sentText', { email })).waitFor();
    expect(await page.title()).not.toMatch(/^(Ошибка|Error)/);

    // the mail, as the server wrote it to DATA_DIR/mail
    const { mail, path } = await waitForLink(dataDir, email, 'confirm');
    expect(mail.subject).toContain(lang === 'ru' ? 'Подтвердите почту' : 'Confirm your e-mail');
    expect(mail.text).toContain(name);

    await page.goto(path);
    await expectHeading(page, tr(lang, 'confirm.doneTitle'));
    await page.getByText(tr(lang, 'confirm.doneText', { name })).waitFor();
    // signed in: the header offers the profile instead of "sign in"
    await expectNavLink(page, lang, 'nav.profile');

    await page.getByRole('link', { name: tr(lang, 'confirm.toProfile') }).click();
    await expectHeading(page, tr(lang, 'profile.title'));
    const summary = page.locator('.summary-list');
    await summary.getByText(name, { exact: true }).waitFor();
    await summary.getByText(email, { exact: true }).waitFor();
    await summary.getByText(tr(lang, 'verification.email')).waitFor();

    // choose a district and the other language
    const target = other(lang);
    await page.getByLabel(tr(lang, 'field.district'), { exact: true }).selectOption({ label: district[lang] });
    await page.getByLabel(tr(lang, 'field.language'), { exact: true }).selectOption(target);
    await page.getByRole('button', { name: tr(lang, 'profile.save'), exact: true }).click();

    // saved, and the interface now speaks the chosen language
    await page.getByText(tr(target, 'profile.saved')).waitFor();
    await expectHeading(page, tr(target, 'profile.title'));
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(target);

    // after a reload: still signed in, same district, same language — it was saved on the server
    await page.reload();
    await expectHeading(page, tr(target, 'profile.title'));
    // the districts arrive in their own request after the heading: wait for the option, then read the selection
    await page.locator('#f-districtId option[value="nevsky"]').waitFor({ state: 'attached' });
    const selected = await page.locator('#f-districtId').evaluate((el) => (el as HTMLSelectElement).selectedOptions[0]?.textContent);
    expect(selected).toBe(district[target]);
    expect(await page.locator('#f-language').inputValue()).toBe(target);
    const me = await page.evaluate(async () => (await (await fetch('/api/me')).json()) as { user: { districtId: string; language: string } });
    expect(me.user).toMatchObject({ districtId: 'nevsky', language: target });

    if (device === 'desktop') {
      // change the password: a wrong current one is refused beside its field
      // (POST /api/me/password allows 10 calls per 15 min per address, so only desktops do this)
      await page.getByLabel(tr(target, 'field.currentPassword'), { exact: true }).fill('not-my-password-1');
      await page.getByLabel(tr(target, 'field.newPassword'), { exact: true }).fill(strongPassword());
      await page.getByRole('button', { name: tr(target, 'profile.changePassword') }).click();
      const wrong = target === 'ru' ? 'Текущий пароль неверен.' : 'The current password is wrong.';
      await expectErrorSummary(page, target, wrong);
      expect(await page.locator('#f-currentPassword-error').textContent()).toContain(wrong);
      await page.getByLabel(tr(target, 'field.currentPassword'), { exact: true }).fill(password);
      await page.getByRole('button', { name: tr(target, 'profile.changePassword') }).click();
      await page.getByText(tr(target, 'profile.passwordChanged')).waitFor();
      expect(await page.locator('.error-summary').count()).toBe(0);
    }

    // the home page greets the resident and names their district
    await (await siteNav(page, target)).getByRole('link', { name: tr(target, 'nav.home') }).click();
    await page.getByText(tr(target, 'home.yourDistrict', { name: district[target] })).waitFor();

    // the header's language switch, signed in, changes the account's language too
    await page.getByRole('button', { name: new RegExp(tr(lang, `language.${lang}`)) }).click();
    await page.getByText(tr(lang, 'home.yourDistrict', { name: district[lang] })).waitFor();
    await page.waitForFunction(async (l) => ((await (await fetch('/api/me')).json()) as { user: { language: string } }).user.language === l, lang);

    // sign out: the profile is behind sign-in again
    await (await siteNav(page, lang)).getByRole('link', { name: tr(lang, 'nav.profile') }).click();
    expect(await page.locator('#f-language').inputValue()).toBe(lang);
    await page.getByRole('button', { name: tr(lang, 'profile.signOut'), exact: true }).click();
    await expectHeading(page, tr(lang, 'home.heading'));
    await expectNavLink(page, lang, 'nav.signIn');
    await page.goto('/profile');
    await expectHeading(page, tr(lang, 'login.title'));
    expect(new URL(page.url()).searchParams.get('next')).toBe('/profile');

    expect(errors).toEqual([]);
    await context.close();
  });
});
