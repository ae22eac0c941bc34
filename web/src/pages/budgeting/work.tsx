import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api } from '../../api.js';
import { CityMap } from '../../components/city-map.js';
import { ErrorSummary, fieldMessage } from '../../components/errors.js';
import { SelectField, TextArea, TextField } from '../../components/fields.js';
import { Notice } from '../../components/notice.js';
import { LoadError, Loading, PageHeading, useErrorTitle, useTitle } from '../../components/page.js';
import { useDistrictName } from '../../components/person.js';
import { PhotoUpload, type AttachedPhoto } from '../../components/photo-upload.js';
import { PlainText } from '../../components/plain-text.js';
import { useFormat } from '../../format.js';
import { useLoad } from '../../use-load.js';
import { useSubmit } from '../../use-submit.js';
import { NotFoundPage } from '../not-found.js';
import { spentShare, spentText, WorkProgress, workStatuses, WorkStatusTag, type Work } from './work-bits.js';

/** /budgeting/works/:id: one work — progress, money, milestones, the public history; the responsible officials report here. */
export function WorkPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const f = useFormat();
  const districtName = useDistrictName();
  const work = useLoad(`work-${id}`, () => api<Work>('GET', `/api/budgeting/works/${encodeURIComponent(id)}`));
  const [updated, setUpdated] = useState<Work | null>(null);
  const w = updated && updated.id === id ? updated : work.data;
  useTitle(w ? w.proposal.title : t('work.title'));

  if (work.error?.status === 404 || work.error?.status === 400) return <NotFoundPage />;
  if (work.error) return <LoadError error={work.error} retry={work.reload} />;
  if (!w) return <Loading />;
  const share = spentShare(w.spent, w.proposal.cost);
  const place = w.proposal.lat !== null && w.proposal.lon !== null ? { lat: w.proposal.lat, lon: w.proposal.lon } : null;
  return (
    <>
      <p>
        <Link className="back-link" to="/budgeting/works">
          {t('work.back')}
        </Link>
      </p>
      <PageHeading>{w.proposal.title}</PageHeading>
      <p className="wk-item__meta">
        <WorkStatusTag status={w.status} /> <span>{t('works.number', { number: w.proposal.number })}</span> ·{' '}
        <span>{t('work.heading', { title: w.heading.title, year: w.cycle.year })}</span>
      </p>
      <div className="wk-figures">
        <WorkProgress value={w.progress} label={t('works.progressLabel')} text={t('works.progress', { progress: w.progress })} />
        <WorkProgress value={share ?? 0} label={spentText(t, f, w)} text={spentText(t, f, w)} />
        <p className="muted">
          {w.department ? t('works.department', { name: f.name(w.department) }) : t('works.noDepartment')}
          {w.startedOn
            ? ` · ${w.finishedOn ? t('work.datesDone', { start: f.date(w.startedOn), end: f.date(w.finishedOn) }) : t('work.dates', { start: f.date(w.startedOn) })}`
            : ''}
        </p>
        <p>
          <Link to={`/budgeting/proposals/${w.proposal.number}`}>{t('work.proposalLink')}</Link>
        </p>
      </div>

      {w.description.trim() || place || w.proposal.address || w.proposal.districtId ? (
        <section className="section" aria-labelledby="work-about">
          <h2 id="work-about">{t('work.about')}</h2>
          {w.description.trim() ? <PlainText text={w.description} /> : null}
          {place || w.proposal.address || w.proposal.districtId ? (
            <>
              <h3>{t('work.where')}</h3>
              <p>{[w.proposal.address, districtName(w.proposal.districtId)].filter(Boolean).join(' · ')}</p>
              {place ? <CityMap label={t('work.mapLabel')} size="small" center={place} zoom={15} point={place} quiet /> : null}
            </>
          ) : null}
        </section>
      ) : null}

      <section className="section" aria-labelledby="work-milestones">
        <h2 id="work-milestones">{t('work.milestones')}</h2>
        {w.milestones.length ? (
          <ol className="wk-milestones">
            {w.milestones.map((m) => (
              <li key={m.id} className={m.doneOn ? 'wk-milestones__item wk-milestones__item--done' : 'wk-milestones__item'}>
                <span className="wk-milestones__title">
                  <span aria-hidden="true">{m.doneOn ? '✓ ' : '○ '}</span>
                  {m.title}
                </span>{' '}
                <span className="muted">
                  {[m.dueOn ? t('work.due', { date: f.date(m.dueOn) }) : '', m.doneOn ? t('work.doneOn', { date: f.date(m.doneOn) }) : t('work.notDone')]
                    .filter(Boolean)
                    .join(' · ')}
                </span>
              </li>
            ))}
          </ol>
        ) : (
          <p className="muted">{t('work.noMilestones')}</p>
        )}
      </section>

      {w.canUpdate ? <ReportForm work={w} onDone={setUpdated} /> : null}

      <section className="section" aria-labelledby="work-history">
        <h2 id="work-history">{t('work.history')}</h2>
        {w.updates.length ? (
          <ol className="wk-history">
            {w.updates.map((u) => (
              <li key={u.id} className="wk-history__item">
                <h3 className="wk-history__date">{f.dateTime(u.at)}</h3>
                <p className="wk-history__figures">
                  {t('work.updateFigures', { status: t(`workStatus.${u.status}`), progress: u.progress, spent: f.money(u.spent, w.cycle.currency) })}
                </p>
                {u.note ? <PlainText text={u.note} /> : null}
                {u.photos.length ? (
                  <ul className="wk-photos">
                    {u.photos.map((p, i) => (
                      <li key={p.id}>
                        <a href={p.url}>
                          <img src={p.thumbUrl} alt={t('work.photoAlt', { n: i + 1, date: f.date(u.at) })} width={160} height={120} loading="lazy" />
                        </a>
                      </li>
                    ))}
                  </ul>
                ) : null}
              </li>
            ))}
          </ol>
        ) : (
          <p className="muted">{t('work.noHistory')}</p>
        )}
      </section>
    </>
  );
}

