import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { api } from '../../api/client.js';
import { useDepartments } from '../../api/lists.js';
import { invalidate, useApiQuery } from '../../api/query.js';
import type { Department } from '../../api/types.js';
import { ErrorSummary, fieldMessage } from '../../components/errors.js';
import { SelectField, TextField } from '../../components/fields.js';
import { Notice } from '../../components/notice.js';
import { PageHeading, useErrorTitle, useTitle } from '../../components/page.js';
import { QueryView } from '../../components/query-view.js';
import { useFormat } from '../../format.js';
import { useSubmit } from '../../use-submit.js';
import { AdminNav } from './admin-nav.js';

/** Departments for administrators: contacts shown on every report card, and the head who hears of overdue reports. */
export function AdminDepartmentsPage() {
  const { t } = useTranslation();
  const f = useFormat();
  useTitle(t('adminDepartments.title'));
  const [params] = useSearchParams();
  const chosen = params.get('id');
  const list = useDepartments();

  return (
    <>
      <AdminNav />
      <PageHeading>{t('adminDepartments.title')}</PageHeading>
      <p className="lead">{t('adminDepartments.lead')}</p>
      <QueryView query={list}>
        {(departments) => (
          <div className="admin-split">
            <section className="admin-split__list" aria-labelledby="deps-title">
              <h2 id="deps-title">{t('adminDepartments.list')}</h2>
              <ul className="links links--compact">
                {[...departments]
                  .sort((a, b) => f.collator.compare(f.name(a), f.name(b)))
                  .map((d) => (
                    <li key={d.id}>
                      <Link to={`?id=${encodeURIComponent(d.id)}`} aria-current={d.id === chosen ? 'true' : undefined}>
                        {f.name(d)}
                      </Link>
                    </li>
                  ))}
              </ul>
            </section>
            <section className="admin-split__edit" aria-labelledby="edit-title">
              {chosen ? (
                <DepartmentEditor key={chosen} id={chosen} />
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

/** A department's contacts and head, loaded afresh (the list may be older than the last edit). */
function DepartmentEditor({ id }: { id: string }) {
  const dep = useApiQuery('/api/departments/{id}', { path: { id } });
  return <QueryView query={dep}>{(d) => <DepartmentForm d={d} />}</QueryView>;
}

function DepartmentForm({ d }: { d: Department }) {
  const { t } = useTranslation();
  const f = useFormat();
  const id = d.id;
  const officials = useApiQuery('/api/people', { query: { role: 'official', scopeId: id } }, { select: (r) => r.items });
  const [value, setValue] = useState({
    phone: d.phone ?? '',
    email: d.email ?? '',
    address: d.address ?? '',
    website: d.website ?? '',
    headUserId: d.head?.id ?? '',
  });
  const { busy, error, submit } = useSubmit();
  useErrorTitle(!!error);
  const [saved, setSaved] = useState(false);
  const set = (k: keyof typeof value) => (v: string) => {
    setSaved(false);
    setValue((old) => ({ ...old, [k]: v }));
  };
  const save = submit(
    () =>
      api.PATCH('/api/admin/departments/{id}', {
        params: { path: { id } },
        body: {
          phone: value.phone.trim() || null,
          email: value.email.trim() || null,
          address: value.address.trim() || null,
          website: value.website.trim() || null,
          headUserId: value.headUserId || null,
        },
      }),
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
      <ErrorSummary error={error} targets={{ phone: 'f-phone', email: 'f-email', address: 'f-address', website: 'f-website', headUserId: 'f-head' }} />
      {saved ? <Notice kind="success" title={t('adminDepartments.saved')} /> : null}
      <TextField
        id="f-phone"
        type="tel"
        label={t('department.phone')}
        hint={t('adminDepartments.phoneHint')}
        value={value.phone}
        onChange={set('phone')}
        width="medium"
        error={fieldMessage(error, 'phone')}
      />
      <TextField id="f-email" type="email" label={t('department.email')} value={value.email} onChange={set('email')} error={fieldMessage(error, 'email')} />
      <TextField id="f-address" label={t('department.address')} value={value.address} onChange={set('address')} error={fieldMessage(error, 'address')} />
      <TextField
        id="f-website"
        type="url"
        label={t('department.website')}
        hint={t('adminDepartments.websiteHint')}
        value={value.website}
        onChange={set('website')}
        error={fieldMessage(error, 'website')}
      />
      <SelectField
        id="f-head"
        label={t('department.head')}
        hint={t('adminDepartments.headHint')}
        value={value.headUserId}
        onChange={set('headUserId')}
        error={fieldMessage(error, 'headUserId')}
        options={[{ value: '', label: t('adminDepartments.noHead') }, ...(officials.data ?? []).map((p) => ({ value: p.id, label: p.displayName }))]}
      />
      <button type="submit" className="button" disabled={busy}>
        {t('adminDepartments.save')}
      </button>
    </form>
  );
}
