import { useInfiniteQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { api, client, unwrap, type ApiError } from '../api/client.js';
import type { Schema } from '../api/types.js';
import { Notice } from '../components/notice.js';
import { AuditCheckpoints } from './audit-checkpoints.js';
import { Loading, PageHeading, useTitle } from '../components/page.js';
import { QueryView } from '../components/query-view.js';
import { useFormat } from '../format.js';
import { useSubmit } from '../use-submit.js';

type AuditEntry = Schema<'AuditEntry'>;
type AuditPage = Schema<'AuditPage'>;
type AuditVerification = Schema<'AuditVerification'>;

const pageSize = 50;
/** The areas the server's modules write to the log, with their names here; another one reads as its code. */
const knownAreas = [
  'city',
  'accounts',
  'verification',
  'moderation',
  'reports',
  'budgeting',
  'crowdsourcing',
  'initiatives',
  'polls',
  'points',
  'notifications',
] as const;
const isKnownArea = (a: string): a is (typeof knownAreas)[number] => (knownAreas as readonly string[]).includes(a);

/** The log's entries newest first, 50 at a time ("show earlier" asks for those before the last), in one area or all. */
function useAuditEntries(area: (typeof knownAreas)[number] | '') {
  const { i18n } = useTranslation();
  const query = { limit: pageSize, ...(area ? { area } : {}) };
  return useInfiniteQuery<AuditPage, ApiError, AuditPage[], readonly unknown[], number | null>({
    queryKey: ['/api/audit', { query }, i18n.language, 'pages'],
    queryFn: ({ pageParam, signal }) =>
      unwrap(
        client.GET('/api/audit', {
          params: { query: { ...query, ...(pageParam ? { before: pageParam } : {}) } },
          signal,
          headers: { 'Accept-Language': i18n.language },
        }),
      ),
    initialPageParam: null,
    getNextPageParam: (last) => (last.items.length === pageSize && (last.items.at(-1)?.seq ?? 0) > 1 ? last.items.at(-1)!.seq : undefined),
    select: (data) => data.pages,
  });
}

/** The public audit log as sentences ("Moderator approved report No. 38 …"), filterable by area, and a button that checks the whole hash chain. */
export function AuditPage() {
  const { t } = useTranslation();
  useTitle(t('audit.title'));
  const [params, setParams] = useSearchParams();
  const asked = params.get('area') ?? '';
  const area = isKnownArea(asked) ? asked : '';
  const list = useAuditEntries(area);
  const areaName = (a: string) => (isKnownArea(a) ? t(`audit.area.${a}`) : a);
  const chooseArea = (value: string) =>
    setParams(
      (p) => {
        const next = new URLSearchParams(p);
        if (value) next.set('area', value);
        else next.delete('area');
        return next;
      },
      { replace: true },
    );

  return (
    <>
      <PageHeading>{t('audit.title')}</PageHeading>
      <p className="lead">{t('audit.lead')}</p>
      <p>{t('audit.how')}</p>

      <VerifyChain />

      <AuditCheckpoints />

      <section aria-labelledby="entries-title" className="section">
        <h2 id="entries-title">{t('audit.entriesTitle')}</h2>
        <p className="audit-filter">
          <label htmlFor="audit-area">{t('audit.areaLabel')}</label>{' '}
          <select className="select" id="audit-area" value={area} onChange={(e) => chooseArea(e.target.value)}>
            <option value="">{t('audit.areaAll')}</option>
            {(list.data?.[0]?.areas ?? (area ? [area] : [])).map((a) => (
              <option key={a} value={a}>
                {areaName(a)}
              </option>
            ))}
          </select>
        </p>
        <QueryView query={list}>
          {(pages) => {
            const entries = pages.flatMap((p) => p.items);
            if (entries.length === 0) return <p>{t('audit.empty')}</p>;
            return (
              <>
                <ol className="audit-list" aria-label={t('audit.caption')}>
                  {entries.map((e) => (
                    <AuditItem key={e.seq} e={e} />
                  ))}
                </ol>
                {list.hasNextPage ? (
                  <button type="button" className="button button--secondary" disabled={list.isFetchingNextPage} onClick={() => void list.fetchNextPage()}>
                    {t('audit.more')}
                  </button>
                ) : null}
                {list.isFetchNextPageError && list.error ? <Notice kind="error" title={list.error.message} /> : null}
              </>
            );
          }}
        </QueryView>
      </section>
    </>
  );
}

/** One entry: its sentence with links to what it names, then when (on the city's clock), its number and hash. */
function AuditItem({ e }: { e: AuditEntry }) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <li className="audit-entry">
      <p className="audit-entry__sentence">
        {e.parts.map((p, i) =>
          p.href ? (
            <Link key={i} to={p.href}>
              {p.text}
            </Link>
          ) : (
            <span key={i}>{p.text}</span>
          ),
        )}
      </p>
      <p className="audit-entry__meta">
        <time dateTime={e.at}>{f.dateTime(e.at)}</time>
        {' · '}
        {t('audit.entryNumber', { number: f.number(e.seq) })}
        {' · '}
        <span>
          {t('audit.colHash')}{' '}
          <code className="hash" title={e.hash}>
            {e.hash.slice(0, 12)}…
          </code>
        </span>
      </p>
    </li>
  );
}

/** Checks the whole chain on the server and says whether it is intact, with its head hash. */
function VerifyChain() {
  const { t } = useTranslation();
  const f = useFormat();
  const { busy: verifying, error: verifyError, setError: setVerifyError, run: runVerify } = useSubmit();
  const [result, setResult] = useState<AuditVerification | null>(null);

  function verify() {
    setResult(null);
    setVerifyError(null);
    return runVerify(() => api.GET('/api/audit/verify'), setResult);
  }

  return (
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
  );
}
