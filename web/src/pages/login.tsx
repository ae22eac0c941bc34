import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { api, type MeResponse } from '../api.js';
import { ErrorSummary, fieldMessage } from '../components/errors.js';
import { TextField } from '../components/fields.js';
import { Notice } from '../components/notice.js';
import { PageHeading, useTitle } from '../components/page.js';
import { useSession } from '../session.js';
import { useSubmit } from '../use-submit.js';

const targets = { email: 'f-email', password: 'f-password' };

/** Only a path inside this site may be the place to return to after signing in. */
export function safeNext(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/\\') ? next : '/profile';
}

/** Sign in with e-mail and password; an unconfirmed address gets a "send the link again" button. */
export function LoginPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const { me, signedIn } = useSession();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const { busy, error, fail, submit } = useSubmit();
  const [resent, setResent] = useState<string | null>(null);
  useTitle(t('login.title'), !!error);

  const signIn = submit(
    async () => {
      setResent(null);
      await signedIn(await api<MeResponse>('POST', '/api/auth/login', { email: email.trim(), password }));
    },
    () => void navigate(safeNext(params.get('next'))),
    { leaving: true },
  );

  // not through `run`: on success the error (whose notice holds this button) stays, the form stays usable
  async function resend() {
    try {
      await api('POST', '/api/auth/resend-confirmation', { email: email.trim() });
      setResent(email.trim());
    } catch (err) {
      fail(err);
    }
  }

  return (
    <div className="narrow">
      <ErrorSummary error={error} targets={targets} codeFields={{ invalid_credentials: 'password' }} />
      <PageHeading>{t('login.title')}</PageHeading>
      {me && !busy ? <Notice>{t('login.already', { name: me.displayName })}</Notice> : null}
      {error?.code === 'email_not_confirmed' ? (
        <Notice kind="warning" title={t('login.unconfirmedTitle')}>
          <p>{t('login.unconfirmedText')}</p>
          {resent ? (
            <p role="status">{t('confirm.resent', { email: resent })}</p>
          ) : (
            <button type="button" className="button button--secondary" onClick={() => void resend()}>
              {t('confirm.resend')}
            </button>
          )}
        </Notice>
      ) : null}
      <form onSubmit={signIn} noValidate>
        <TextField id="f-email" type="email" label={t('field.email')} value={email} onChange={setEmail} autoComplete="username" error={fieldMessage(error, 'email')} />
        <TextField id="f-password" type="password" label={t('field.password')} value={password} onChange={setPassword} autoComplete="current-password" width="medium" error={fieldMessage(error, 'password', { invalid_credentials: 'password' })} />
        <button className="button" type="submit" disabled={busy}>
          {t('login.submit')}
        </button>
      </form>
      <ul className="links">
        <li>
          <Link to="/reset-password">{t('login.forgot')}</Link>
        </li>
        <li>
          <Link to="/register">{t('login.noAccount')}</Link>
        </li>
      </ul>
    </div>
  );
}
