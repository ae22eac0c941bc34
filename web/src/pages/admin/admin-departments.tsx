import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { api } from '../../api/client.js';
import { invalidate, useApiQuery } from '../../api/query.js';
import type { Department } from '../../api/types.js';
import { ErrorSummary, fieldMessage } from '../../components/errors.js';
import { SelectField, TextField } from '../../components/fields.js';
import { Notice } from '../../components/notice.js';
import { PersonFinder, type DeskPerson } from '../../components/person-finder.js';
import { PageHeading, useErrorTitle, useTitle } from '../../components/page.js';
import { QueryView } from '../../components/query-view.js';
import { useFormat } from '../../format.js';
import { useSubmit } from '../../use-submit.js';
import { AdminNav } from './admin-nav.js';
import { DepartmentFields, draftBody, draftTargets, emptyDraft, type DepartmentDraft } from './admin-department-fields.js';
import { DepartmentState } from './admin-department-state.js';
import { DepartmentsImport } from './admin-departments-import.js';

/**
 * Departments for administrators: the list (retired ones marked), a new department, one department's names,
 * kind, district, contacts and head, retiring, merging and deleting it, and a CSV import with a preview.
 * What is open on the right is in the address: `?id=…`, `?new=1` or `?import=1`.
 */
export function AdminDepartmentsPage() {
  const { t } = useTranslation();
  const f = useFormat();
  useTitle(t('adminDepartments.title'));
  const [params] = useSearchParams();
  const chosen = params.get('id');
  const list = useApiQuery('/api/departments', { query: { retired: 'include' } }, { select: (r) => r.items });

  return (
    <>
      <AdminNav />
      <PageHeading>{t('adminDepartments.title')}</PageHeading>
      <p className="lead">{t('adminDepartments.lead')}</p>
      <p>{t('adminDepartments.lead2')}</p>
      <p className="form-actions">
        <Link className="button button--secondary" to="?new=1">
          {t('adminDepartments.new')}
        </Link>
        <Link className="button button--secondary" to="?import=1">
          {t('adminDepartments.importLink')}
        </Link>
      </p>
      <QueryView query={list}>
        {(departments) => (
          <div className="admin-split">
            <section className="admin-split__list" aria-labelledby="deps-title">
              <h2 id="deps-title">{t('adminDepartments.list')}</h2>
              <ul className="links links--compact">
                {[...departments]
                  .sort((a, b) => Number(!!a.retiredAt) - Number(!!b.retiredAt) || f.collator.compare(f.name(a), f.name(b)))
                  .map((d) => (
                    <li key={d.id}>
                      <Link to={`?id=${encodeURIComponent(d.id)}`} aria-current={d.id === chosen ? 'true' : undefined}>
                        {f.name(d)}
                      </Link>
                      {d.retiredAt ? (
                        <span className="muted">
                          {' '}
                          · {d.mergedInto ? t('adminDepartments.mergedTag', { name: f.name(d.mergedInto) }) : t('adminDepartments.retiredTag')}
                        </span>
                      ) : null}
                    </li>
                  ))}
              </ul>
            </section>
            <section className="admin-split__edit" aria-labelledby="edit-title">
              {params.get('new') ? (
                <NewDepartment />
              ) : params.get('import') ? (
                <DepartmentsImport />
              ) : chosen ? (
                <DepartmentEditor key={chosen} id={chosen} departments={departments} />
              ) : (
                <>
                  <h2 id="edit-title">{t('adminDepartments.editTitle')}</h2>
                  <p className="muted">{t('adminDepartments.choose')}</p>
                </>
              )}
            </section>
          </div>
        )}
      </QueryView>
    </>
  );
}

/**
 * A new department: its id (or one made from the name), names, kind, district and contacts, and optionally its
 * head, found with the person finder (its own search form, so it sits outside the department's form, whose
 * button comes after it): they are made an official of the new department and its head.
 */
