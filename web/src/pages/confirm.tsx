import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { api, type ApiError } from '../api/client.js';
import { asApiError, ErrorSummary, fieldMessage } from '../components/errors.js';
import { TextField } from '../components/fields.js';
import { Notice } from '../components/notice.js';
import { Loading, PageHeading, useTitle } from '../components/page.js';
import { useSession } from '../session.js';
import { useSubmit } from '../use-submit.js';

type State = { kind: 'working' } | { kind: 'done'; name: string } | { kind: 'failed'; error: ApiError } | { kind: 'no-token' };

/** Opens the link from the confirmation mail: confirms the e-mail and signs the person in. */
export function ConfirmPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const token = params.get('token');
  const { signedIn } = useSession();
  const [state, setState] = useState<State>(token ? { kind: 'working' } : { kind: 'no-token' });
  const sent = useRef<string | null>(null);

  useEffect(() => {
    // a token works once: never send it twice (React may run effects twice in development)
    if (!token || sent.current === token) return;
    sent.current = token;
    setState({ kind: 'working' });
    api
      .POST('/api/auth/confirm', { body: { token } })
      .then(async (res) => {
        await signedIn(res);
        setState({ kind: 'done', name: res.user.displayName });
      })
      .catch((err: unknown) => setState({ kind: 'failed', error: asApiError(err, t('errors.unexpected')) }));
  }, [token, signedIn, t]);

  const title = state.kind === 'done' ? t('confirm.doneTitle') : state.kind === 'failed' ? t('confirm.failedTitle') : t('confirm.title');
  useTitle(title, state.kind === 'failed');

  if (state.kind === 'working') {
    return (
      <div className="narrow">
        <PageHeading>{t('confirm.title')}</PageHeading>
        <Loading label={t('confirm.working')} />
      </div>
    );
  }
  if (state.kind === 'done') {
    return (
      <div className="narrow">
        <div className="panel panel--success">
          <PageHeading focusOnMount>{t('confirm.doneTitle')}</PageHeading>
          <p className="panel__body">{t('confirm.doneText', { name: state.name })}</p>
        </div>
        <p>{t('confirm.doneNext')}</p>
        <Link className="button" to="/profile">
          {t('confirm.toProfile')}
        </Link>
      </div>
    );
  }
  return (
    <div className="narrow">
      {state.kind === 'failed' ? <ErrorSummary error={state.error} /> : null}
      <PageHeading>{state.kind === 'failed' ? t('confirm.failedTitle') : t('confirm.title')}</PageHeading>
      {state.kind === 'no-token' ? <p>{t('confirm.noToken')}</p> : null}
      <ResendForm />
    </div>
  );
}

/** "Send me a new link": the same answer whether or not the address has an account. */
export function ResendForm() {
  const { t } = useTranslation();
  const [email, setEmail] = useState('');
  const [sentTo, setSentTo] = useState<string | null>(null);
  const { busy, error, submit } = useSubmit();
  const resend = submit(
    () => api.POST('/api/auth/resend-confirmation', { body: { email: email.trim() } }),
    () => setSentTo(email.trim()),
  );

  return (
    <section aria-labelledby="resend-title" className="section">
      <h2 id="resend-title">{t('confirm.resendTitle')}</h2>
      <ErrorSummary error={error} targets={{ email: 'f-resend-email' }} />
      {sentTo ? <Notice kind="success">{t('confirm.resent', { email: sentTo })}</Notice> : null}
      <form onSubmit={resend} noValidate>
        <TextField
          id="f-resend-email"
          type="email"
          label={t('field.email')}
          value={email}
          onChange={setEmail}
          autoComplete="email"
          error={fieldMessage(error, 'email')}
        />
        <button className="button button--secondary" type="submit" disabled={busy}>
          {t('confirm.resend')}
        </button>
      </form>
    </section>
  );
}
