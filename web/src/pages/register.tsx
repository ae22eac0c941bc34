import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../api/client.js';
import { ErrorSummary, fieldMessage } from '../components/errors.js';
import { TextField } from '../components/fields.js';
import { Notice } from '../components/notice.js';
import { PageHeading, useTitle } from '../components/page.js';
import { currentLanguage } from '../i18n/i18n.js';
import { useSubmit } from '../use-submit.js';

const targets = { displayName: 'f-displayName', email: 'f-email', password: 'f-password' };

/** Create an account; on success, the "check your mail" page with a way to get the mail again. */
export function RegisterPage() {
  const { t } = useTranslation();
  const [displayName, setDisplayName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const { busy, error, submit } = useSubmit();
  const [sentTo, setSentTo] = useState<string | null>(null);
  useTitle(sentTo ? t('register.sentTitle') : t('register.title'), !!error);

  const register = submit(
    () => api.POST('/api/auth/register', { body: { email: email.trim(), password, displayName, language: currentLanguage() } }),
    (res) => setSentTo(res.email),
  );

  if (sentTo) return <CheckYourMail email={sentTo} />;

  return (
    <div className="narrow">
      <ErrorSummary error={error} targets={targets} />
      <PageHeading>{t('register.title')}</PageHeading>
      <p className="lead">{t('register.lead')}</p>
      <form onSubmit={register} noValidate>
        <TextField
          id="f-displayName"
          label={t('field.displayName')}
          hint={t('register.nameHint')}
          value={displayName}
          onChange={setDisplayName}
          autoComplete="name"
          error={fieldMessage(error, 'displayName')}
        />
        <TextField
          id="f-email"
          type="email"
          label={t('field.email')}
          hint={t('register.emailHint')}
          value={email}
          onChange={setEmail}
          autoComplete="email"
          error={fieldMessage(error, 'email')}
        />
        <TextField
          id="f-password"
          type="password"
          label={t('field.password')}
          hint={t('field.passwordHint')}
          value={password}
          onChange={setPassword}
          autoComplete="new-password"
          width="medium"
          error={fieldMessage(error, 'password')}
        />
        <button className="button" type="submit" disabled={busy}>
          {t('register.submit')}
        </button>
      </form>
      <p>
        {t('register.haveAccount')} <Link to="/login">{t('register.signInLink')}</Link>
      </p>
      <p>
        <Link to="/privacy">{t('register.privacyLink')}</Link>
      </p>
    </div>
  );
}

/** After registering: where the link went, how long it works, and "send it again". */
function CheckYourMail({ email }: { email: string }) {
  const { t } = useTranslation();
  const [resent, setResent] = useState(false);
  const { error, run } = useSubmit();
  const resend = () =>
    run(
      () => api.POST('/api/auth/resend-confirmation', { body: { email } }),
      () => setResent(true),
    );

  return (
    <div className="narrow">
      <ErrorSummary error={error} />
      <div className="panel panel--success">
        <PageHeading focusOnMount>{t('register.sentTitle')}</PageHeading>
        <p className="panel__body">{t('register.sentText', { email })}</p>
      </div>
      <p>{t('register.sentNext')}</p>
      <h2>{t('register.noMailTitle')}</h2>
      <p>{t('register.noMailText')}</p>
      {resent ? <Notice kind="success">{t('register.resent', { email })}</Notice> : null}
      <button type="button" className="button button--secondary" onClick={() => void resend()}>
        {t('register.resend')}
      </button>
    </div>
  );
}
