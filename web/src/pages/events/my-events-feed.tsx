import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.js';
import { invalidate, useApiQuery } from '../../api/query.js';
import { useConfirm } from '../../components/confirm-dialog.js';
import { Notice } from '../../components/notice.js';
import { QueryView } from '../../components/query-view.js';
import { useFormat } from '../../format.js';
import { useSubmit } from '../../use-submit.js';

/**
 * The personal calendar feed: a secret link a calendar app subscribes to, with the events I registered for. The link
 * is shown once, when made (the server keeps only its hash); making a new one stops the old, revoking stops it.
 */
export function CalendarFeed() {
  const { t } = useTranslation();
  const f = useFormat();
  const feed = useApiQuery('/api/me/events/feed');
  const [made, setMade] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);
  const { busy, error, run } = useSubmit();
  const { ask, dialog } = useConfirm();

  const create = () =>
    run(
      () => api.POST('/api/me/events/feed'),
      (res) => {
        setMade(res.url);
        setCopied(false);
        void invalidate('/api/me/events/feed');
      },
    );

  async function replace() {
    if (!(await ask({ title: t('myEvents.feed.replaceTitle'), body: <p>{t('myEvents.feed.replaceText')}</p>, confirm: t('myEvents.feed.replace') }))) return;
    await create();
  }

  async function revoke() {
    if (!(await ask({ title: t('myEvents.feed.revokeTitle'), body: <p>{t('myEvents.feed.revokeText')}</p>, confirm: t('myEvents.feed.revoke') }))) return;
    await run(
      () => api.DELETE('/api/me/events/feed'),
      () => {
        setMade(null);
        void invalidate('/api/me/events/feed');
      },
    );
  }

  async function copy(url: string) {
    try {
      await navigator.clipboard.writeText(url);
      setCopied(true);
    } catch {
      // no clipboard (an insecure page, a refusal): the link is selectable in its box
      setCopied(false);
    }
  }

  return (
    <section className="section ev-feed" aria-labelledby="ev-feed-title">
      <h2 id="ev-feed-title">{t('myEvents.feed.title')}</h2>
      <p>{t('myEvents.feed.text')}</p>
      {error ? <Notice kind="error" title={error.message} /> : null}
      {made ? (
        <Notice kind="success" title={t('myEvents.feed.madeTitle')}>
          <p>{t('myEvents.feed.madeText')}</p>
          <label className="field__label" htmlFor="ev-feed-url">
            {t('myEvents.feed.link')}
          </label>
          <input className="input ev-feed__url" id="ev-feed-url" readOnly value={made} onFocus={(e) => e.target.select()} />
          <p>
            <button type="button" className="button button--secondary button--small" onClick={() => void copy(made)}>
              {t('myEvents.feed.copy')}
            </button>{' '}
            <span role="status">{copied ? t('myEvents.feed.copied') : ''}</span>
          </p>
        </Notice>
      ) : null}
      <QueryView query={feed}>
        {(state) =>
          state.exists ? (
            <>
              {made ? null : <p>{t('myEvents.feed.exists', { date: state.createdAt ? f.date(state.createdAt) : '' })}</p>}
              <p className="ev-feed__actions">
                <button type="button" className="button button--secondary" disabled={busy} onClick={() => void replace()}>
                  {t('myEvents.feed.replace')}
                </button>
                <button type="button" className="button button--secondary" disabled={busy} onClick={() => void revoke()}>
                  {t('myEvents.feed.revoke')}
                </button>
              </p>
            </>
          ) : (
            <button type="button" className="button" disabled={busy} onClick={() => void create()}>
              {t('myEvents.feed.create')}
            </button>
          )
        }
      </QueryView>
      {dialog}
    </section>
  );
}
