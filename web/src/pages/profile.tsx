import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../api/client.js';
import { useDepartments, useDistricts } from '../api/lists.js';
import type { Language, Me } from '../api/types.js';
import { ErrorSummary, fieldMessage } from '../components/errors.js';
import { SelectField, TextField } from '../components/fields.js';
import { Notice, Tag } from '../components/notice.js';
import { PageHeading, useScrollToHash, useTitle } from '../components/page.js';
import { useFormat } from '../format.js';
import { switchLanguage } from '../i18n/i18n.js';
import { useSession } from '../session.js';
import { useSubmit } from '../use-submit.js';
import { grantName, verificationName } from '../words.js';
import { FollowList, NotificationSettings } from './profile-community.js';
import { MyLifeRoles } from './services/my-roles.js';
import { MyPlaces } from './areas/my-places.js';
import { MyData } from './my-data.js';

const targets = {
  displayName: 'f-displayName',
  districtId: 'f-districtId',
  language: 'f-language',
  currentPassword: 'f-currentPassword',
  newPassword: 'f-newPassword',
};

/** The signed-in person's account: details, name/district/language, password, sign out. */
export function ProfilePage() {
  const { me } = useSession();
  // the page is behind RequireSignedIn; `me` is set
  return me ? <Profile me={me} key={me.id} /> : null;
}