/** The responsible official's report: stage, progress, money, dates, a note and photos; and the milestones. */
function ReportForm({ work, onDone }: { work: Work; onDone(w: Work): void }) {
  const { t } = useTranslation();
  const { busy, error, submit } = useSubmit();
  const [status, setStatus] = useState<string>(work.status);
  const [progress, setProgress] = useState(String(work.progress));
  const [spent, setSpent] = useState(work.spent);
  const [startedOn, setStartedOn] = useState(work.startedOn ?? '');
  const [finishedOn, setFinishedOn] = useState(work.finishedOn ?? '');
  const [note, setNote] = useState('');
  const [photos, setPhotos] = useState<AttachedPhoto[]>([]);
  const [sent, setSent] = useState(false);
  useErrorTitle(!!error);
  const targets = {
    status: 'work-status',
    progress: 'work-progress',
    spent: 'work-spent',
    startedOn: 'work-started',
    finishedOn: 'work-finished',
    note: 'work-note',
    photoIds: 'work-photos',
  };

  const send = submit(
    () => {
      setSent(false);
      const body: Record<string, unknown> = { note, photoIds: photos.map((p) => p.id) };
      if (status !== work.status) body.status = status;
      if (progress !== String(work.progress)) body.progress = Number(progress);
      if (spent !== work.spent) body.spent = spent.trim();
      if (startedOn !== (work.startedOn ?? '')) body.startedOn = startedOn || null;
      if (finishedOn !== (work.finishedOn ?? '')) body.finishedOn = finishedOn || null;
      return api<Work>('POST', `/api/budgeting/works/${work.id}/updates`, body);
    },
    (w) => {
      setNote('');
      setPhotos([]);
      setSent(true);
      onDone(w);
    },
  );

  return (
    <section className="section wk-report" aria-labelledby="work-report">
      <h2 id="work-report">{t('work.report')}</h2>
      <p>{t('work.reportLead')}</p>
      {sent ? <Notice kind="success">{t('work.sent')}</Notice> : null}
      <ErrorSummary error={error} targets={targets} />
      <form onSubmit={send} noValidate>
        <SelectField
          id="work-status"
          label={t('work.status')}
          value={status}
          onChange={setStatus}
          options={workStatuses.map((s) => ({ value: s, label: t(`workStatus.${s}`) }))}
          error={fieldMessage(error, 'status')}
        />
        <TextField
          id="work-progress"
          type="number"
          width="short"
          label={t('work.progressField')}
          value={progress}
          onChange={setProgress}
          min="0"
          error={fieldMessage(error, 'progress')}
        />
        <TextField
          id="work-spent"
          width="medium"
          label={t('work.spent')}
          hint={t('work.spentHint')}
          value={spent}
          onChange={setSpent}
          error={fieldMessage(error, 'spent')}
        />
        <div className="wk-dates">
          <TextField
            id="work-started"
            type="date"
            width="medium"
            label={t('work.startedOn')}
            value={startedOn}
            onChange={setStartedOn}
            error={fieldMessage(error, 'startedOn')}
          />
          <TextField
            id="work-finished"
            type="date"
            width="medium"
            label={t('work.finishedOn')}
            value={finishedOn}
            onChange={setFinishedOn}
            error={fieldMessage(error, 'finishedOn')}
          />
        </div>
        <TextArea id="work-note" label={t('work.note')} value={note} onChange={setNote} rows={4} maxLength={4000} error={fieldMessage(error, 'note')} />
        <PhotoUpload id="work-photos" label={t('work.photos')} photos={photos} onChange={(u) => setPhotos(u)} max={6} error={fieldMessage(error, 'photoIds')} />
        <button type="submit" className="button" disabled={busy}>
          {t('work.send')}
        </button>
      </form>
      <MilestonesForm work={work} onDone={onDone} />
    </section>
  );
}

