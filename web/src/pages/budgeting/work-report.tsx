import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { milestoneTitleMax, workNoteMax, workPhotosMax, workStatusOrder } from '@server/modules/budgeting/domain/work-rules.js';
import { api } from '../../api/client.js';
import { invalidate } from '../../api/query.js';
import type { ApiBody } from '../../api/types.js';
import { ErrorSummary, fieldMessage } from '../../components/errors.js';
import { SelectField, TextArea, TextField } from '../../components/fields.js';
import { Notice } from '../../components/notice.js';
import { useErrorTitle } from '../../components/page.js';
import { PhotoUpload, type AttachedPhoto } from '../../components/photo-upload.js';
import { useSubmit } from '../../use-submit.js';
import type { Work } from './work-bits.js';

type WorkStatus = Work['status'];

/** A work changed: its page and the list (counts, progress, the map) load again. */
const workChanged = () => invalidate('/api/budgeting/works/{id}', '/api/budgeting/works');

// Start, finish, due and done dates are calendar days (date columns), sent as typed: no time zone is involved.

/** The responsible official's report: stage, progress, money, dates, a note and photos; and the milestones. */
export function ReportForm({ work }: { work: Work }) {
  const { t } = useTranslation();
  const { busy, error, submit } = useSubmit();
  const [status, setStatus] = useState<WorkStatus>(work.status);
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
      const body: ApiBody<'/api/budgeting/works/{id}/updates', 'post'> = { note, photoIds: photos.map((p) => p.id) };
      if (status !== work.status) body.status = status;
      if (progress !== String(work.progress)) body.progress = Number(progress);
      if (spent !== work.spent) body.spent = spent.trim();
      if (startedOn !== (work.startedOn ?? '')) body.startedOn = startedOn || null;
      if (finishedOn !== (work.finishedOn ?? '')) body.finishedOn = finishedOn || null;
      return api.POST('/api/budgeting/works/{id}/updates', { params: { path: { id: work.id } }, body });
    },
    () => {
      setNote('');
      setPhotos([]);
      setSent(true);
      return workChanged();
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
          onChange={(v) => setStatus(v as WorkStatus)}
          options={workStatusOrder.map((s) => ({ value: s, label: t(`workStatus.${s}`) }))}
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
        <TextArea id="work-note" label={t('work.note')} value={note} onChange={setNote} rows={4} maxLength={workNoteMax} error={fieldMessage(error, 'note')} />
        <PhotoUpload
          id="work-photos"
          label={t('work.photos')}
          photos={photos}
          onChange={(u) => setPhotos(u)}
          max={workPhotosMax}
          error={fieldMessage(error, 'photoIds')}
        />
        <button type="submit" className="button" disabled={busy}>
          {t('work.send')}
        </button>
      </form>
      <MilestonesForm work={work} />
    </section>
  );
}

/** The work's milestones, each with a due and a done day: added, changed and removed together. */
function MilestonesForm({ work }: { work: Work }) {
  const { t } = useTranslation();
  const { busy, error, submit } = useSubmit();
  const [items, setItems] = useState(work.milestones.map((m) => ({ title: m.title, dueOn: m.dueOn ?? '', doneOn: m.doneOn ?? '' })));
  const [saved, setSaved] = useState(false);
  const set = (i: number, patch: Partial<(typeof items)[number]>) => setItems((list) => list.map((m, k) => (k === i ? { ...m, ...patch } : m)));
  const save = submit(
    () => {
      setSaved(false);
      return api.PUT('/api/budgeting/works/{id}/milestones', {
        params: { path: { id: work.id } },
        body: { items: items.map((m) => ({ title: m.title, dueOn: m.dueOn || null, doneOn: m.doneOn || null })) },
      });
    },
    () => {
      setSaved(true);
      return workChanged();
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
              maxLength={milestoneTitleMax}
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
