import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { api } from '../api/client.js';
import { ErrorSummary } from '../components/errors.js';
import { PageHeading, useTitle } from '../components/page.js';
import { useSession } from '../session.js';
import { useSubmit } from '../use-submit.js';

/**
 * The link at the bottom of every notification mail: one button stops the mails, without signing
 * in (the token in the link says whose). A button, not an automatic action on opening the page,
 * so mail scanners that follow links do not unsubscribe anyone.
 */
export function UnsubscribePage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const token = params.get('token');
  const { me } = useSession();
  const { busy, error, run } = useSubmit();
  const [done, setDone] = useState(false);
  useTitle(done ? t('unsubscribe.doneTitle') : t('unsubscribe.title'), !!error);

  const unsubscribe = () =>
    run(
      () => api.POST('/api/notifications/unsubscribe', { body: { token: token ?? '' } }),
      () => setDone(true),
    );

  if (done) {
    return (
      <div className="narrow">
        <div className="panel panel--success">
          <PageHeading focusOnMount>{t('unsubscribe.doneTitle')}</PageHeading>
          <p className="panel__body">{t('unsubscribe.doneText')}</p>
        </div>
        <p>{t('unsubscribe.doneNext')}</p>
        <Link className="button button--secondary" to={me ? '/profile#notifications-title' : `/login?next=${encodeURIComponent('/profile')}`}>
          {t('unsubscribe.toSettings')}
        </Link>
      </div>
    );
  }

  return (
    <div className="narrow">
      <ErrorSummary error={error} />
      <PageHeading>{t('unsubscribe.title')}</PageHeading>
      {token ? (
        <>
          <p>{t('unsubscribe.text')}</p>
          <button type="button" className="button" disabled={busy} onClick={() => void unsubscribe()}>
            {t('unsubscribe.button')}
          </button>
          <p className="muted">{t('unsubscribe.inApp')}</p>
        </>
      ) : (
        <>
          <p>{t('unsubscribe.noToken')}</p>
          <Link className="button button--secondary" to={me ? '/profile' : `/login?next=${encodeURIComponent('/profile')}`}>
            {t('unsubscribe.toSettings')}
          </Link>
        </>
      )}
    </div>
  );
}
