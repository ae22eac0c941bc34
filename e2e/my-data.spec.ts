// Story: a resident takes their data and leaves. They comment on a neighbour's discussion, download everything Gorod
// keeps about them from the profile's "My data" (a ZIP of JSON), delete the account with their password keeping what
// they wrote anonymised, land signed out on a page saying it is done, and their comment now reads «удалённый аккаунт»
// / "deleted account" while their public profile is gone. Russian on a 360 px phone (with a wrong password first),
// English on a desktop. Then a person who signed up through the identity provider, and so has no password, confirms
// the deletion with a code the site mails them (Russian on a phone with a mistyped code first, English on a desktop).
import crypto from 'node:crypto';
import fs from 'node:fs';
import { describe, expect, inject, test, vi } from 'vitest';
import { readZip } from '../test/read-zip.js';
import { desktop, narrow, specBrowser, watchErrors, type Lang, type Viewport } from './browser.js';
import { apiAs, confirmedResident, expectFocused, expectHeading, screenshot, tr } from './helpers.js';
import { readMails } from './mail.js';
import { oidcName } from './oidc-provider.js';

const baseURL = inject('baseURL');
const dataDir = inject('dataDir');
const adminSession = inject('adminSession');
const browser = specBrowser(baseURL);

async function journey(lang: Lang, viewport: Viewport, tag: string) {
  const neighbour = await confirmedResident(baseURL, dataDir, { displayName: 'Neighbour', language: lang, label: `neighbour-${tag}` });
  const me = await confirmedResident(baseURL, dataDir, {
    displayName: lang === 'ru' ? 'Вера Уходящая' : 'Vera Leaving',
    language: lang,
    label: `leaving-${tag}`,
  });
  const topic = await apiAs<{ id: string }>(
    baseURL,
    neighbour,
    'POST',
    '/api/discussions',
    { kind: 'topic', title: `Benches in the yard ${tag}`, body: 'Where should they go?' },
    201,
  );
  const said = lang === 'ru' ? 'Поставьте скамейки у детской площадки' : 'Put the benches by the playground';
  await apiAs(baseURL, me, 'POST', `/api/comments/discussion/${topic.id}`, { body: said }, 201);

  const context = await browser.context({ viewport, lang, sessionCookie: me.cookie });
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto('/profile#my-data');
  await expectHeading(page, tr(lang, 'profile.title'));
  const section = page.locator('#my-data');
  await section.getByRole('heading', { name: tr(lang, 'profile.myData.title') }).waitFor();

  // the download: a ZIP of JSON files, with the comment in it
  const [download] = await Promise.all([page.waitForEvent('download'), section.getByRole('link', { name: tr(lang, 'profile.myData.download') }).click()]);
  expect(download.suggestedFilename()).toMatch(/^gorod-my-data-.*\.zip$/);
  const entries = await readZip(fs.readFileSync((await download.path())!));
  expect(JSON.parse(entries.get('accounts.json')!.toString('utf8')).tables.account[0].email).toBe(me.email);
  expect(entries.get('comments.json')!.toString('utf8')).toContain(said);
  await screenshot(page, `journey-my-data-${lang}-${viewport.width}`);

  if (lang === 'ru') {
    // a wrong password deletes nothing and says so
    await section.getByLabel(tr(lang, 'profile.myData.password')).fill('not-my-password');
    await section.getByRole('button', { name: tr(lang, 'profile.myData.deleteButton') }).click();
    // the section's error summary, focused, linking to the field, and the same message beside it
    await section.locator('.error-summary').waitFor();
    await expectFocused(page, '#my-data .error-summary');
    await section.locator('.error-summary a[href="#f-delete-password"]').waitFor();
    await page.locator('#f-delete-password-error').waitFor();
  }
  await section.getByLabel(tr(lang, 'profile.myData.content.anonymise')).check();
  await section.getByLabel(tr(lang, 'profile.myData.password')).fill(me.password);
  await section.getByRole('button', { name: tr(lang, 'profile.myData.deleteButton') }).click();
  await expectHeading(page, tr(lang, 'profile.myData.deletedTitle'));
  await page.getByText(tr(lang, 'profile.myData.deletedText')).waitFor();
  const reference = new URL(page.url()).searchParams.get('reference')!;
  await page.getByText(tr(lang, 'profile.myData.deletedReference', { reference })).waitFor();
  await screenshot(page, `journey-my-data-deleted-${lang}-${viewport.width}`);

  // signed out; the comment stays under "deleted account"; the profile is gone
  expect((await page.request.get('/api/me')).status()).toBe(401);
  await page.goto(`/discussions/${topic.id}`);
  const comment = page.locator('.comment__card', { hasText: said });
  await comment.getByText(tr(lang, 'person.deletedAccount')).waitFor();
  expect(await comment.getByRole('link', { name: me.displayName }).count()).toBe(0);
  await screenshot(page, `journey-my-data-comment-${lang}-${viewport.width}`);
  expect((await page.request.get(`/api/people/${me.id}`)).status()).toBe(404);
  // what is kept and why: the footer's link to the privacy page
  await page
    .getByRole('contentinfo')
    .getByRole('link', { name: tr(lang, 'layout.privacyLink') })
    .click();
  await expectHeading(page, tr(lang, 'privacy.title'));
  await page.getByRole('heading', { name: tr(lang, 'privacy.rightsTitle') }).waitFor();
  await screenshot(page, `journey-my-data-privacy-${lang}-${viewport.width}`);
  expect(errors).toEqual([]);
  await context.close();
}

