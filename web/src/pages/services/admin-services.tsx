import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { api } from '../../api/client.js';
import { useDepartments } from '../../api/lists.js';
import { invalidate, useApiQuery } from '../../api/query.js';
import type { Schema } from '../../api/types.js';
import { ErrorSummary, fieldMessage } from '../../components/errors.js';
import { Checkbox, SelectField, TextArea, TextField } from '../../components/fields.js';
import { Notice, Tag } from '../../components/notice.js';
import { PageHeading, useTitle } from '../../components/page.js';
import { QueryView } from '../../components/query-view.js';
import { useFormat } from '../../format.js';
import { useSubmit } from '../../use-submit.js';
import { AdminNav } from '../admin/admin-nav.js';
import { roleName, serviceTitle } from './services-bits.js';
import './services.css';

/** A service's fields as the form holds them: the administrators' view of it (the server's ServiceDraft, each optional text null when empty). */
type ServiceDraft = Omit<Schema<'AdminServiceView'>['service'], 'id' | 'moderation' | 'usefulCount' | 'notUsefulCount'>;
/** A life role's fields as the form holds them: the catalogue's role (the server's LifeRoleDraft). */
type RoleDraft = Pick<Schema<'LifeRole'>, 'key' | 'nameRu' | 'nameEn' | 'icon' | 'descriptionRu' | 'descriptionEn' | 'position' | 'sourceUrl'>;