function Profile({ me }: { me: Me }) {
  const { t } = useTranslation();
  const f = useFormat();
  const { update, signOut } = useSession();
  const districts = useDistricts();
  const departments = useDepartments();

  const [displayName, setDisplayName] = useState(me.displayName);
  const [districtId, setDistrictId] = useState(me.districtId ?? '');
  const [language, setLanguage] = useState<Language>(me.language);
  const [currentPassword, setCurrentPassword] = useState('');
  const [newPassword, setNewPassword] = useState('');
  const { busy, error, fail, run } = useSubmit();
  const [saved, setSaved] = useState<'profile' | 'password' | null>(null);
  useTitle(t('profile.title'), !!error);
  useScrollToHash(true);

  // the header's language switch changes the account's language too; keep the form in step
  useEffect(() => setLanguage(me.language), [me.language]);

  const districtOptions = [...(districts.data ?? [])].sort((a, b) => f.collator.compare(f.name(a), f.name(b))).map((d) => ({ value: d.id, label: f.name(d) }));
  const lookup = { departments: departments.data ?? [], districts: districts.data ?? [], name: f.name };

  function save(what: 'profile' | 'password', action: () => Promise<void>) {
    setSaved(null);
    void run(action, () => setSaved(what));
  }

  function saveProfile(e: FormEvent) {
    e.preventDefault();
    save('profile', async () => {
      const res = await api.PATCH('/api/me', { body: { displayName, districtId: districtId || null, language } });
      await switchLanguage(res.user.language, true);
      update(res.user);
    });
  }

  function changePassword(e: FormEvent) {
    e.preventDefault();
    save('password', async () => {
      await api.POST('/api/me/password', { body: { currentPassword, newPassword } });
      setCurrentPassword('');
      setNewPassword('');
    });
  }

  async function leave() {
    try {
      await signOut();
    } catch (err) {
      fail(err);
    }
  }

  return (
    <>
      <ErrorSummary error={error} targets={targets} codeFields={{ wrong_password: 'currentPassword' }} />
      <PageHeading>{t('profile.title')}</PageHeading>

      <dl className="summary-list">
        <div>
          <dt>{t('field.displayName')}</dt>
          <dd>{me.displayName}</dd>
        </div>
        <div>
          <dt>{t('field.email')}</dt>
          <dd>{me.email}</dd>
        </div>
        <div>
          <dt>{t('profile.verification')}</dt>
          <dd>{verificationName(t, me.verification)}</dd>
        </div>
        <div>
          <dt>{t('profile.roles')}</dt>
          <dd>
            {me.roles.length ? (
              <ul className="tags">
                {me.roles.map((g) => (
                  <li key={g.id}>
                    <Tag kind="accent">{grantName(t, g, lookup)}</Tag>
                  </li>
                ))}
              </ul>
            ) : (
              t('profile.noRoles')
            )}
          </dd>
        </div>
        <div>
          <dt>{t('profile.since')}</dt>
          <dd>{f.date(me.createdAt)}</dd>
        </div>
      </dl>
      <p>
        <Link to={`/people/${me.id}`}>{t('profile.publicPage')}</Link>
      </p>
      <ul className="verif-links">
        <li>
          <Link to="/profile/verification">{me.verification === 'verified' ? t('verification.title') : t('verification.profileLink')}</Link>
        </li>
        {me.roles.some((g) => g.role === 'verifier' || g.role === 'administrator') ? (
          <li>
            <Link to="/verify">{t('verification.deskLink')}</Link>
          </li>
        ) : null}
      </ul>

      <section aria-labelledby="details-title" className="section">
        <h2 id="details-title">{t('profile.detailsTitle')}</h2>
        {saved === 'profile' ? <Notice kind="success">{t('profile.saved')}</Notice> : null}
        <form onSubmit={saveProfile} noValidate className="form">
          <TextField
            id="f-displayName"
            label={t('field.displayName')}
            hint={t('register.nameHint')}
            value={displayName}
            onChange={setDisplayName}
            autoComplete="name"
            error={fieldMessage(error, 'displayName')}
          />
          <SelectField
            id="f-districtId"
            label={t('field.district')}
            hint={t('profile.districtHint')}
            value={districtId}
            onChange={setDistrictId}
            error={fieldMessage(error, 'districtId')}
            options={[{ value: '', label: t('profile.noDistrict') }, ...districtOptions]}
          />
          <SelectField
            id="f-language"
            label={t('field.language')}
            hint={t('profile.languageHint')}
            value={language}
            onChange={(v) => setLanguage(v === 'en' ? 'en' : 'ru')}
            error={fieldMessage(error, 'language')}
            options={[
              { value: 'ru', label: t('language.ru', { lng: 'ru' }) },
              { value: 'en', label: t('language.en', { lng: 'en' }) },
            ]}
          />
          <button className="button" type="submit" disabled={busy}>
            {t('profile.save')}
          </button>
        </form>
      </section>

      <MyLifeRoles />

      <section aria-labelledby="password-title" className="section">
        <h2 id="password-title">{t('profile.passwordTitle')}</h2>
        {saved === 'password' ? <Notice kind="success">{t('profile.passwordChanged')}</Notice> : null}
        <form onSubmit={changePassword} noValidate className="form">
          {/* tells password managers whose password this is */}
          <input type="email" name="username" autoComplete="username" value={me.email} readOnly hidden />
          <TextField
            id="f-currentPassword"
            type="password"
            label={t('field.currentPassword')}
            value={currentPassword}
            onChange={setCurrentPassword}
            autoComplete="current-password"
            width="medium"
            error={fieldMessage(error, 'currentPassword', { wrong_password: 'currentPassword' })}
          />
          <TextField
            id="f-newPassword"
            type="password"
            label={t('field.newPassword')}
            hint={t('field.passwordHint')}
            value={newPassword}
            onChange={setNewPassword}
            autoComplete="new-password"
            width="medium"
            error={fieldMessage(error, 'newPassword')}
          />
          <button className="button button--secondary" type="submit" disabled={busy}>
            {t('profile.changePassword')}
          </button>
        </form>
      </section>

      <NotificationSettings />
      <MyPlaces />
      <FollowList />
      <MyData />

      <section aria-labelledby="signout-title" className="section">
        <h2 id="signout-title">{t('profile.signOutTitle')}</h2>
        <p>{t('profile.signOutText')}</p>
        <button type="button" className="button button--secondary" onClick={() => void leave()}>
          {t('profile.signOut')}
        </button>
      </section>
    </>
  );
}
