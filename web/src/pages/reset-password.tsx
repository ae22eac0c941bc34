import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { api } from '../api/client.js';
import { ErrorSummary, fieldMessage } from '../components/errors.js';
import { TextField } from '../components/fields.js';
import { PageHeading, useTitle } from '../components/page.js';
import { useSession } from '../session.js';
import { useSubmit } from '../use-submit.js';

/** Without a token: ask for a reset link. With `?token=`: choose a new password. */
export function ResetPasswordPage() {
  const [params] = useSearchParams();
  const token = params.get('token');
  return token ? <NewPassword token={token} /> : <RequestLink />;
}

function RequestLink() {
  const { t } = useTranslation();
  const [email, setEmail] = useState('');
  const { busy, error, submit } = useSubmit();
  const [sentTo, setSentTo] = useState<string | null>(null);
  useTitle(sentTo ? t('reset.sentTitle') : t('reset.requestTitle'), !!error);

  const request = submit(
    () => api.POST('/api/auth/password-reset/request', { body: { email: email.trim() } }),
    () => setSentTo(email.trim()),
  );

  if (sentTo) {
    return (
      <div className="narrow">
        <div className="panel panel--success">
          <PageHeading focusOnMount>{t('reset.sentTitle')}</PageHeading>
          <p className="panel__body">{t('reset.sentText', { email: sentTo })}</p>
        </div>
        <p>{t('reset.sentNext')}</p>
        <button type="button" className="button button--secondary" onClick={() => setSentTo(null)}>
          {t('reset.tryAgain')}
        </button>
      </div>
    );
  }

  return (
    <div className="narrow">
      <ErrorSummary error={error} targets={{ email: 'f-email' }} />
      <PageHeading>{t('reset.requestTitle')}</PageHeading>
      <p className="lead">{t('reset.requestLead')}</p>
      <form onSubmit={request} noValidate>
        <TextField
          id="f-email"
          type="email"
          label={t('field.email')}
          value={email}
          onChange={setEmail}
          autoComplete="email"
          error={fieldMessage(error, 'email')}
        />
        <button className="button" type="submit" disabled={busy}>
          {t('reset.requestSubmit')}
        </button>
      </form>
    </div>
  );
}

function NewPassword({ token }: { token: string }) {
  const { t } = useTranslation();
  const { refresh } = useSession();
  const [password, setPassword] = useState('');
  const { busy, error, submit } = useSubmit();
  const [done, setDone] = useState(false);
  useTitle(done ? t('reset.doneTitle') : t('reset.newTitle'), !!error);

  const choose = submit(
    () => api.POST('/api/auth/password-reset/confirm', { body: { token, password } }),
    () => {
      setDone(true);
      // every session of the account has ended, possibly this one
      void refresh();
    },
  );

  if (done) {
    return (
      <div className="narrow">
        <div className="panel panel--success">
          <PageHeading focusOnMount>{t('reset.doneTitle')}</PageHeading>
          <p className="panel__body">{t('reset.doneText')}</p>
        </div>
        <Link className="button" to="/login">
          {t('reset.toSignIn')}
        </Link>
      </div>
    );
  }

  const tokenProblem = error && ['token_invalid', 'token_expired', 'token_used'].includes(error.code);
  return (
    <div className="narrow">
      <ErrorSummary error={error} targets={{ password: 'f-password' }} />
      <PageHeading>{t('reset.newTitle')}</PageHeading>
      {tokenProblem ? (
        <p>
          <Link to="/reset-password">{t('reset.askNewLink')}</Link>
        </p>
      ) : null}
      <form onSubmit={choose} noValidate>
        <TextField
          id="f-password"
          type="password"
          label={t('field.newPassword')}
          hint={t('field.passwordHint')}
          value={password}
          onChange={setPassword}
          autoComplete="new-password"
          width="medium"
          error={fieldMessage(error, 'password')}
        />
        <button className="button" type="submit" disabled={busy}>
          {t('reset.newSubmit')}
        </button>
      </form>
    </div>
  );
}
