import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../../api/client.js';
import { invalidate, useApiQuery } from '../../api/query.js';
import { ErrorSummary } from '../../components/errors.js';
import { Tag } from '../../components/notice.js';
import { PageHeading, useTitle } from '../../components/page.js';
import { QueryView } from '../../components/query-view.js';
import { useSubmit } from '../../use-submit.js';
import { AdminNav } from '../admin/admin-nav.js';
import { ReasonForm } from './group-bits.js';
import './groups.css';

/** Administrators verify organisations and public figures' pages (or refuse them with a reason), oldest first. */
export function AdminGroupsPage() {
  const { t } = useTranslation();
  useTitle(t('groups.adminTitle'));
  const pending = useApiQuery('/api/groups/pending');
  const [refusing, setRefusing] = useState<string | null>(null);
  const { busy, error, run } = useSubmit();
  const refresh = () => invalidate('/api/groups/pending', '/api/groups');
  return (
    <>
      <AdminNav />
      <PageHeading>{t('groups.adminTitle')}</PageHeading>
      <p className="lead">{t('groups.admin.lead')}</p>
      <ErrorSummary error={error} id="verify-errors" />
      <QueryView query={pending}>
        {({ items }) =>
          items.length ? (
            <ul className="group-list">
              {items.map((g) => (
                <li className="group-card" key={g.id}>
                  <div className="group-card__text">
                    <p className="group-card__kind">
                      <Tag kind="accent">{t(`groups.kind.${g.kind}`)}</Tag>
                    </p>
                    <h2 className="group-card__name">
                      <Link to={`/groups/${g.id}`}>{g.name}</Link>
                    </h2>
                    <p className="group-card__excerpt">{g.excerpt}</p>
                    <div className="group-actions">
                      <button
                        className="button button--small"
                        type="button"
                        disabled={busy}
                        onClick={() =>
                          void run(() => api.POST('/api/groups/{id}/verify', { params: { path: { id: g.id } }, body: { approve: true } }), refresh)
                        }
                      >
                        {t('groups.admin.verify', { name: g.name })}
                      </button>
                      <button
                        className="button button--secondary button--small"
                        type="button"
                        aria-expanded={refusing === g.id}
                        onClick={() => setRefusing(g.id)}
                      >
                        {t('groups.admin.refuse', { name: g.name })}
                      </button>
                    </div>
                    {refusing === g.id ? (
                      <ReasonForm
                        id={`refuse-${g.id}`}
                        title={t('groups.admin.refuse', { name: g.name })}
                        submitLabel={t('groups.admin.refuse', { name: g.name })}
                        onCancel={() => setRefusing(null)}
                        onSend={async (reason) => {
                          await api.POST('/api/groups/{id}/verify', { params: { path: { id: g.id } }, body: { approve: false, reason } });
                          setRefusing(null);
                          await refresh();
                        }}
                      />
                    ) : null}
                  </div>
                </li>
              ))}
            </ul>
          ) : (
            <p>{t('groups.admin.none')}</p>
          )
        }
      </QueryView>
    </>
  );
}
