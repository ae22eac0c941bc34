import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { commitmentStages, noteMax, photosMax, type CommitmentStage } from '@server/modules/commitments/domain/commitments.js';
import { api } from '../../api/client.js';
import { useDistrictName } from '../../api/lists.js';
import { invalidate, useApiQuery } from '../../api/query.js';
import type { ApiBody } from '../../api/types.js';
import { ErrorSummary, fieldMessage } from '../../components/errors.js';
import { SelectField, TextArea, TextField } from '../../components/fields.js';
import { Notice } from '../../components/notice.js';
import { PageHeading, useErrorTitle, useTitle } from '../../components/page.js';
import { PhotoGallery } from '../../components/photo-gallery.js';
import { PhotoUpload, type AttachedPhoto } from '../../components/photo-upload.js';
import { PlainText } from '../../components/plain-text.js';
import { QueryView } from '../../components/query-view.js';
import { useFormat } from '../../format.js';
import { useSubmit } from '../../use-submit.js';
import { NotFoundPage } from '../not-found.js';
import { CommitmentProgress, CommitmentStatusTag, type Commitment } from './commitment-bits.js';

/** A commitment changed: its page, the list and the source's panel load again. */
const changed = () =>
  invalidate('/api/commitments/{number}', '/api/commitments', '/api/commitments/statistics', '/api/commitments/by-source/{sourceType}/{sourceId}');

/** /commitments/:number: what was promised, by whom and when, the state in plain words, the dated history; the department's and participants' acts. */
export function CommitmentPage() {
  const { number = '' } = useParams();
  const { t } = useTranslation();
  const c = useApiQuery('/api/commitments/{number}', { path: { number: Number(number) } });
  useTitle(c.data ? c.data.title : t('commitments.title'));
  if (c.error?.status === 404 || c.error?.status === 400) return <NotFoundPage />;
  return <QueryView query={c}>{(v) => <CommitmentView key={v.number} c={v} />}</QueryView>;
}

function CommitmentView({ c }: { c: Commitment }) {
  const { t } = useTranslation();
  const f = useFormat();
  const districtName = useDistrictName();
  const department = f.name(c.department);
  const state = c.overdue ? 'overdue' : c.status === 'delivered' ? 'delivered' : c.status === 'disputed' ? 'disputed' : 'open';
  const date = f.date(state === 'delivered' && c.deliveredOn ? c.deliveredOn : c.dueOn);
  // a form that is gone once it did its work (delivery, dispute) leaves its word here
  const [done, setDone] = useState('');
  return (
    <>
      <p>
        <Link className="back-link" to="/commitments">
          {t('commitments.back')}
        </Link>
      </p>
      <PageHeading>{c.title}</PageHeading>
      {done ? <Notice kind="success">{done}</Notice> : null}
      <p className="wk-item__meta">
        <CommitmentStatusTag c={c} /> <span>{t('commitments.number', { number: c.number })}</span> · <span>{t(`commitments.sourceKind.${c.sourceType}`)}</span>
        {c.districtId ? <span> · {districtName(c.districtId)}</span> : null}
      </p>
      <p className={c.overdue ? 'cm-now cm-now--overdue' : 'cm-now'} data-testid="commitment-now">
        {t(`commitments.now.${state}`, { department, date })}
      </p>
      <CommitmentProgress percent={c.percent} />
      {c.spent ? <p>{t('commitments.spent', { spent: f.money(c.spent, 'RUB') })}</p> : null}
      {c.source ? (
        <p>
          <Link to={c.source.path}>{t('commitments.sourceLink', { title: c.source.title })}</Link>
        </p>
      ) : null}
      <section className="section" aria-labelledby="cm-promise">
        <h2 id="cm-promise">{t('commitments.promise')}</h2>
        <PlainText text={c.promise} />
      </section>
      {c.may.progress ? <ProgressForm c={c} /> : null}
      {c.may.deliver ? <DeliveryForm c={c} onDone={setDone} /> : null}
      {c.may.dispute ? <DisputeForm c={c} onDone={setDone} /> : null}
      <History c={c} />
    </>
  );
}

/** The dated history, newest first: progress with its figures, note and photos; delivery, disputes, the missed due date. */
function History({ c }: { c: Commitment }) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <section className="section" aria-labelledby="cm-history">
      <h2 id="cm-history">{t('commitments.history')}</h2>
      <ol className="wk-history" data-testid="commitment-history">
        {c.entries.map((e) => (
          <li key={e.id} className="wk-history__item">
            <h3 className="wk-history__date">{f.dateTime(e.at)}</h3>
            <p className="wk-history__figures">
              {e.kind === 'progress'
                ? t('commitments.entry.progress', { stage: t(`commitments.stage.${e.stage}`), percent: e.percent })
                : t(`commitments.entry.${e.kind}`)}
              {e.spent ? ` · ${t('commitments.entry.spent', { spent: f.money(e.spent, 'RUB') })}` : ''}
            </p>
            {e.note ? <PlainText text={e.note} /> : null}
            <PhotoGallery photos={e.photos} label={t('commitments.photosOf', { date: f.date(e.at) })} />
          </li>
        ))}
      </ol>
    </section>
  );
}

const progressTargets = { stage: 'cm-stage', percent: 'cm-percent', spent: 'cm-spent', note: 'cm-note', photoIds: 'cm-photos' };

