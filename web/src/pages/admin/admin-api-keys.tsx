import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.js';
import { invalidate, useApiQuery } from '../../api/query.js';
import type { Schema } from '../../api/types.js';
import { ErrorSummary, fieldMessage } from '../../components/errors.js';
import { TextField } from '../../components/fields.js';
import { Notice, Tag } from '../../components/notice.js';
import { PageHeading, useTitle } from '../../components/page.js';
import { QueryView } from '../../components/query-view.js';
import { useFormat } from '../../format.js';
import { useSubmit } from '../../use-submit.js';
import { AdminNav } from './admin-nav.js';

type ApiKey = Schema<'Open311ApiKeyList'>['items'][number];

/**
 * Open311 API keys: create one for a client (the key is shown this once, with a copy button — the
 * server keeps only its hash), see when each was last used, revoke one.
 */
export function AdminApiKeysPage() {
  const { t } = useTranslation();
  const f = useFormat();
  const list = useApiQuery('/api/admin/api-keys');
  const [name, setName] = useState('');
  const [created, setCreated] = useState<{ key: string; name: string } | null>(null);
  const [copied, setCopied] = useState<'idle' | 'copied' | 'failed'>('idle');
  const add = useSubmit();
  const revoke = useSubmit();
  const [notice, setNotice] = useState<string | null>(null);
  useTitle(t('adminKeys.title'), !!add.error);

  const create = add.submit(
    () => api.POST('/api/admin/api-keys', { body: { name: name.trim() } }),
    (res) => {
      void invalidate('/api/admin/api-keys');
      setCreated({ key: res.key, name: res.apiKey.name });
      setCopied('idle');
      setName('');
      setNotice(null);
    },
  );

  async function copy() {
    if (!created) return;
    try {
      await navigator.clipboard.writeText(created.key);
      setCopied('copied');
    } catch {
      setCopied('failed');
    }
  }

  const doRevoke = (k: ApiKey) =>
    revoke.run(
      () => api.DELETE('/api/admin/api-keys/{id}', { params: { path: { id: k.id } } }),
      () => {
        void invalidate('/api/admin/api-keys');
        setNotice(t('adminKeys.revoked', { name: k.name }));
      },
    );

  return (
    <>
      <AdminNav />
      <PageHeading>{t('adminKeys.title')}</PageHeading>
      <p className="lead">{t('adminKeys.lead')}</p>
      <p>
        <a href="/open311/v2/discovery.json">{t('adminKeys.discovery')}</a>
      </p>

      {created ? (
        <div className="panel panel--success key-shown" role="status">
          <h2>{t('adminKeys.createdTitle', { name: created.name })}</h2>
          <p>{t('adminKeys.createdText')}</p>
          <label className="field__label" htmlFor="new-key">
            {t('adminKeys.key')}
          </label>
          <input id="new-key" className="input input--full key-shown__key" readOnly value={created.key} onFocus={(e) => e.target.select()} />
          <p>
            <button type="button" className="button" onClick={() => void copy()}>
              {t('adminKeys.copy')}
            </button>
            <span className="entity-action__note">{copied === 'copied' ? t('adminKeys.copied') : copied === 'failed' ? t('adminKeys.copyFailed') : ''}</span>
          </p>
        </div>
      ) : null}

      <section className="section" aria-labelledby="add-title">
        <h2 id="add-title">{t('adminKeys.addTitle')}</h2>
        <form className="form" onSubmit={create} noValidate aria-labelledby="add-title">
          <ErrorSummary id="add-errors" error={add.error} targets={{ name: 'f-name' }} />
          <TextField
            id="f-name"
            label={t('adminKeys.name')}
            hint={t('adminKeys.nameHint')}
            value={name}
            onChange={setName}
            maxLength={200}
            error={fieldMessage(add.error, 'name')}
          />
          <button type="submit" className="button" disabled={add.busy}>
            {t('adminKeys.create')}
          </button>
        </form>
      </section>

      <section className="section" aria-labelledby="keys-title">
        <h2 id="keys-title">{t('adminKeys.listTitle')}</h2>
        {notice ? <Notice kind="success" title={notice} /> : null}
        {revoke.error ? <Notice kind="error" title={revoke.error.message} /> : null}
        <QueryView query={list}>
          {({ items: shown }) =>
            shown.length ? (
              <div className="table-wrap" role="region" aria-labelledby="keys-title" tabIndex={0}>
                <table className="table table--stack table--dense">
                  <thead>
                    <tr>
                      <th scope="col">{t('adminKeys.name')}</th>
                      <th scope="col">{t('adminKeys.prefix')}</th>
                      <th scope="col">{t('adminKeys.created')}</th>
                      <th scope="col">{t('adminKeys.lastUsed')}</th>
                      <th scope="col">{t('admin.status')}</th>
                      <th scope="col">{t('admin.actions')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {shown.map((k) => (
                      <tr key={k.id}>
                        <th scope="row" className="break">
                          {k.name}
                        </th>
                        <td data-label={t('adminKeys.prefix')}>
                          <code>{k.prefix}…</code>
                        </td>
                        <td data-label={t('adminKeys.created')}>{f.date(k.createdAt)}</td>
                        <td data-label={t('adminKeys.lastUsed')}>{k.lastUsedAt ? f.dateTime(k.lastUsedAt) : t('adminKeys.never')}</td>
                        <td data-label={t('admin.status')}>
                          {k.revokedAt ? (
                            <Tag kind="neutral">{t('adminKeys.revokedOn', { date: f.date(k.revokedAt) })}</Tag>
                          ) : (
                            <Tag kind="success">{t('adminKeys.active')}</Tag>
                          )}
                        </td>
                        <td data-label={t('admin.actions')}>
                          {k.revokedAt ? null : (
                            <button
                              type="button"
                              className="button button--warning button--small"
                              disabled={revoke.busy}
                              aria-label={t('adminKeys.revokeLabel', { name: k.name })}
                              onClick={() => void doRevoke(k)}
                            >
                              {t('adminKeys.revoke')}
                            </button>
                          )}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            ) : (
              <p className="muted">{t('adminKeys.none')}</p>
            )
          }
        </QueryView>
      </section>
    </>
  );
}
