import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { roles, scopeTypes } from '@server/core/auth/actor.js';
import { api } from '../api/client.js';
import { useDepartments, useDistricts } from '../api/lists.js';
import { useApiQuery } from '../api/query.js';
import type { Schema } from '../api/types.js';
import { Notice } from '../components/notice.js';
import { Loading, PageHeading, useTitle } from '../components/page.js';
import { QueryView } from '../components/query-view.js';
import { useFormat } from '../format.js';
import { useSubmit } from '../use-submit.js';
import { grantName } from '../words.js';

type AuditEntry = Schema<'AuditPage'>['items'][number];
type AuditVerification = Schema<'AuditVerification'>;

const pageSize = 50;
const knownActions = [
  'role.granted',
  'role.revoked',
  'user.blocked',
  'user.unblocked',
  'moderation.hidden',
  'moderation.restored',
  'moderation.dismissed',
] as const;

function actionName(t: TFunction, action: string): string {
  return (knownActions as readonly string[]).includes(action) ? t(`audit.action.${action as (typeof knownActions)[number]}`) : action;
}

/** An audit entry's data is any JSON: a role or scope in it is read only when it is one the server knows. */
const isOneOf = <T extends string>(list: readonly T[], v: unknown): v is T => typeof v === 'string' && (list as readonly string[]).includes(v);

const short = (s: string | null) => (s ? `${s.slice(0, 8)}…` : '—');

/** The public audit log, newest first, and a button that checks the whole hash chain. */
export function AuditPage() {
  const { t } = useTranslation();
  const f = useFormat();
  useTitle(t('audit.title'));
  const [pages, setPages] = useState<AuditEntry[][]>([]);
  const first = useApiQuery('/api/audit', { query: { limit: pageSize } });
  const departments = useDepartments();
  const districts = useDistricts();
  const { error: moreError, run: runMore } = useSubmit();
  const { busy: verifying, error: verifyError, setError: setVerifyError, run: runVerify } = useSubmit();
  const [result, setResult] = useState<AuditVerification | null>(null);

  const entries = [...(first.data?.items ?? []), ...pages.flat()];
  const last = entries.at(-1);
  const lastPage = pages.length ? pages.at(-1)! : (first.data?.items ?? []);
  const mayHaveMore = lastPage.length === pageSize && (last?.seq ?? 0) > 1;
  const lookup = { departments: departments.data ?? [], districts: districts.data ?? [], name: f.name };

  async function loadMore() {
    if (!last) return;
    await runMore(
      () => api.GET('/api/audit', { params: { query: { limit: pageSize, before: last.seq } } }),
      (res) => setPages((p) => [...p, res.items]),
    );
  }

  function verify() {
    setResult(null);
    setVerifyError(null);
    return runVerify(() => api.GET('/api/audit/verify'), setResult);
  }

  function describe(e: AuditEntry): string {
    const d = e.data;
    if ((e.action === 'role.granted' || e.action === 'role.revoked') && isOneOf(roles, d.role) && isOneOf(scopeTypes, d.scopeType)) {
      return grantName(t, { role: d.role, scopeType: d.scopeType, scopeId: typeof d.scopeId === 'string' ? d.scopeId : null }, lookup);
    }
    const pairs = Object.entries(d).filter(([, v]) => v !== null && typeof v !== 'object');
    return pairs.map(([k, v]) => `${k}: ${String(v)}`).join(', ');
  }

  return (
    <>
      <PageHeading>{t('audit.title')}</PageHeading>
      <p className="lead">{t('audit.lead')}</p>
      <p>{t('audit.how')}</p>

      <section aria-labelledby="verify-title" className="section">
        <h2 id="verify-title">{t('audit.verifyTitle')}</h2>
        <p>{t('audit.verifyText')}</p>
        <button type="button" className="button" onClick={() => void verify()} disabled={verifying}>
          {t('audit.verify')}
        </button>
        <div aria-live="polite" className="verify-result">
          {verifying ? <Loading label={t('audit.verifying')} /> : null}
          {result?.ok ? (
            <Notice kind="success" title={t('audit.intactTitle')}>
              <p>{t('audit.intact', { count: result.entries, n: f.number(result.entries) })}</p>
              {result.head ? (
                <p>
                  {t('audit.head')} <code className="hash">{result.head}</code>
                </p>
              ) : null}
            </Notice>
          ) : null}
          {result && !result.ok ? (
            <Notice kind="error" title={t('audit.brokenTitle')}>
              <p>{t('audit.broken', { seq: result.brokenAt ?? '?', problem: result.problem ?? '' })}</p>
            </Notice>
          ) : null}
          {verifyError ? <Notice kind="error" title={verifyError.message} /> : null}
        </div>
      </section>

      <section aria-labelledby="entries-title" className="section">
        <h2 id="entries-title">{t('audit.entriesTitle')}</h2>
        <QueryView query={first}>
          {() =>
            entries.length === 0 ? (
              <p>{t('audit.empty')}</p>
            ) : (
              <>
                <div className="table-wrap" role="region" aria-labelledby="audit-caption" tabIndex={0}>
                  <table className="table table--stack" role="table">
                    <caption id="audit-caption" className="visually-hidden">
                      {t('audit.caption')}
                    </caption>
                    <thead role="rowgroup">
                      <tr role="row">
                        <th scope="col" role="columnheader" className="numeric">
                          {t('audit.colSeq')}
                        </th>
                        <th scope="col" role="columnheader">
                          {t('audit.colAt')}
                        </th>
                        <th scope="col" role="columnheader">
                          {t('audit.colAction')}
                        </th>
                        <th scope="col" role="columnheader">
                          {t('audit.colSubject')}
                        </th>
                        <th scope="col" role="columnheader">
                          {t('audit.colDetails')}
                        </th>
                        <th scope="col" role="columnheader">
                          {t('audit.colHash')}
                        </th>
                      </tr>
                    </thead>
                    <tbody role="rowgroup">
                      {entries.map((e) => (
                        <tr key={e.seq} role="row">
                          <th scope="row" role="rowheader" className="numeric">
                            <span className="stack-only" aria-hidden="true">
                              {t('audit.colSeq')}{' '}
                            </span>
                            {f.number(e.seq)}
                          </th>
                          <td role="cell" className="nowrap" data-label={t('audit.colAt')}>
                            {f.dateTime(e.at)}
                          </td>
                          <td role="cell" data-label={t('audit.colAction')}>
                            {actionName(t, e.action)}
                          </td>
                          <td role="cell" data-label={t('audit.colSubject')}>
                            {e.subjectType === 'user' ? t('audit.subjectUser') : e.subjectType}{' '}
                            <code title={e.subjectId ?? undefined}>{short(e.subjectId)}</code>
                          </td>
                          <td role="cell" data-label={t('audit.colDetails')}>
                            {describe(e)}
                          </td>
                          <td role="cell" data-label={t('audit.colHash')}>
                            <code className="hash" title={e.hash}>
                              {short(e.hash)}
                            </code>
                          </td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
                {moreError ? <Notice kind="error" title={moreError.message} /> : null}
                {mayHaveMore ? (
                  <button type="button" className="button button--secondary" onClick={() => void loadMore()}>
                    {t('audit.more')}
                  </button>
                ) : null}
              </>
            )
          }
        </QueryView>
      </section>
    </>
  );
}
