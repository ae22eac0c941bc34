import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { api } from '../api/client.js';
import type { Schema } from '../api/types.js';
import { ErrorSummary, fieldMessage } from '../components/errors.js';
import { RadioGroup, TextField } from '../components/fields.js';
import { Notice } from '../components/notice.js';
import { PageHeading, useTitle } from '../components/page.js';
import { useFormat } from '../format.js';
import { useSession } from '../session.js';
import { useSubmit } from '../use-submit.js';

type Content = 'anonymise' | 'remove';

/** The deletion's errors by the field they concern. */
const deleteTargets = { password: 'f-delete-password', code: 'f-delete-code' };
const deleteCodeFields = { wrong_password: 'password', password_required: 'password', code_required: 'code', code_invalid: 'code', code_expired: 'code' };

/**
 * The profile's "My data": download everything kept about me (a ZIP from GET /api/me/data), and delete my account with
 * my choice for what I wrote, confirmed by my password — or, for an account without one (made through an identity
 * provider), by a code mailed to me; after the deletion the browser goes to /account-deleted, signed out.
 */
export function MyData() {
  const { t } = useTranslation();
  const { me } = useSession();
  const format = useFormat();
  const byCode = me?.hasPassword === false;
  const [content, setContent] = useState<Content>('anonymise');
  const [password, setPassword] = useState('');
  const [code, setCode] = useState('');
  const [sent, setSent] = useState<Schema<'AccountDeletionCodeSent'> | null>(null);
  const { busy, error, run } = useSubmit();

  function sendCode() {
    void run(() => api.POST('/api/me/account/deletion-code', {}), setSent);
  }

  function remove(e: FormEvent) {
    e.preventDefault();
    void run(
      () => api.POST('/api/me/account/delete', { body: byCode ? { code, content } : { password, content } }),
      // a full load: the session (its cookie already cleared by the server) is read afresh, signed out
      (done) => window.location.assign(`/account-deleted?reference=${encodeURIComponent(done.reference)}`),
      { leaving: true },
    );
  }

  return (
    <section aria-labelledby="my-data-title" className="section" id="my-data">
      <h2 id="my-data-title">{t('profile.myData.title')}</h2>
      <p>{t('profile.myData.lead')}</p>
      <p>
        <a className="button button--secondary" href="/api/me/data" download>
          {t('profile.myData.download')}
        </a>
      </p>
      <p className="hint">{t('profile.myData.downloadHint')}</p>
      <p>
        <Link to="/privacy">{t('profile.myData.privacyLink')}</Link>
      </p>
      <h3 id="delete-account-title">{t('profile.myData.deleteTitle')}</h3>
      <ErrorSummary id="delete-account-errors" error={error} targets={deleteTargets} codeFields={deleteCodeFields} />
      <Notice kind="warning">{t('profile.myData.deleteWarning')}</Notice>
      <form onSubmit={remove} noValidate className="form" aria-labelledby="delete-account-title">
        <RadioGroup
          idPrefix="f-delete-content"
          legend={t('profile.myData.content')}
          value={content}
          onChange={(v) => setContent(v === 'remove' ? 'remove' : 'anonymise')}
          options={[
            { value: 'anonymise', label: t('profile.myData.content.anonymise') },
            { value: 'remove', label: t('profile.myData.content.remove') },
          ]}
        />
        {byCode ? (
          <>
            <p>{t('profile.myData.codeLead', { email: me.email })}</p>
            <p>
              <button className="button button--secondary" type="button" onClick={sendCode} disabled={busy}>
                {t(sent ? 'profile.myData.sendCodeAgain' : 'profile.myData.sendCode')}
              </button>
            </p>
            {sent ? (
              <p role="status" data-testid="delete-code-sent">
                {t('profile.myData.codeSent', { email: sent.sentTo, time: format.dateTime(sent.expiresAt) })}
              </p>
            ) : null}
            <TextField
              id="f-delete-code"
              label={t('profile.myData.code')}
              value={code}
              onChange={setCode}
              autoComplete="one-time-code"
              spellCheck={false}
              maxLength={32}
              width="medium"
              error={fieldMessage(error, 'code', deleteCodeFields)}
            />
          </>
        ) : (
          <TextField
            id="f-delete-password"
            type="password"
            label={t('profile.myData.password')}
            value={password}
            onChange={setPassword}
            autoComplete="current-password"
            width="medium"
            error={fieldMessage(error, 'password', deleteCodeFields)}
          />
        )}
        <button className="button button--warning" type="submit" disabled={busy}>
          {t('profile.myData.deleteButton')}
        </button>
      </form>
    </section>
  );
}

/** Where a person lands after deleting their account: signed out, told it is done, with the deletion's public reference. */
export function AccountDeletedPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const reference = params.get('reference');
  useTitle(t('profile.myData.deletedTitle'));
  return (
    <div className="narrow">
      <PageHeading>{t('profile.myData.deletedTitle')}</PageHeading>
      <Notice kind="success">
        <p>{t('profile.myData.deletedText')}</p>
        {reference ? <p>{t('profile.myData.deletedReference', { reference })}</p> : null}
      </Notice>
      <p>
        <Link to="/">{t('profile.myData.deletedHome')}</Link>
      </p>
    </div>
  );
}