function NewDepartment() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [value, setValue] = useState<DepartmentDraft>(emptyDraft);
  const [id, setId] = useState('');
  const [head, setHead] = useState<DeskPerson | null>(null);
  const { busy, error, submit } = useSubmit();
  useErrorTitle(!!error);
  const set = (k: keyof DepartmentDraft) => (v: string) => setValue((old) => ({ ...old, [k]: v }));
  const save = submit(
    () =>
      api.POST('/api/admin/departments', {
        body: { ...draftBody(value), ...(id.trim() ? { id: id.trim() } : {}), ...(head ? { headUserId: head.id } : {}) },
      }),
    async (created) => {
      await invalidate('/api/departments');
      void navigate(`?id=${encodeURIComponent(created.id)}&created=1`);
    },
  );
  const headError = fieldMessage(error, 'headUserId');
  return (
    <>
      <form id="new-department" onSubmit={save} noValidate aria-labelledby="edit-title">
        <h2 id="edit-title">{t('adminDepartments.newTitle')}</h2>
        <ErrorSummary error={error} targets={{ ...draftTargets, headUserId: 'f-new-head' }} />
        <DepartmentFields value={value} set={set} error={error} />
        <TextField
          id="f-id"
          label={t('adminDepartments.idLabel')}
          hint={t('adminDepartments.idHint')}
          value={id}
          onChange={setId}
          width="medium"
          error={fieldMessage(error, 'id')}
        />
      </form>
      <section className={`admin-section${headError ? ' field--error' : ''}`} aria-labelledby="new-head-title">
        <h3 id="new-head-title">{t('adminDepartments.headAtCreate')}</h3>
        <p className="muted">{t('adminDepartments.headAtCreateHint')}</p>
        {headError ? <p className="field__error">{headError}</p> : null}
        <PersonFinder id="f-new-head" picked={head} onPick={setHead} />
        <p aria-live="polite">{head ? t('adminDepartments.headChosen', { name: head.displayName }) : t('adminDepartments.headNone')}</p>
      </section>
      <button type="submit" form="new-department" className="button" disabled={busy}>
        {t('adminDepartments.create')}
      </button>
    </>
  );
}

/** A department's fields and head, loaded afresh (the list may be older than the last edit), and its state. */
function DepartmentEditor({ id, departments }: { id: string; departments: Department[] }) {
  const dep = useApiQuery('/api/departments/{id}', { path: { id } });
  return (
    <QueryView query={dep}>
      {(d) => (
        <>
          <DepartmentForm d={d} />
          <DepartmentState d={d} departments={departments} />
        </>
      )}
    </QueryView>
  );
}

function DepartmentForm({ d }: { d: Department }) {
  const { t } = useTranslation();
  const f = useFormat();
  const [params] = useSearchParams();
  const id = d.id;
  const officials = useApiQuery('/api/people', { query: { role: 'official', scopeId: id } }, { select: (r) => r.items });
  const [value, setValue] = useState<DepartmentDraft>({
    nameRu: d.nameRu,
    nameEn: d.nameEn,
    kind: d.kind,
    districtId: d.districtId ?? '',
    phone: d.phone ?? '',
    email: d.email ?? '',
    address: d.address ?? '',
    website: d.website ?? '',
  });
  const [headUserId, setHead] = useState(d.head?.id ?? '');
  const { busy, error, submit } = useSubmit();
  useErrorTitle(!!error);
  const [saved, setSaved] = useState(false);
  const set = (k: keyof DepartmentDraft) => (v: string) => {
    setSaved(false);
    setValue((old) => ({ ...old, [k]: v }));
  };
  const save = submit(
    () => api.PATCH('/api/admin/departments/{id}', { params: { path: { id } }, body: { ...draftBody(value), headUserId: headUserId || null } }),
    async () => {
      setSaved(true);
      await invalidate('/api/departments/{id}', '/api/departments');
    },
  );
  return (
    <form onSubmit={save} noValidate aria-labelledby="edit-title">
      <h2 id="edit-title">{f.name(d)}</h2>
      <p>
        <Link to={`/departments/${encodeURIComponent(id)}`}>{t('adminDepartments.publicPage')}</Link>
      </p>
      <ErrorSummary error={error} targets={draftTargets} />
      {params.get('created') && !saved ? <Notice kind="success" title={t('adminDepartments.created', { name: f.name(d) })} /> : null}
      {saved ? <Notice kind="success" title={t('adminDepartments.saved')} /> : null}
      <DepartmentFields value={value} set={set} error={error} />
      <SelectField
        id="f-head"
        label={t('department.head')}
        hint={t('adminDepartments.headHint')}
        value={headUserId}
        onChange={(v) => {
          setSaved(false);
          setHead(v);
        }}
        error={fieldMessage(error, 'headUserId')}
        options={[{ value: '', label: t('adminDepartments.noHead') }, ...(officials.data ?? []).map((p) => ({ value: p.id, label: p.displayName }))]}
      />
      <button type="submit" className="button" disabled={busy}>
        {t('adminDepartments.save')}
      </button>
    </form>
  );
}