/** The deletion code in the newest mail to `to`, once it has arrived. */
const deletionCode = (to: string) =>
  vi.waitFor(
    () => {
      const code = readMails(dataDir)
        .filter((m) => m.to === to)
        .map((m) => /\n\n([A-Z2-9]{4}-[A-Z2-9]{4})\n\n/.exec(m.text)?.[1])
        .filter(Boolean)
        .at(-1);
      if (!code) throw new Error(`no deletion code mailed to ${to} yet`);
      return code;
    },
    { timeout: 20_000, interval: 150 },
  );

async function providerJourney(lang: Lang, viewport: Viewport) {
  const admin = { cookie: adminSession };
  await apiAs(baseURL, admin, 'PUT', '/api/admin/verification/methods/oidc', { enabled: true });
  const context = await browser.context({ viewport, lang });
  try {
    const page = await context.newPage();
    // signs up at the identity provider's development pages (any login and password): no password on Gorod
    const login = `leaving-oidc-${lang}-${crypto.randomBytes(4).toString('hex')}`;
    await page.goto('/login?next=%2Fprofile');
    await page.getByRole('link', { name: tr(lang, 'verification.signIn.with', { provider: oidcName }) }).click();
    await page.locator('input[name="login"]').fill(login);
    await page.locator('input[name="password"]').fill('any password');
    await page.getByRole('button', { name: 'Sign-in' }).click();
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.waitForURL(/\/profile/);
    // watched from here: the provider's development pages load resources from the Internet
    const errors = watchErrors(page);
    await page.goto('/profile#my-data');
    const section = page.locator('#my-data');
    await section.getByRole('heading', { name: tr(lang, 'profile.myData.deleteTitle') }).waitFor();
    expect(await section.getByLabel(tr(lang, 'profile.myData.password')).count()).toBe(0);
    await section.getByRole('button', { name: tr(lang, 'profile.myData.sendCode') }).click();
    await section.getByTestId('delete-code-sent').waitFor();
    const code = await deletionCode(`${login}@oidc.test`);
    if (lang === 'ru') {
      // a mistyped code deletes nothing and says so beside the field
      await section.getByLabel(tr(lang, 'profile.myData.code')).fill('AAAA-AAAA');
      await section.getByRole('button', { name: tr(lang, 'profile.myData.deleteButton') }).click();
      await section.locator('.error-summary a[href="#f-delete-code"]').waitFor();
      await page.locator('#f-delete-code-error').waitFor();
    }
    await section.getByLabel(tr(lang, 'profile.myData.code')).fill(code);
    await screenshot(page, `journey-my-data-code-${lang}-${viewport.width}`);
    await section.getByRole('button', { name: tr(lang, 'profile.myData.deleteButton') }).click();
    await expectHeading(page, tr(lang, 'profile.myData.deletedTitle'));
    expect((await page.request.get('/api/me')).status()).toBe(401);
    expect(errors).toEqual([]);
  } finally {
    await apiAs(baseURL, admin, 'PUT', '/api/admin/verification/methods/oidc', { enabled: false });
    await context.close();
  }
}

describe('my data: download and delete the account', () => {
  test('ru 360: downloads the ZIP, a wrong password is refused, deletes keeping the comment as «удалённый аккаунт»', async () => {
    await journey('ru', narrow, 'ru');
  });
  test('en 1280: downloads the ZIP, deletes keeping the comment as "deleted account"', async () => {
    await journey('en', desktop, 'en');
  });
});

describe('my data: deleting an account made through the identity provider, with a mailed code', () => {
  test('ru 360: no password field, the code is sent, a mistyped one is refused, the mailed one deletes', async () => {
    await providerJourney('ru', narrow);
  });
  test('en 1280: the mailed code deletes the account', async () => {
    await providerJourney('en', desktop);
  });
});
