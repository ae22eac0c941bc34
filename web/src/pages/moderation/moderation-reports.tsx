import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { api } from '../../api/client.js';
import { useDistrictName, useDistricts } from '../../api/lists.js';
import { invalidate, useApiQuery } from '../../api/query.js';
import type { ApiParams, Schema } from '../../api/types.js';
import { SelectField } from '../../components/fields.js';
import { Notice } from '../../components/notice.js';
import { PageHeading, useTitle } from '../../components/page.js';
import { QueryView } from '../../components/query-view.js';
import type { ActionSegment } from '../../components/report-actions.js';
import { useNamed } from '../../components/report-bits.js';
import { useFormat } from '../../format.js';
import { useSubmit } from '../../use-submit.js';
import { FocusQueue, QueueLine, useFocusQueue } from './focus-queue.js';
import { ModerationNav } from './moderation-nav.js';
import { QueueItem } from './moderation-report-item.js';

const pageSize = 20;
type ReportList = Schema<'ReportList'>;
type ReportSummary = Schema<'ReportSummary'>;
type QueueQuery = NonNullable<ApiParams<'/api/reports/moderation'>['query']>;

/**
 * The moderators' report queues: new reports (approve and send to the department, reject with a
 * reason from the dictionary, mark a duplicate, or "not our competence") and the departments'
 * answers (publish, or return with a remark). Oldest deadline first, as the server orders them.
 */
export function ModerationReportsPage() {
  const { t } = useTranslation();
  useTitle(t('modReports.title'));
  const [params, setParams] = useSearchParams();
  const queue = params.get('queue') === 'answers' ? 'answers' : 'new';
  const district = params.get('district') ?? '';
  const query: QueueQuery = { queue, limit: pageSize, ...(district ? { districtId: district } : {}) };
  const list = useApiQuery('/api/reports/moderation', { query });

  const tab = (name: 'new' | 'answers') => {
    const next = new URLSearchParams(params);
    if (name === 'answers') next.set('queue', 'answers');
    else next.delete('queue');
    const s = next.toString();
    return s ? `?${s}` : '/moderation/reports';
  };
  const filter = (d: string) => {
    const next = new URLSearchParams(params);
    if (d) next.set('district', d);
    else next.delete('district');
    setParams(next);
  };

  return (
    <>
      <ModerationNav />
      <PageHeading>{t('modReports.title')}</PageHeading>
      <p className="lead">{t('modReports.lead')}</p>
      <nav className="tabs" aria-label={t('modReports.queues')}>
        <ul>
          <li>
            <Link to={tab('new')} aria-current={queue === 'new' ? 'page' : undefined}>
              {t('modReports.new')}
            </Link>
          </li>
          <li>
            <Link to={tab('answers')} aria-current={queue === 'answers' ? 'page' : undefined}>
              {t('modReports.answers')}
            </Link>
          </li>
        </ul>
      </nav>
      <DistrictFilter key={district} district={district} onApply={filter} />
      <QueryView query={list}>
        {(first) => (
          <Queue
            key={JSON.stringify(query)}
            query={query}
            first={first}
            loadedAt={list.dataUpdatedAt}
            empty={queue === 'new' ? t('modReports.emptyNew') : t('modReports.emptyAnswers')}
          />
        )}
      </QueryView>
    </>
  );
}

/** The district filter (kept in the address). */
function DistrictFilter({ district, onApply }: { district: string; onApply(district: string): void }) {
  const { t } = useTranslation();
  const f = useFormat();
  const districts = useDistricts();
  const [value, setValue] = useState(district);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onApply(value);
  };
  return (
    <form className="filters filters--inline" aria-label={t('moderation.filterLabel')} onSubmit={submit}>
      <SelectField
        id="f-district"
        label={t('field.district')}
        value={value}
        onChange={setValue}
        options={[
          { value: '', label: t('discussions.anyDistrict') },
          ...[...(districts.data ?? [])].sort((a, b) => f.collator.compare(f.name(a), f.name(b))).map((d) => ({ value: d.id, label: f.name(d) })),
        ]}
      />
      <div className="filters__actions">
        <button type="submit" className="button">
          {t('moderation.show')}
        </button>
      </div>
    </form>
  );
}

/**
 * The queue as a compact list beside the report in focus (its card and the moderator's actions).
 * A report acted on leaves the list, the focus moves to the next and the count drops; the queue is
 * loaded again behind. Keys: a approves (or publishes the answer), r goes to the reason to reject
 * (or the remark to return the answer), beside FocusQueue's j / k / o.
 */
function Queue({ query, first, loadedAt, empty }: { query: QueueQuery; first: ReportList; loadedAt: number; empty: string }) {
  const { t } = useTranslation();
  const named = useNamed();
  const districtName = useDistrictName();
  const [more, setMore] = useState<ReportList | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const { busy, error, run } = useSubmit();
  const seen = new Set(first.items.map((r) => r.number));
  const loaded = [...first.items, ...(more?.items ?? []).filter((r) => !seen.has(r.number))];
  const queue = useFocusQueue(loaded, (r) => String(r.number), loadedAt);
  const total = (first.total ?? loaded.length) - queue.pending;
  const cursor = more ? more.nextCursor : first.nextCursor;
  const loadMore = (after: string) =>
    run(
      () => api.GET('/api/reports/moderation', { params: { query: { ...query, cursor: after } } }),
      (page) => setMore({ items: [...(more?.items ?? []), ...page.items], nextCursor: page.nextCursor ?? null }),
    );
  const handled = (number: number, a: ActionSegment) => {
    setDone(`${t('report.numberShort', { number })}: ${t(`actions.${a}.done`)}`);
    queue.handle(String(number));
    void invalidate('/api/reports/moderation');
  };
  const keys = (key: string, r: ReportSummary) => {
    const form = (segments: string[]) => segments.map((s) => document.querySelector(`#mod-${r.number} .report-action--${s}`)).find(Boolean);
    if (key === 'a') {
      form(['approve', 'publish-answer'])?.querySelector<HTMLButtonElement>('button[type=submit]')?.click();
      return true;
    }
    if (key === 'r') {
      form(['reject', 'return-answer'])?.querySelector<HTMLElement>('select, textarea, input')?.focus();
      return true;
    }
    return false;
  };
  return (
    <>
      <p role="status" className="result-count">
        {queue.items.length ? t('modReports.count', { count: total }) : empty}
      </p>
      {done ? <Notice kind="success" title={done} /> : null}
      {queue.items.length ? (
        <FocusQueue
          queue={queue}
          keyOf={(r) => String(r.number)}
          label={t('modReports.listLabel')}
          onKey={keys}
          keyHelp={[t('modReports.keyApprove'), t('modReports.keyReject')]}
          line={(r) => (
            <QueueLine
              title={`${t('report.numberShort', { number: r.number })} ${named(r.reason)}`}
              extra={districtName(r.districtId) || null}
              openedAt={r.createdAt}
              overdue={r.overdue}
            />
          )}
        >
          {(r) => <QueueItem key={r.number} number={r.number} onDone={(a) => handled(r.number, a)} />}
        </FocusQueue>
      ) : null}
      {error ? <Notice kind="error" title={error.message} /> : null}
      {cursor ? (
        <button type="button" className="button button--secondary" disabled={busy} onClick={() => void loadMore(cursor)}>
          {t('reports.more')}
        </button>
      ) : null}
    </>
  );
}
