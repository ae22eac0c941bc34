import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { api } from '../../api/client.js';
import { invalidate, useApiQuery } from '../../api/query.js';
import { Notice, Tag } from '../../components/notice.js';
import { PageHeading, useTitle } from '../../components/page.js';
import { QueryView } from '../../components/query-view.js';
import { useFormat } from '../../format.js';
import { useSubmit } from '../../use-submit.js';
import { AdminNav } from './admin-nav.js';

const pageSize = 25;

/** Outgoing mail, newest first: how a city without SMTP reads what Gorod sent. */
export function AdminOutboxPage() {
  const { t } = useTranslation();
  const f = useFormat();
  useTitle(t('admin.outboxTitle'));
  const [params] = useSearchParams();
  const offset = Math.max(0, Math.floor(Number(params.get('offset')) || 0));
  const list = useApiQuery('/api/admin/outbox', { query: { limit: pageSize, offset } });
  const digest = useSubmit();
  const [mailed, setMailed] = useState<number | null>(null);

  const sendDigests = () => {
    setMailed(null);
    return digest.run(
      () => api.POST('/api/admin/notifications/digest'),
      (res) => {
        setMailed(res.mailed);
        void invalidate('/api/admin/outbox');
      },
    );
  };

  return (
    <>
      <AdminNav />
      <PageHeading>{t('admin.outboxTitle')}</PageHeading>
      <section aria-labelledby="digest-title" className="digest-box">
        <h2 id="digest-title">{t('admin.digestTitle')}</h2>
        <p>{t('admin.digestText')}</p>
        <button type="button" className="button button--secondary" disabled={digest.busy} onClick={() => void sendDigests()}>
          {t('admin.digestSend')}
        </button>
        <div aria-live="polite">
          {mailed !== null ? <Notice kind="success">{t('admin.digestDone', { count: mailed })}</Notice> : null}
          {digest.error ? <Notice kind="error" title={digest.error.message} /> : null}
        </div>
      </section>
      <QueryView query={list}>
        {({ items, mode }) => (
          <>
            <Notice>{mode === 'files' ? t('admin.modeFiles') : t('admin.modeSmtp')}</Notice>
            {items.length === 0 ? <p>{t('admin.outboxEmpty')}</p> : null}
            <ol className="mail-list">
              {items.map((m) => (
                <li className="card mail" key={m.id}>
                  <h2 className="mail__subject">{m.subject}</h2>
                  <dl className="mail__meta">
                    <div>
                      <dt>{t('admin.mailTo')}</dt>
                      <dd className="break">{m.to}</dd>
                    </div>
                    <div>
                      <dt>{t('admin.mailCreated')}</dt>
                      <dd>{f.dateTime(m.createdAt)}</dd>
                    </div>
                    <div>
                      <dt>{t('admin.status')}</dt>
                      <dd>
                        {m.sentAt ? (
                          <Tag kind="success">{t('admin.mailSent', { at: f.dateTime(m.sentAt) })}</Tag>
                        ) : m.lastError ? (
                          <Tag kind="error">{t('admin.mailFailed', { count: m.attempts })}</Tag>
                        ) : (
                          <Tag kind="warning">{t('admin.mailQueued')}</Tag>
                        )}
                      </dd>
                    </div>
                    {m.deliveredAs ? (
                      <div>
                        <dt>{mode === 'files' ? t('admin.mailFile') : t('admin.mailMessageId')}</dt>
                        <dd className="break">
                          <code>{m.deliveredAs}</code>
                        </dd>
                      </div>
                    ) : null}
                    {m.lastError ? (
                      <div>
                        <dt>{t('admin.mailError')}</dt>
                        <dd className="break">{m.lastError}</dd>
                      </div>
                    ) : null}
                  </dl>
                  <details className="details">
                    <summary>{t('admin.mailText')}</summary>
                    {/* plain text, rendered as text: React escapes it */}
                    <pre className="mail__text">{m.text}</pre>
                  </details>
                </li>
              ))}
            </ol>
            {offset > 0 || items.length === pageSize ? (
              <nav className="pagination" aria-label={t('admin.pages')}>
                {offset > 0 ? (
                  <Link className="button button--secondary" to={offset - pageSize > 0 ? `?offset=${offset - pageSize}` : '?'}>
                    {t('admin.newer')}
                  </Link>
                ) : null}
                {items.length === pageSize ? (
                  <Link className="button button--secondary" to={`?offset=${offset + pageSize}`}>
                    {t('admin.older')}
                  </Link>
                ) : null}
              </nav>
            ) : null}
          </>
        )}
      </QueryView>
    </>
  );
}
