import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../../api/client.js';
import { invalidate, useApiQuery } from '../../api/query.js';
import type { Schema } from '../../api/types.js';
import { Notice, Tag } from '../../components/notice.js';
import { PageHeading, useTitle } from '../../components/page.js';
import { QueryView } from '../../components/query-view.js';
import { useFormat } from '../../format.js';
import { useSubmit } from '../../use-submit.js';
import { AdminNav } from './admin-nav.js';

const tagKind = { ok: 'success', missing: 'error', advice: 'warning' } as const;

/**
 * The city's setup checklist: every module's checks against the live database, ending with a report tried out end
 * to end — where the first administrator of an empty city starts, and where any administrator sees what is missing.
 */
export function AdminSetupPage() {
  const { t } = useTranslation();
  const f = useFormat();
  useTitle(t('setup.title'));
  const status = useApiQuery('/api/admin/setup');
  const finish = useSubmit();

  const complete = () =>
    finish.run(
      () => api.POST('/api/admin/setup/complete'),
      () => void invalidate('/api/admin/setup', '/api/site'),
    );

  return (
    <>
      <AdminNav />
      <PageHeading>{t('setup.title')}</PageHeading>
      <p className="lead">{t('setup.lead')}</p>
      <QueryView query={status}>
        {(s) => (
          <>
            <Notice kind={s.ready ? 'success' : 'warning'} title={s.ready ? t('setup.ready') : t('setup.notReady')} />
            <ol className="setup-list">
              {s.checks.map((c) => (
                <SetupItem key={c.id} check={c} />
              ))}
            </ol>
            <div className="form-actions">
              <button type="button" className="button button--secondary" onClick={() => void status.refetch()}>
                {t('setup.recheck')}
              </button>
              {s.completedAt ? null : (
                <button type="button" className="button" disabled={!s.ready || finish.busy} onClick={() => void complete()}>
                  {t('setup.complete')}
                </button>
              )}
            </div>
            <div aria-live="polite">
              {s.completedAt ? <Notice kind="success">{t('setup.completed', { at: f.dateTime(s.completedAt) })}</Notice> : null}
              {finish.error ? <Notice kind="error" title={finish.error.message} /> : null}
            </div>
          </>
        )}
      </QueryView>
    </>
  );
}

function SetupItem({ check }: { check: Schema<'SetupCheck'> }) {
  const { t } = useTranslation();
  return (
    <li className={`card setup-item setup-item--${check.state}`}>
      <div className="setup-item__head">
        <h2 className="setup-item__title">{check.title}</h2>
        <Tag kind={tagKind[check.state]}>{t(`setup.state.${check.state}`)}</Tag>
      </div>
      <p className="setup-item__detail">{check.detail}</p>
      {check.fix && check.state !== 'ok' ? (
        <p>
          <Link to={check.fix}>{t('setup.fix')}</Link>
        </p>
      ) : null}
    </li>
  );
}
