import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { api, getDistricts, type ReportCard, type ReportList } from '../../api.js';
import { SelectField } from '../../components/fields.js';
import { Notice } from '../../components/notice.js';
import { LoadError, Loading, PageHeading, useTitle } from '../../components/page.js';
import { PlainText } from '../../components/plain-text.js';
import { ReportActions, type ActionSegment } from '../../components/report-actions.js';
import { DueText, PhotoGallery, StatusTag, useNamed } from '../../components/report-bits.js';
import { useFormat } from '../../format.js';
import { useLoad } from '../../use-load.js';
import { useSubmit } from '../../use-submit.js';
import { ModerationNav } from './moderation-nav.js';

const pageSize = 20;

/**
 * The moderators' report queues: new reports (approve and send to the department, reject with a
 * reason from the dictionary, mark a duplicate, or "not our competence") and the departments'
 * answers (publish, or return with a remark). Oldest deadline first, as the server orders them.
 */
export function ModerationReportsPage() {
  const { t } = useTranslation();
  const f = useFormat();
  useTitle(t('modReports.title'));
  const [params, setParams] = useSearchParams();
  const queue = params.get('queue') === 'answers' ? 'answers' : 'new';
  const district = params.get('district') ?? '';
  const [districtInput, setDistrictInput] = useState(district);
  useEffect(() => setDistrictInput(district), [district]);
  const districts = useLoad('districts', getDistricts);
  const q = new URLSearchParams({ queue, limit: String(pageSize) });
  if (district) q.set('districtId', district);
  const list = useLoad(`mod-reports?${q}`, () => api<ReportList>('GET', `/api/reports/moderation?${q}`));
  const [more, setMore] = useState<{ key: string; list: ReportList } | null>(null);
  const { busy, error, run } = useSubmit();
  const extra = more?.key === q.toString() ? more.list : null;
  const items = [...(list.data?.items ?? []), ...(extra?.items ?? [])];
  const cursor = extra ? extra.nextCursor : list.data?.nextCursor;

  function filter(e: FormEvent) {
    e.preventDefault();
    const next = new URLSearchParams(params);
    if (districtInput) next.set('district', districtInput);
    else next.delete('district');
    setParams(next);
  }
  const tab = (name: 'new' | 'answers') => {
    const next = new URLSearchParams(params);
    if (name === 'answers') next.set('queue', 'answers');
    else next.delete('queue');
    const s = next.toString();
    return s ? `?${s}` : '/moderation/reports';
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
      <form className="filters filters--inline" aria-label={t('moderation.filterLabel')} onSubmit={filter}>
        <SelectField
          id="f-district"
          label={t('field.district')}
          value={districtInput}
          onChange={setDistrictInput}
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
      {list.error ? (
        <LoadError error={list.error} retry={list.reload} />
      ) : !list.data ? (
        <Loading />
      ) : (
        <>
          <p role="status" className="result-count">
            {items.length
              ? t('modReports.count', { count: list.data.total ?? items.length })
              : queue === 'new'
                ? t('modReports.emptyNew')
                : t('modReports.emptyAnswers')}
          </p>
          <ol className="case-list">
            {items.map((r) => (
              <QueueItem key={r.number} number={r.number} />
            ))}
          </ol>
          {error ? <Notice kind="error" title={error.message} /> : null}
          {cursor ? (
            <button
              type="button"
              className="button button--secondary"
              disabled={busy}
              onClick={() =>
                void run(
                  () => api<ReportList>('GET', `/api/reports/moderation?${q}&cursor=${encodeURIComponent(cursor)}`),
                  (page) => setMore({ key: q.toString(), list: { items: [...(extra?.items ?? []), ...page.items], nextCursor: page.nextCursor ?? null } }),
                )
              }
            >
              {t('reports.more')}
            </button>
          ) : null}
        </>
      )}
    </>
  );
}

/** One report to check: what was filed (or answered), and the moderator's choices. */
function QueueItem({ number }: { number: number }) {
  const { t } = useTranslation();
  const f = useFormat();
  const named = useNamed();
  const loaded = useLoad(`report-${number}-mod`, () => api<ReportCard>('GET', `/api/reports/${number}`));
  const [card, setCard] = useState<ReportCard | null>(null);
  const [done, setDone] = useState<ActionSegment | null>(null);
  const c = card ?? loaded.data;
  const idPrefix = `mod-${number}`;
  if (loaded.error)
    return (
      <li className="card case">
        <LoadError error={loaded.error} retry={loaded.reload} />
      </li>
    );
  if (!c)
    return (
      <li className="card case">
        <Loading />
      </li>
    );
  return (
    <li className="card case" aria-labelledby={`${idPrefix}-title`}>
      <p className="case__tags">
        <StatusTag status={c.status} /> <DueText dueAt={c.dueAt} overdue={c.overdue} />
      </p>
      <h2 className="case__title" id={`${idPrefix}-title`}>
        <Link to={`/reports/${c.number}`}>{t('report.title', { number: c.number, reason: named(c.reason) })}</Link>
      </h2>
      <dl className="mail__meta case__meta">
        <div>
          <dt>{t('report.place')}</dt>
          <dd>{[c.address, c.district ? f.name(c.district) : null].filter(Boolean).join(', ')}</dd>
        </div>
        <div>
          <dt>{t('field.department')}</dt>
          <dd>{c.department ? f.name(c.department) : t('report.noDepartment')}</dd>
        </div>
        <div>
          <dt>{t('report.filed')}</dt>
          <dd>{f.dateTime(c.createdAt)}</dd>
        </div>
      </dl>
      <blockquote className="case__excerpt">
        <PlainText text={c.description} />
      </blockquote>
      <PhotoGallery photos={c.photos} label={t('report.photos')} />
      {c.answer ? (
        <div className="case__answer">
          <h3>{t('report.answerTitle')}</h3>
          <PlainText text={c.answer.text} />
          <PhotoGallery photos={c.answer.photos} label={t('report.answerPhotos')} />
        </div>
      ) : null}
      {done ? <Notice kind="success" title={t(`actions.${done}.done`)} /> : null}
      <ReportActions
        target={{ number: c.number, departmentId: c.department?.id ?? null, actions: c.actions }}
        only={['approve', 'reject', 'duplicate', 'not-competent', 'publish-answer', 'return-answer']}
        idPrefix={idPrefix}
        onDone={(next, a) => {
          setCard(next);
          setDone(a);
        }}
      />
    </li>
  );
}