/** The responsible official's dated report: stage, percent, money, a note, photos. */
function ProgressForm({ c }: { c: Commitment }) {
  const { t } = useTranslation();
  const { busy, error, submit } = useSubmit();
  const [stage, setStage] = useState<CommitmentStage>(c.stage);
  const [percent, setPercent] = useState(String(c.percent));
  const [spent, setSpent] = useState('');
  const [note, setNote] = useState('');
  const [photos, setPhotos] = useState<AttachedPhoto[]>([]);
  const [sent, setSent] = useState(false);
  useErrorTitle(!!error);
  const send = submit(
    () => {
      setSent(false);
      const body: ApiBody<'/api/commitments/{number}/progress', 'post'> = { note, photoIds: photos.map((p) => p.id) };
      if (stage !== c.stage) body.stage = stage;
      if (percent !== String(c.percent)) body.percent = Number(percent);
      if (spent.trim()) body.spent = spent.trim();
      return api.POST('/api/commitments/{number}/progress', { params: { path: { number: c.number } }, body });
    },
    () => {
      setNote('');
      setSpent('');
      setPhotos([]);
      setSent(true);
      return changed();
    },
  );
  return (
    <section className="section wk-report" aria-labelledby="cm-progress">
      <h2 id="cm-progress">{t('commitments.progressForm.title')}</h2>
      <p>{t('commitments.progressForm.lead')}</p>
      {sent ? <Notice kind="success">{t('commitments.progressForm.sent')}</Notice> : null}
      <ErrorSummary error={error} targets={progressTargets} id="cm-progress-errors" />
      <form onSubmit={send} noValidate>
        <SelectField
          id="cm-stage"
          label={t('commitments.progressForm.stage')}
          value={stage}
          onChange={(v) => setStage(v as CommitmentStage)}
          options={commitmentStages.map((s) => ({ value: s, label: t(`commitments.stage.${s}`) }))}
          error={fieldMessage(error, 'stage')}
        />
        <TextField
          id="cm-percent"
          type="number"
          width="short"
          label={t('commitments.progressForm.percent')}
          value={percent}
          onChange={setPercent}
          min="0"
          error={fieldMessage(error, 'percent')}
        />
        <TextField
          id="cm-spent"
          width="medium"
          label={t('commitments.progressForm.spent')}
          hint={t('commitments.progressForm.spentHint')}
          value={spent}
          onChange={setSpent}
          error={fieldMessage(error, 'spent')}
        />
        <TextArea
          id="cm-note"
          label={t('commitments.progressForm.note')}
          value={note}
          onChange={setNote}
          rows={4}
          maxLength={noteMax}
          error={fieldMessage(error, 'note')}
        />
        <PhotoUpload
          id="cm-photos"
          label={t('commitments.progressForm.photos')}
          photos={photos}
          onChange={setPhotos}
          max={photosMax}
          error={fieldMessage(error, 'photoIds')}
        />
        <button type="submit" className="button" disabled={busy}>
          {t('commitments.progressForm.send')}
        </button>
      </form>
    </section>
  );
}

/** The department confirms delivery (today), with an optional note. */
function DeliveryForm({ c, onDone }: { c: Commitment; onDone(message: string): void }) {
  const { t } = useTranslation();
  const { busy, error, submit } = useSubmit();
  const [note, setNote] = useState('');
  const send = submit(
    () => api.POST('/api/commitments/{number}/delivery', { params: { path: { number: c.number } }, body: { note } }),
    () => {
      onDone(t('commitments.deliveryForm.sent'));
      return changed();
    },
  );
  return (
    <section className="section" aria-labelledby="cm-delivery">
      <h2 id="cm-delivery">{t('commitments.deliveryForm.title')}</h2>
      <p>{t('commitments.deliveryForm.lead')}</p>
      <ErrorSummary error={error} targets={{ note: 'cm-delivery-note' }} id="cm-delivery-errors" />
      <form onSubmit={send} noValidate>
        <TextArea
          id="cm-delivery-note"
          label={t('commitments.deliveryForm.note')}
          value={note}
          onChange={setNote}
          rows={3}
          maxLength={noteMax}
          error={fieldMessage(error, 'note')}
        />
        <button type="submit" className="button" disabled={busy}>
          {t('commitments.deliveryForm.send')}
        </button>
      </form>
    </section>
  );
}

/** A participant of the source disputes the delivery with what is not done (as a report's answer is disputed). */
function DisputeForm({ c, onDone }: { c: Commitment; onDone(message: string): void }) {
  const { t } = useTranslation();
  const { busy, error, submit } = useSubmit();
  const [reason, setReason] = useState('');
  const send = submit(
    () => api.POST('/api/commitments/{number}/disputes', { params: { path: { number: c.number } }, body: { reason } }),
    () => {
      onDone(t('commitments.disputeForm.sent'));
      return changed();
    },
  );
  return (
    <section className="section" aria-labelledby="cm-dispute">
      <h2 id="cm-dispute">{t('commitments.disputeForm.title')}</h2>
      <p>{t('commitments.disputeForm.lead')}</p>
      <ErrorSummary error={error} targets={{ reason: 'cm-dispute-reason' }} id="cm-dispute-errors" />
      <form onSubmit={send} noValidate>
        <TextArea
          id="cm-dispute-reason"
          label={t('commitments.disputeForm.reason')}
          value={reason}
          onChange={setReason}
          rows={4}
          maxLength={noteMax}
          error={fieldMessage(error, 'reason')}
        />
        <button type="submit" className="button" disabled={busy}>
          {t('commitments.disputeForm.send')}
        </button>
      </form>
    </section>
  );
}
