import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.js';
import { invalidate } from '../../api/query.js';
import type { Schema } from '../../api/types.js';
import { ErrorSummary, fieldMessage } from '../../components/errors.js';
import { TextArea } from '../../components/fields.js';
import { Notice } from '../../components/notice.js';
import { useErrorTitle } from '../../components/page.js';
import { useSubmit } from '../../use-submit.js';
import { draftOf, ProjectFields, shiftBody, ShiftFields, type ShiftDraft } from './project-fields.js';

type View = Schema<'VolunteerProjectView'>;
type Shift = View['shifts'][number];

const shiftFieldNames = ['title', 'startsAt', 'endsAt', 'lat', 'onlineUrl', 'capacity', 'bring'];
const refresh = () => invalidate('/api/volunteering/projects/{id}', '/api/volunteering/projects', '/api/volunteering/shifts/{shiftId}/signups');

/** The organisers change a project's title, description and district, or cancel it with a reason. */
export function ProjectChanges({ p }: { p: View }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [title, setTitle] = useState(p.title);
  const [description, setDescription] = useState(p.description);
  const [districtId, setDistrictId] = useState(p.districtId ?? '');
  const [saved, setSaved] = useState(false);
  const { busy, error, submit } = useSubmit();
  useErrorTitle(!!error);
  const err = (field: string) => fieldMessage(error, field);
  if (p.cancelledAt) return null;
  const people = p.shifts.filter((s) => !s.cancelledAt).reduce((n, s) => n + s.registeredCount + s.waitlistCount, 0);
  return (
    <section className="section card" aria-labelledby="vol-project-changes">
      <h2 id="vol-project-changes">{t('volunteering.change.project')}</h2>
      {saved ? <Notice kind="success">{t('volunteering.change.saved')}</Notice> : null}
      {open ? (
        <form
          className="form"
          noValidate
          onSubmit={submit(
            () => api.PUT('/api/volunteering/projects/{id}', { params: { path: { id: p.id } }, body: { title, description, districtId: districtId || null } }),
            async () => {
              setSaved(true);
              setOpen(false);
              await refresh();
            },
          )}
        >
          <ErrorSummary id="vol-project-errors" error={error} />
          <ProjectFields {...{ title, setTitle, description, setDescription, districtId, setDistrictId, err }} />
          <SaveOrClose busy={busy} save={t('volunteering.change.save')} close={() => setOpen(false)} />
        </form>
      ) : (
        <p>
          <button type="button" className="button button--secondary" onClick={() => setOpen(true)}>
            {t('volunteering.change.editProject')}
          </button>
        </p>
      )}
      <CancelStep
        id={`vol-cancel-${p.id}`}
        label={t('volunteering.change.cancelProject')}
        confirm={t('volunteering.change.confirmProject', { count: people })}
        send={(reason) => api.POST('/api/volunteering/projects/{id}/cancel', { params: { path: { id: p.id } }, body: { reason } })}
      />
    </section>
  );
}

/** The organisers change a shift (before it starts) or cancel it with a reason; a cancelled one says so. */
export function ShiftChanges({ s }: { s: Shift }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [draft, setDraft] = useState<ShiftDraft>(() => draftOf(s));
  const [saved, setSaved] = useState(false);
  const { busy, error, submit } = useSubmit();
  useErrorTitle(!!error);
  if (s.cancelledAt)
    return (
      <Notice kind="warning" title={t('volunteering.cancelledShift')}>
        {s.cancelReason}
      </Notice>
    );
  if (Date.parse(s.startsAt) <= Date.now()) return null;
  const prefix = `vol-shift-${s.id}-`;
  const err = (field: string) => fieldMessage(error, field.slice(prefix.length));
  return (
    <div className="vol-changes">
      {saved ? <Notice kind="success">{t('volunteering.change.savedShift')}</Notice> : null}
      {open ? (
        <form
          className="form"
          noValidate
          onSubmit={submit(
            () => api.PUT('/api/volunteering/shifts/{shiftId}', { params: { path: { shiftId: s.id } }, body: shiftBody(draft) }),
            async () => {
              setSaved(true);
              setOpen(false);
              await refresh();
            },
          )}
        >
          <ErrorSummary id={`${prefix}errors`} error={error} targets={Object.fromEntries(shiftFieldNames.map((n) => [n, `${prefix}${n}`]))} />
          <p className="muted">{t('volunteering.change.shiftHint')}</p>
          <ShiftFields prefix={prefix} s={draft} set={(patch) => setDraft((d) => ({ ...d, ...patch }))} err={err} withAge={false} />
          <SaveOrClose busy={busy} save={t('volunteering.change.saveShift')} close={() => setOpen(false)} />
        </form>
      ) : (
        <p>
          <button type="button" className="button button--secondary" onClick={() => setOpen(true)}>
            {t('volunteering.change.editShift')}
          </button>
        </p>
      )}
      <CancelStep
        id={`vol-cancel-${s.id}`}
        label={t('volunteering.change.cancelShift')}
        confirm={t('volunteering.change.confirmShift', { count: s.registeredCount + s.waitlistCount })}
        send={(reason) => api.POST('/api/volunteering/shifts/{shiftId}/cancel', { params: { path: { shiftId: s.id } }, body: { reason } })}
      />
    </div>
  );
}

/** A change form's buttons: save, or close it without saving. */
function SaveOrClose({ busy, save, close }: { busy: boolean; save: string; close(): void }) {
  const { t } = useTranslation();
  return (
    <div className="entity-actions">
      <button type="submit" className="button" disabled={busy}>
        {save}
      </button>
      <button type="button" className="button button--secondary" onClick={close}>
        {t('volunteering.change.close')}
      </button>
    </div>
  );
}

/** Cancelling in two steps: the button opens the reason, and a second button (saying who will be told) confirms. */
function CancelStep({ id, label, confirm, send }: { id: string; label: string; confirm: string; send(reason: string): Promise<unknown> }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const { busy, error, submit } = useSubmit();
  useErrorTitle(!!error);
  if (!open)
    return (
      <p>
        <button type="button" className="button button--warning" onClick={() => setOpen(true)}>
          {label}
        </button>
      </p>
    );
  return (
    <form className="form" noValidate onSubmit={submit(() => send(reason), refresh)}>
      <ErrorSummary id={`${id}-errors`} error={error} targets={{ reason: `${id}-reason` }} />
      <TextArea
        id={`${id}-reason`}
        label={t('volunteering.change.reason')}
        hint={t('volunteering.change.reasonHint')}
        error={fieldMessage(error, 'reason')}
        value={reason}
        onChange={setReason}
        rows={3}
      />
      <Notice kind="warning">{confirm}</Notice>
      <div className="entity-actions">
        <button type="submit" className="button button--warning" disabled={busy}>
          {t('volunteering.change.confirmCancel')}
        </button>
        <button type="button" className="button button--secondary" onClick={() => setOpen(false)}>
          {t('volunteering.change.keep')}
        </button>
      </div>
    </form>
  );
}
