import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { api } from '../api/client.js';
import { useApiQuery } from '../api/query.js';
import { ErrorSummary, fieldMessage } from '../components/errors.js';
import { TextField } from '../components/fields.js';
import { Notice } from '../components/notice.js';
import { PageHeading, useTitle } from '../components/page.js';
import { useSession } from '../session.js';
import { useSubmit } from '../use-submit.js';
import { oidcSignInHref } from './oidc-links.js';

const targets = { email: 'f-email', password: 'f-password' };

/** The codes the identity provider's sign-in sends back in `?verificationError=` (others read as `oidc_failed`). */
const signInErrors = [
  'oidc_state',
  'oidc_denied',
  'oidc_failed',
  'oidc_email_unverified',
  'oidc_email_taken',
  'identity_already_used',
  'verification_method_disabled',
  'verification_oidc_not_configured',
] as const;
type SignInError = (typeof signInErrors)[number];
const signInErrorOf = (code: string): SignInError => ((signInErrors as readonly string[]).includes(code) ? (code as SignInError) : 'oidc_failed');

/** Only a path inside this site may be the place to return to after signing in. */
export function safeNext(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/\\') ? next : '/profile';
}

/**
 * Sign in with e-mail and password; an unconfirmed address gets a "send the link again" button. When
 * the city offers its identity provider, "Sign in with …" too, and what went wrong there, in words.
 */
export function LoginPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const { me, signedIn } = useSession();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const { busy, error, fail, submit } = useSubmit();
  const [resent, setResent] = useState<string | null>(null);
  // the identity provider's button waits for the answer; the form does not
  const offered = useApiQuery('/api/verification/methods').data;
  const providerError = params.get('verificationError');
  // the person with an account for that e-mail signs in with the password, then verifies from the profile
  const next = safeNext(params.get('next') ?? (providerError === 'oidc_email_taken' ? '/profile/verification' : null));
  const provider = offered?.oidcName ?? t('verification.signIn.genericProvider');
  useTitle(t('login.title'), !!error || !!providerError);

  const signIn = submit(
    async () => {
      setResent(null);
      await signedIn(await api.POST('/api/auth/login', { body: { email: email.trim(), password } }));
    },
    () => void navigate(next),
    { leaving: true },
  );

  // not through `run`: on success the error (whose notice holds this button) stays, the form stays usable
  async function resend() {
    try {
      await api.POST('/api/auth/resend-confirmation', { body: { email: email.trim() } });
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
      {providerError && !error ? (
        <Notice kind="error" title={t('verification.signIn.errorTitle', { provider })}>
          <p>{t(`verification.signInError.${signInErrorOf(providerError)}`, { provider })}</p>
        </Notice>
      ) : null}
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
        <TextField
          id="f-email"
          type="email"
          label={t('field.email')}
          value={email}
          onChange={setEmail}
          autoComplete="username"
          error={fieldMessage(error, 'email')}
        />
        <TextField
          id="f-password"
          type="password"
          label={t('field.password')}
          value={password}
          onChange={setPassword}
          autoComplete="current-password"
          width="medium"
          error={fieldMessage(error, 'password', { invalid_credentials: 'password' })}
        />
        <button className="button" type="submit" disabled={busy}>
          {t('login.submit')}
        </button>
      </form>
      {offered?.methods.includes('oidc') ? (
        <div className="signin-alt">
          <p className="signin-alt__or">{t('verification.signIn.or')}</p>
          <a className="button button--secondary" href={oidcSignInHref(next)}>
            {t('verification.signIn.with', { provider })}
          </a>
          <p className="muted">{t('verification.signIn.hint', { provider })}</p>
        </div>
      ) : null}
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