/** /admin/services: usefulness per service (least useful first), the roles, and the import. */
export function AdminServicesPage() {
  const { t } = useTranslation();
  useTitle(t('adminServices.title'));
  const catalogue = useApiQuery('/api/admin/services');
  return (
    <>
      <AdminNav />
      <div className="services">
        <PageHeading>{t('adminServices.title')}</PageHeading>
        <p>{t('adminServices.lead')}</p>
        <p className="entity-actions">
          <Link className="button" to="/admin/services/new">
            {t('adminServices.newService')}
          </Link>
          <Link className="button button--secondary" to="/admin/services/roles/new">
            {t('adminServices.newRole')}
          </Link>
        </p>
        <QueryView query={catalogue}>
          {({ services, roles }) => (
            <>
              <section className="section" aria-labelledby="admin-services-list">
                <h2 id="admin-services-list">{t('adminServices.servicesTitle')}</h2>
                <table className="table table--stack">
                  <thead>
                    <tr>
                      <th scope="col">{t('adminServices.service')}</th>
                      <th scope="col">{t('adminServices.usefulCol')}</th>
                      <th scope="col">{t('adminServices.notUsefulCol')}</th>
                      <th scope="col">{t('adminServices.percentCol')}</th>
                      <th scope="col">{t('adminServices.stateCol')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {services.map((s) => (
                      <tr key={s.id}>
                        <td data-label={t('adminServices.service')}>
                          <Link to={`/admin/services/${s.id}`}>{serviceTitle(s)}</Link>
                        </td>
                        <td data-label={t('adminServices.usefulCol')}>{s.usefulCount}</td>
                        <td data-label={t('adminServices.notUsefulCol')}>{s.notUsefulCount}</td>
                        <td data-label={t('adminServices.percentCol')}>{s.usefulPercent === null ? t('adminServices.notMarked') : `${s.usefulPercent} %`}</td>
                        <td data-label={t('adminServices.stateCol')}>
                          <Tag kind={s.moderation === 'visible' ? 'success' : 'warning'}>{t(`adminServices.state.${s.moderation}`)}</Tag>
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </section>
              <section className="section" aria-labelledby="admin-services-roles">
                <h2 id="admin-services-roles">{t('adminServices.rolesTitle')}</h2>
                <ul>
                  {roles.map((r) => (
                    <li key={r.id}>
                      <span aria-hidden="true">{r.icon} </span>
                      <Link to={`/admin/services/roles/${r.id}`}>{roleName(r)}</Link>{' '}
                      {r.moderation !== 'visible' ? <Tag kind="warning">{t(`adminServices.state.${r.moderation}`)}</Tag> : null}
                    </li>
                  ))}
                </ul>
              </section>
            </>
          )}
        </QueryView>
        <ImportForm />
      </div>
    </>
  );
}

/** The import: a file read in the browser, checked first (problems by line) or imported all or nothing. */
function ImportForm() {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [format, setFormat] = useState<'csv' | 'json'>('csv');
  const [result, setResult] = useState<Schema<'ServicesImportResult'> | null>(null);
  const { busy, error, run } = useSubmit();
  const send = (dryRun: boolean) =>
    run(
      () => api.POST('/api/admin/services/import', { body: { format, text, dryRun } }),
      async (r) => {
        setResult(r);
        if (!dryRun) await invalidate('/api/admin/services', '/api/services/roles');
      },
    );
  return (
    <section className="section" aria-labelledby="admin-services-import">
      <h2 id="admin-services-import">{t('adminServices.importTitle')}</h2>
      <p className="muted">{t('adminServices.importHint')}</p>
      <ErrorSummary error={error} id="import-errors" />
      <div className="field">
        <label className="field__label" htmlFor="f-import-file">
          {t('adminServices.file')}
        </label>
        <input
          id="f-import-file"
          className="service-file"
          type="file"
          accept=".csv,.json,text/csv,application/json"
          onChange={async (e) => {
            const file = e.target.files?.[0];
            if (!file) return;
            setFormat(file.name.toLowerCase().endsWith('.json') ? 'json' : 'csv');
            setText(await file.text());
            setResult(null);
          }}
        />
      </div>
      {result ? (
        <Notice kind={result.problems.length ? 'warning' : 'success'}>
          <p>{t(result.dryRun ? 'adminServices.checked' : 'adminServices.imported', { roles: result.roles, services: result.services })}</p>
          {result.problems.length ? (
            <>
              <p className="notice__title">{t('adminServices.problems')}</p>
              <ul>
                {result.problems.map((p, i) => (
                  <li key={i}>
                    {p.at}: {p.message}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </Notice>
      ) : null}
      <div className="entity-actions">
        <button className="button button--secondary" type="button" disabled={busy || !text} onClick={() => void send(true)}>
          {t('adminServices.check')}
        </button>
        <button className="button" type="button" disabled={busy || !text} onClick={() => void send(false)}>
          {t('adminServices.import')}
        </button>
      </div>
    </section>
  );
}

const emptyService: ServiceDraft = {
  key: '',
  title: '',
  titleEn: null,
  description: '',
  demoText: false,
  providerDepartmentId: null,
  providerName: null,
  onlineLink: null,
  inPerson: null,
  phone: null,
  documents: [],
  price: null,
  timeLimit: null,
  whoMayApply: null,
  sourceUrl: null,
  roles: [],
};

/** /admin/services/new and /admin/services/:id: a service's form, and residents' notes on it. */
export function AdminServicePage() {
  const { t } = useTranslation();
  const { id = 'new' } = useParams();
  const isNew = id === 'new';
  const view = useApiQuery('/api/admin/services/{id}', isNew ? null : { path: { id } });
  useTitle(t('adminServices.serviceTitle'));
  return (
    <>
      <AdminNav />
      <div className="narrow services">
        <p>
          <Link className="back-link" to="/admin/services">
            {t('adminServices.back')}
          </Link>
        </p>
        {isNew ? (
          <ServiceForm initial={emptyService} id={null} />
        ) : (
          <QueryView query={view}>
            {({ service, notes }) => (
              <>
                <ServiceForm initial={service} id={service.id} key={service.id} />
                <section className="section" aria-labelledby="admin-service-notes">
                  <h2 id="admin-service-notes">{t('adminServices.notesTitle')}</h2>
                  <p>{t('services.markCounts', { useful: service.usefulCount, notUseful: service.notUsefulCount })}</p>
                  {notes.length ? (
                    <ul>
                      {notes.map((n, i) => (
                        <li key={i}>
                          {n.useful ? t('services.useful') : t('services.notUseful')}: {n.note}
                        </li>
                      ))}
                    </ul>
                  ) : (
                    <p>{t('adminServices.noNotes')}</p>
                  )}
                </section>
              </>
            )}
          </QueryView>
        )}
      </div>
    </>
  );
}

const serviceTargets = Object.fromEntries(Object.keys(emptyService).map((k) => [k, `f-${k}`]));

function ServiceForm({ initial, id }: { initial: ServiceDraft; id: string | null }) {
  const { t } = useTranslation();
  const f = useFormat();
  const navigate = useNavigate();
  const departments = useDepartments();
  const roles = useApiQuery('/api/admin/services');
  const [form, setForm] = useState({ ...initial, documentsText: (initial.documents ?? []).join('\n') });
  const [saved, setSaved] = useState(false);
  const { busy, error, submit } = useSubmit();
  const line = (k: 'titleEn' | 'providerName' | 'onlineLink' | 'inPerson' | 'phone' | 'price' | 'timeLimit' | 'whoMayApply' | 'sourceUrl') => ({
    id: `f-${k}`,
    label: t(`adminServices.field.${k}`),
    value: form[k] ?? '',
    onChange: (v: string) => setForm((x) => ({ ...x, [k]: v || null })),
    error: fieldMessage(error, k),
  });
  const save = submit(
    () => {
      const { documentsText, ...rest } = form;
      const body = {
        ...rest,
        documents: documentsText
          .split('\n')
          .map((d) => d.trim())
          .filter(Boolean),
      };
      return id ? api.PUT('/api/admin/services/{id}', { params: { path: { id } }, body }) : api.POST('/api/admin/services', { body });
    },
    async (r) => {
      setSaved(true);
      await invalidate('/api/admin/services', '/api/services/roles', '/api/services/{id}', '/api/admin/services/{id}');
      if (!id) void navigate(`/admin/services/${r.id}`);
    },
  );
  return (
    <>
      <ErrorSummary error={error} targets={serviceTargets} />
      <PageHeading>{initial.title || t('adminServices.newService')}</PageHeading>
      {saved ? <Notice kind="success">{t('adminServices.saved')}</Notice> : null}
      <form onSubmit={save} noValidate>
        <TextField
          id="f-key"
          label={t('adminServices.field.key')}
          hint={t('adminServices.field.keyHint')}
          value={form.key}
          onChange={(v) => setForm((x) => ({ ...x, key: v }))}
          error={fieldMessage(error, 'key')}
        />
        <TextField
          id="f-title"
          label={t('adminServices.field.title')}
          value={form.title}
          onChange={(v) => setForm((x) => ({ ...x, title: v }))}
          error={fieldMessage(error, 'title')}
        />
        <TextField {...line('titleEn')} />
        <TextArea
          id="f-description"
          label={t('adminServices.field.description')}
          value={form.description}
          onChange={(v) => setForm((x) => ({ ...x, description: v }))}
          rows={6}
          maxLength={4000}
          error={fieldMessage(error, 'description')}
        />
        <Checkbox
          id="f-demoText"
          label={t('adminServices.field.demoText')}
          checked={form.demoText ?? false}
          onChange={(v) => setForm((x) => ({ ...x, demoText: v }))}
        />
        <SelectField
          id="f-providerDepartmentId"
          label={t('adminServices.field.providerDepartmentId')}
          value={form.providerDepartmentId ?? ''}
          onChange={(v) => setForm((x) => ({ ...x, providerDepartmentId: v || null }))}
          error={fieldMessage(error, 'providerDepartmentId')}
          options={[{ value: '', label: t('adminServices.field.noDepartment') }, ...(departments.data ?? []).map((d) => ({ value: d.id, label: f.name(d) }))]}
        />
        <TextField {...line('providerName')} />
        <TextField {...line('onlineLink')} type="url" />
        <TextField {...line('inPerson')} />
        <TextField {...line('phone')} type="tel" />
        <TextArea
          id="f-documents"
          label={t('adminServices.field.documents')}
          value={form.documentsText}
          onChange={(v) => setForm((x) => ({ ...x, documentsText: v }))}
          rows={5}
          error={fieldMessage(error, 'documents')}
        />
        <TextField {...line('price')} />
        <TextField {...line('timeLimit')} />
        <TextField {...line('whoMayApply')} />
        <TextField {...line('sourceUrl')} type="url" />
        <fieldset className="fieldset" id="f-roles" tabIndex={-1}>
          <legend>{t('adminServices.field.roles')}</legend>
          {fieldMessage(error, 'roles') ? <p className="field__error">{fieldMessage(error, 'roles')}</p> : null}
          <div className="service-picker">
            {(roles.data?.roles ?? []).map((r) => (
              <Checkbox
                key={r.id}
                id={`f-role-${r.key}`}
                label={`${r.icon} ${roleName(r)}`}
                checked={form.roles.includes(r.key)}
                onChange={(on) => setForm((x) => ({ ...x, roles: on ? [...x.roles, r.key] : x.roles.filter((k) => k !== r.key) }))}
              />
            ))}
          </div>
        </fieldset>
        <button className="button" type="submit" disabled={busy}>
          {t('adminServices.save')}
        </button>
      </form>
    </>
  );
}

const emptyRole: RoleDraft = { key: '', nameRu: '', nameEn: '', icon: '', descriptionRu: '', descriptionEn: '', position: 100, sourceUrl: null };

/** /admin/services/roles/new and /admin/services/roles/:id: a life role's form. */
export function AdminServiceRolePage() {
  const { t } = useTranslation();
  const { id = 'new' } = useParams();
  const catalogue = useApiQuery('/api/admin/services');
  useTitle(t('adminServices.roleTitle'));
  const role = id === 'new' ? emptyRole : catalogue.data?.roles.find((r) => r.id === id);
  return (
    <>
      <AdminNav />
      <div className="narrow services">
        <p>
          <Link className="back-link" to="/admin/services">
            {t('adminServices.back')}
          </Link>
        </p>
        {role ? <RoleForm initial={role} id={id === 'new' ? null : id} key={id} /> : <QueryView query={catalogue}>{() => null}</QueryView>}
      </div>
    </>
  );
}

function RoleForm({ initial, id }: { initial: RoleDraft; id: string | null }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [form, setForm] = useState<RoleDraft>({
    key: initial.key,
    nameRu: initial.nameRu,
    nameEn: initial.nameEn,
    icon: initial.icon,
    descriptionRu: initial.descriptionRu ?? '',
    descriptionEn: initial.descriptionEn ?? '',
    position: initial.position ?? 100,
    sourceUrl: initial.sourceUrl ?? null,
  });
  const [saved, setSaved] = useState(false);
  const { busy, error, submit } = useSubmit();
  const text = (k: 'key' | 'nameRu' | 'nameEn' | 'icon') => ({
    id: `f-${k}`,
    label: t(`adminServices.field.${k}`),
    value: form[k],
    onChange: (v: string) => setForm((x) => ({ ...x, [k]: v })),
    error: fieldMessage(error, k),
  });
  const save = submit(
    () => (id ? api.PUT('/api/admin/services/roles/{id}', { params: { path: { id } }, body: form }) : api.POST('/api/admin/services/roles', { body: form })),
    async (r) => {
      setSaved(true);
      await invalidate('/api/admin/services', '/api/services/roles');
      if (!id) void navigate(`/admin/services/roles/${r.id}`);
    },
  );
  return (
    <>
      <ErrorSummary
        error={error}
        targets={{
          key: 'f-key',
          nameRu: 'f-nameRu',
          nameEn: 'f-nameEn',
          icon: 'f-icon',
          descriptionRu: 'f-descriptionRu',
          descriptionEn: 'f-descriptionEn',
          position: 'f-position',
        }}
      />
      <PageHeading>{initial.nameRu || t('adminServices.newRole')}</PageHeading>
      {saved ? <Notice kind="success">{t('adminServices.saved')}</Notice> : null}
      <form onSubmit={save} noValidate>
        <TextField {...text('key')} hint={t('adminServices.field.keyHint')} />
        <TextField {...text('nameRu')} />
        <TextField {...text('nameEn')} />
        <TextField {...text('icon')} width="short" />
        <TextArea
          id="f-descriptionRu"
          label={t('adminServices.field.descriptionRu')}
          value={form.descriptionRu ?? ''}
          onChange={(v) => setForm((x) => ({ ...x, descriptionRu: v }))}
          rows={3}
          error={fieldMessage(error, 'descriptionRu')}
        />
        <TextArea
          id="f-descriptionEn"
          label={t('adminServices.field.descriptionEn')}
          value={form.descriptionEn ?? ''}
          onChange={(v) => setForm((x) => ({ ...x, descriptionEn: v }))}
          rows={3}
          error={fieldMessage(error, 'descriptionEn')}
        />
        <TextField
          id="f-position"
          label={t('adminServices.field.position')}
          type="number"
          width="short"
          value={String(form.position ?? 100)}
          onChange={(v) => setForm((x) => ({ ...x, position: Number(v) || 0 }))}
          error={fieldMessage(error, 'position')}
        />
        <button className="button" type="submit" disabled={busy}>
          {t('adminServices.save')}
        </button>
      </form>
    </>
  );
}
