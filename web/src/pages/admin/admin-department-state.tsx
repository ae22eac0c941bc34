import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { api } from '../../api/client.js';
import { invalidate, useApiQuery } from '../../api/query.js';
import type { Department } from '../../api/types.js';
import { useConfirm } from '../../components/confirm-dialog.js';
import { ErrorSummary, fieldMessage } from '../../components/errors.js';
import { SelectField } from '../../components/fields.js';
import { Notice } from '../../components/notice.js';
import { useFormat } from '../../format.js';
import { useSubmit } from '../../use-submit.js';

/**
 * A department's state for administrators: what refers to it, retire or bring back, merge into another
 * (a dialog naming what moves) and delete. The server refuses with the counts when the state does not
 * allow a step; its message is shown here.
 */
export function DepartmentState({ d, departments }: { d: Department; departments: Department[] }) {
  const { t } = useTranslation();
  const f = useFormat();
  const navigate = useNavigate();
  const usage = useApiQuery('/api/admin/departments/{id}/usage', { path: { id: d.id } });
  const { busy, error, run } = useSubmit();
  const [done, setDone] = useState('');
  const [merging, setMerging] = useState(false);
  const { ask, dialog } = useConfirm();
  const refresh = () => invalidate('/api/departments/{id}', '/api/departments', '/api/admin/departments/{id}/usage');
  const name = f.name(d);

  if (d.mergedInto)
    return (
      <section aria-labelledby="state-title" className="admin-section">
        <h3 id="state-title">{t('adminDepartments.stateTitle')}</h3>
        {done ? <Notice kind="success" title={done} /> : null}
        <Notice title={t('adminDepartments.mergedInfo', { name: f.name(d.mergedInto) })} />
      </section>
    );

  const retire = async () => {
    if (
      !(await ask({
        title: t('adminDepartments.retireConfirm', { name }),
        body: <p>{t('adminDepartments.retireHint')}</p>,
        confirm: t('adminDepartments.retire'),
      }))
    )
      return;
    void run(
      () => api.POST('/api/admin/departments/{id}/retire', { params: { path: { id: d.id } } }),
      async () => {
        setDone(t('adminDepartments.retired'));
        await refresh();
      },
    );
  };
  const restore = () =>
    void run(
      () => api.POST('/api/admin/departments/{id}/restore', { params: { path: { id: d.id } } }),
      async () => {
        setDone(t('adminDepartments.restored'));
        await refresh();
      },
    );
  const remove = async () => {
    if (
      !(await ask({
        title: t('adminDepartments.deleteConfirm', { name }),
        body: <p>{t('adminDepartments.deleteHint')}</p>,
        confirm: t('adminDepartments.delete'),
      }))
    )
      return;
    void run(
      () => api.DELETE('/api/admin/departments/{id}', { params: { path: { id: d.id } } }),
      async () => {
        await invalidate('/api/departments');
        void navigate('/admin/departments');
      },
    );
  };

  return (
    <section aria-labelledby="state-title" className="admin-section">
      <h3 id="state-title">{t('adminDepartments.stateTitle')}</h3>
      {usage.data ? <p>{t('adminDepartments.usage', usage.data)}</p> : null}
      <ErrorSummary error={error} id="state-errors" />
      {done ? <Notice kind="success" title={done} /> : null}
      <p className="muted">{d.retiredAt ? null : t('adminDepartments.retireHint')}</p>
      <div className="form-actions">
        {d.retiredAt ? (
          <button type="button" className="button button--secondary" disabled={busy} onClick={restore}>
            {t('adminDepartments.restore')}
          </button>
        ) : (
          <button type="button" className="button button--secondary" disabled={busy} onClick={() => void retire()}>
            {t('adminDepartments.retire')}
          </button>
        )}
        <button type="button" className="button button--secondary" aria-haspopup="dialog" disabled={busy} onClick={() => setMerging(true)}>
          {t('adminDepartments.merge')}
        </button>
        <button type="button" className="button button--warning" disabled={busy} onClick={() => void remove()}>
          {t('adminDepartments.delete')}
        </button>
      </div>
      <p className="muted">{t('adminDepartments.deleteHint')}</p>
      {merging ? (
        <MergeDialog
          d={d}
          targets={departments.filter((x) => x.id !== d.id && !x.retiredAt)}
          usage={usage.data ?? null}
          onClose={() => setMerging(false)}
          onMerged={async (message) => {
            setMerging(false);
            setDone(message);
            await refresh();
          }}
        />
      ) : null}
      {dialog}
    </section>
  );
}

type Usage = { reports: number; routingRules: number; roles: number };

/** The browser's modal dialog: choose the department to merge into; it says how many reports and rules move before anything happens. */
function MergeDialog({
  d,
  targets,
  usage,
  onClose,
  onMerged,
}: {
  d: Department;
  targets: Department[];
  usage: Usage | null;
  onClose: () => void;
  onMerged: (message: string) => Promise<void>;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  const dialog = useRef<HTMLDialogElement>(null);
  const [intoId, setInto] = useState('');
  const { busy, error, submit } = useSubmit();
  useEffect(() => {
    if (dialog.current && !dialog.current.open) dialog.current.showModal();
  }, []);
  const target = targets.find((x) => x.id === intoId);
  const merge = submit(
    () => api.POST('/api/admin/departments/{id}/merge', { params: { path: { id: d.id } }, body: { intoId } }),
    (r) =>
      onMerged(t('adminDepartments.merged', { name: f.name(r.department.mergedInto ?? r.department), reports: r.moved.reports, rules: r.moved.routingRules })),
  );
  return (
    <dialog ref={dialog} className="dialog" aria-labelledby="merge-title" onClose={onClose}>
      <form onSubmit={merge} noValidate>
        <h2 id="merge-title" className="dialog__title">
          {t('adminDepartments.mergeTitle', { name: f.name(d) })}
        </h2>
        <ErrorSummary error={error} targets={{ intoId: 'f-into' }} id="merge-errors" />
        <SelectField
          id="f-into"
          label={t('adminDepartments.mergeTarget')}
          value={intoId}
          onChange={setInto}
          error={fieldMessage(error, 'intoId')}
          options={[
            { value: '', label: t('adminDepartments.chooseTarget') },
            ...targets.map((x) => ({ value: x.id, label: f.name(x) })).sort((a, b) => f.collator.compare(a.label, b.label)),
          ]}
        />
        {target && usage ? (
          <Notice kind="warning">
            <p>{t('adminDepartments.mergeWhat', { name: f.name(d), reports: usage.reports, rules: usage.routingRules, roles: usage.roles })}</p>
          </Notice>
        ) : null}
        <div className="dialog__actions form-actions">
          <button type="submit" className="button button--warning" disabled={busy || !target}>
            {t('adminDepartments.mergeConfirm')}
          </button>
          <button type="button" className="button button--secondary" onClick={() => dialog.current?.close()}>
            {t('adminDepartments.cancel')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