function MilestonesForm({ work, onDone }: { work: Work; onDone(w: Work): void }) {
  const { t } = useTranslation();
  const { busy, error, submit } = useSubmit();
  const [items, setItems] = useState(work.milestones.map((m) => ({ title: m.title, dueOn: m.dueOn ?? '', doneOn: m.doneOn ?? '' })));
  const [saved, setSaved] = useState(false);
  const set = (i: number, patch: Partial<(typeof items)[number]>) => setItems((list) => list.map((m, k) => (k === i ? { ...m, ...patch } : m)));
  const save = submit(
    () => {
      setSaved(false);
      return api<Work>('PUT', `/api/budgeting/works/${work.id}/milestones`, {
        items: items.map((m) => ({ title: m.title, dueOn: m.dueOn || null, doneOn: m.doneOn || null })),
      });
    },
    (w) => {
      setSaved(true);
      onDone(w);
    },
  );
  return (
    <details className="wk-milestone-editor">
      <summary>{t('work.editMilestones')}</summary>
      {saved ? <Notice kind="success">{t('work.milestonesSaved')}</Notice> : null}
      <ErrorSummary error={error} id="milestones-errors" />
      <form onSubmit={save} noValidate>
        {items.map((m, i) => (
          <fieldset key={i} className="wk-milestone-row">
            <TextField
              id={`ms-title-${i}`}
              label={t('work.milestoneTitle', { n: i + 1 })}
              value={m.title}
              onChange={(title) => set(i, { title })}
              error={fieldMessage(error, `items.${i}.title`)}
            />
            <TextField
              id={`ms-due-${i}`}
              type="date"
              width="medium"
              label={t('work.milestoneDue', { n: i + 1 })}
              value={m.dueOn}
              onChange={(dueOn) => set(i, { dueOn })}
            />
            <TextField
              id={`ms-done-${i}`}
              type="date"
              width="medium"
              label={t('work.milestoneDone', { n: i + 1 })}
              value={m.doneOn}
              onChange={(doneOn) => set(i, { doneOn })}
            />
            <button type="button" className="button button--secondary button--small" onClick={() => setItems((list) => list.filter((_, k) => k !== i))}>
              {t('work.removeMilestone', { n: i + 1 })}
            </button>
          </fieldset>
        ))}
        <p>
          <button type="button" className="button button--secondary" onClick={() => setItems((list) => [...list, { title: '', dueOn: '', doneOn: '' }])}>
            {t('work.addMilestone')}
          </button>
        </p>
        <button type="submit" className="button" disabled={busy}>
          {t('work.saveMilestones')}
        </button>
      </form>
    </details>
  );
}
