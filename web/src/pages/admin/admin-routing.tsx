import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiError } from '../../api/client.js';
import { invalidate } from '../../api/query.js';
import type { Schema } from '../../api/types.js';
import { ErrorSummary, fieldMessage } from '../../components/errors.js';
import { SelectField } from '../../components/fields.js';
import { PageHeading, useTitle } from '../../components/page.js';
import { useFormat } from '../../format.js';
import { useSubmit } from '../../use-submit.js';
import { AdminNav } from './admin-nav.js';
import { useRoutingOptions } from './admin-routing-options.js';
import { RoutingRules } from './admin-routing-rules.js';

type Resolution = Schema<'RoutingResolution'>;

/**
 * Routing rules: which department gets a problem type (or a whole category) in a district (or the
 * whole city); the most specific rule wins. A tester answers "where does this go?" for a problem
 * type in a district.
 */
export function AdminRoutingPage() {
  const { t } = useTranslation();
  const f = useFormat();
  const options = useRoutingOptions();
  const [form, setForm] = useState({ target: '', districtId: '', departmentId: '' });
  const add = useSubmit();
  const [notice, setNotice] = useState<string | null>(null);
  const [test, setTest] = useState({ reasonId: '', districtId: '' });
  const tester = useSubmit();
  useTitle(t('adminRouting.title'), !!(add.error || tester.error));
  const [resolved, setResolved] = useState<Resolution | null>(null);
  const refuse = (field: string, message: string) => new ApiError(400, 'validation_failed', message, { [field]: message });

  function create(e: FormEvent) {
    e.preventDefault();
    setNotice(null);
    const [kind, id] = form.target.split(':');
    if (!id && kind !== 'all') return add.setError(refuse('target', t('adminRouting.targetRequired')));
    if (!form.departmentId) return add.setError(refuse('departmentId', t('adminRouting.departmentRequired')));
    void add.run(
      () =>
        api.POST('/api/admin/routing-rules', {
          body: {
            // 'all': the city-wide default, for every problem no more specific rule covers
            ...(kind === 'r' ? { reasonId: Number(id) } : kind === 'c' ? { categoryId: Number(id) } : {}),
            districtId: form.districtId || null,
            departmentId: form.departmentId,
          },
        }),
      async () => {
        setNotice(t('adminRouting.added'));
        setForm({ target: '', districtId: '', departmentId: '' });
        await invalidate('/api/admin/routing-rules');
      },
    );
  }

  function resolve(e: FormEvent) {
    e.preventDefault();
    if (!test.reasonId) return tester.setError(refuse('reasonId', t('adminRouting.targetRequired')));
    void tester.run(
      () =>
        api.GET('/api/routing/resolve', {
          params: { query: { reasonId: Number(test.reasonId), ...(test.districtId ? { districtId: test.districtId } : {}) } },
        }),
      setResolved,
    );
  }

  const targetOptions = [
    { value: '', label: t('admin.choose') },
    { value: 'all', label: t('adminRouting.everything') },
    ...options.reasons.map((o) => ({ value: `r:${o.value}`, label: `${t('adminRouting.reasonPrefix')}: ${o.label}` })),
    ...options.categories.map((o) => ({ value: `c:${o.value}`, label: `${t('adminRouting.categoryPrefix')}: ${o.label}` })),
  ];

  return (
    <>
      <AdminNav />
      <PageHeading>{t('adminRouting.title')}</PageHeading>
      <p className="lead">{t('adminRouting.lead')}</p>

      <section className="section" aria-labelledby="tester-title">
        <h2 id="tester-title">{t('adminRouting.testerTitle')}</h2>
        <form className="filters filters--tester" onSubmit={resolve} noValidate aria-labelledby="tester-title">
          <ErrorSummary id="tester-errors" error={tester.error} targets={{ reasonId: 't-reason', districtId: 't-district' }} />
          <SelectField
            id="t-reason"
            label={t('adminRouting.reason')}
            value={test.reasonId}
            onChange={(v) => setTest((s) => ({ ...s, reasonId: v }))}
            error={fieldMessage(tester.error, 'reasonId')}
            options={[{ value: '', label: t('admin.choose') }, ...options.reasons]}
          />
          <SelectField
            id="t-district"
            label={t('field.district')}
            value={test.districtId}
            onChange={(v) => setTest((s) => ({ ...s, districtId: v }))}
            options={[{ value: '', label: t('scopeType.city') }, ...options.districts]}
          />
          <div className="filters__actions">
            <button type="submit" className="button button--secondary" disabled={tester.busy}>
              {t('adminRouting.resolve')}
            </button>
          </div>
        </form>
        <p role="status" className="resolve-result">
          {resolved ? (resolved.department ? t('adminRouting.resolvedTo', { department: f.name(resolved.department) }) : t('adminRouting.resolvedNone')) : ''}
        </p>
      </section>

      <section className="section" aria-labelledby="add-title">
        <h2 id="add-title">{t('adminRouting.addTitle')}</h2>
        <form className="form" onSubmit={create} noValidate aria-labelledby="add-title">
          <ErrorSummary
            id="add-errors"
            error={add.error}
            targets={{ target: 'f-target', reasonId: 'f-target', categoryId: 'f-target', districtId: 'f-district', departmentId: 'f-department' }}
          />
          <SelectField
            id="f-target"
            label={t('adminRouting.target')}
            hint={t('adminRouting.targetHint')}
            value={form.target}
            onChange={(v) => setForm((s) => ({ ...s, target: v }))}
            error={fieldMessage(add.error, 'target') ?? fieldMessage(add.error, 'reasonId') ?? fieldMessage(add.error, 'categoryId')}
            options={targetOptions}
          />
          <SelectField
            id="f-district"
            label={t('field.district')}
            value={form.districtId}
            onChange={(v) => setForm((s) => ({ ...s, districtId: v }))}
            error={fieldMessage(add.error, 'districtId')}
            options={[{ value: '', label: t('scopeType.city') }, ...options.districts]}
          />
          <SelectField
            id="f-department"
            label={t('field.department')}
            value={form.departmentId}
            onChange={(v) => setForm((s) => ({ ...s, departmentId: v }))}
            error={fieldMessage(add.error, 'departmentId')}
            options={[{ value: '', label: t('admin.choose') }, ...options.departments]}
          />
          <button type="submit" className="button" disabled={add.busy}>
            {t('adminRouting.add')}
          </button>
        </form>
      </section>

      <RoutingRules notice={notice} onNotice={setNotice} />
    </>
  );
}
