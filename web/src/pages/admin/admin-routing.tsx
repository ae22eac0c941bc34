import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiError, getClassifier, getDepartments, getDistricts, type Department, type RoutingRule } from '../../api.js';
import { ErrorSummary, fieldMessage } from '../../components/errors.js';
import { SelectField } from '../../components/fields.js';
import { Notice } from '../../components/notice.js';
import { LoadError, Loading, PageHeading, useTitle } from '../../components/page.js';
import { useNamed } from '../../components/report-bits.js';
import { useFormat } from '../../format.js';
import { useLoad } from '../../use-load.js';
import { useSubmit } from '../../use-submit.js';
import { AdminNav } from './admin-nav.js';

/**
 * Routing rules: which department gets a problem type (or a whole category) in a district (or the
 * whole city); the most specific rule wins. A tester answers "where does this go?" for a problem
 * type in a district.
 */
export function AdminRoutingPage() {
  const { t } = useTranslation();
  const f = useFormat();
  const named = useNamed();
  const rules = useLoad('routing-rules', () => api<{ items: RoutingRule[] }>('GET', '/api/admin/routing-rules').then((r) => r.items));
  const tree = useLoad('classifier', getClassifier);
  const districts = useLoad('districts', getDistricts);
  const departments = useLoad('departments', getDepartments);
  const [added, setAdded] = useState<RoutingRule[]>([]);
  const [removed, setRemoved] = useState<number[]>([]);
  const [form, setForm] = useState({ target: '', districtId: '', departmentId: '' });
  const [filter, setFilter] = useState({ districtId: '', departmentId: '' });
  const add = useSubmit();
  const del = useSubmit();
  const [notice, setNotice] = useState<string | null>(null);
  const [test, setTest] = useState({ reasonId: '', districtId: '' });
  const tester = useSubmit();
  useTitle(t('adminRouting.title'), !!(add.error || tester.error));
  const [resolved, setResolved] = useState<{ department: Department | null; key: string } | null>(null);

  const reasonOptions = (tree.data?.objects ?? [])
    .flatMap((o) => o.categories.flatMap((c) => c.reasons.map((r) => ({ value: String(r.id), label: `${named(r)} (${named(c)})` }))))
    .sort((a, b) => f.collator.compare(a.label, b.label));
  const categoryOptions = (tree.data?.objects ?? []).flatMap((o) => o.categories.map((c) => ({ value: String(c.id), label: `${named(o)} — ${named(c)}` })));
  const districtOptions = [...(districts.data ?? [])].sort((a, b) => f.collator.compare(f.name(a), f.name(b))).map((d) => ({ value: d.id, label: f.name(d) }));
  const departmentOptions = [...(departments.data ?? [])]
    .sort((a, b) => f.collator.compare(f.name(a), f.name(b)))
    .map((d) => ({ value: d.id, label: f.name(d) }));
  const depName = (id: string) => departmentOptions.find((d) => d.value === id)?.label ?? id;
  const districtName = (id: string | null) => (id ? (districtOptions.find((d) => d.value === id)?.label ?? id) : t('scopeType.city'));

  const shown = [...added, ...(rules.data ?? [])]
    .filter((r) => !removed.includes(r.id))
    .filter((r) => (!filter.districtId || r.districtId === filter.districtId) && (!filter.departmentId || r.departmentId === filter.departmentId));

  function create(e: FormEvent) {
    e.preventDefault();
    setNotice(null);
    const [kind, id] = form.target.split(':');
    if (!id) return add.setError(new ApiError(400, 'validation_failed', t('adminRouting.targetRequired'), { target: t('adminRouting.targetRequired') }));
    if (!form.departmentId)
      return add.setError(new ApiError(400, 'validation_failed', t('adminRouting.departmentRequired'), { departmentId: t('adminRouting.departmentRequired') }));
    void add.run(
      () =>
        api<RoutingRule>('POST', '/api/admin/routing-rules', {
          ...(kind === 'r' ? { reasonId: Number(id) } : { categoryId: Number(id) }),
          districtId: form.districtId || null,
          departmentId: form.departmentId,
        }),
      (rule) => {
        setAdded((a) => [rule, ...a]);
        setNotice(t('adminRouting.added'));
        setForm({ target: '', districtId: '', departmentId: '' });
      },
    );
  }

  const remove = (rule: RoutingRule) =>
    del.run(
      () => api('DELETE', `/api/admin/routing-rules/${rule.id}`),
      () => {
        setRemoved((r) => [...r, rule.id]);
        setNotice(t('adminRouting.removed'));
      },
    );

  function resolve(e: FormEvent) {
    e.preventDefault();
    if (!test.reasonId)
      return tester.setError(new ApiError(400, 'validation_failed', t('adminRouting.targetRequired'), { reasonId: t('adminRouting.targetRequired') }));
    const q = new URLSearchParams({ reasonId: test.reasonId });
    if (test.districtId) q.set('districtId', test.districtId);
    void tester.run(
      () => api<{ department: Department | null }>('GET', `/api/routing/resolve?${q}`),
      (r) => setResolved({ department: r.department, key: q.toString() }),
    );
  }

  const targetOptions = [
    { value: '', label: t('admin.choose') },
    ...reasonOptions.map((o) => ({ value: `r:${o.value}`, label: `${t('adminRouting.reasonPrefix')}: ${o.label}` })),
    ...categoryOptions.map((o) => ({ value: `c:${o.value}`, label: `${t('adminRouting.categoryPrefix')}: ${o.label}` })),
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
            options={[{ value: '', label: t('admin.choose') }, ...reasonOptions]}
          />
          <SelectField
            id="t-district"
            label={t('field.district')}
            value={test.districtId}
            onChange={(v) => setTest((s) => ({ ...s, districtId: v }))}
            options={[{ value: '', label: t('scopeType.city') }, ...districtOptions]}
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
            options={[{ value: '', label: t('scopeType.city') }, ...districtOptions]}
          />
          <SelectField
            id="f-department"
            label={t('field.department')}
            value={form.departmentId}
            onChange={(v) => setForm((s) => ({ ...s, departmentId: v }))}
            error={fieldMessage(add.error, 'departmentId')}
            options={[{ value: '', label: t('admin.choose') }, ...departmentOptions]}
          />
          <button type="submit" className="button" disabled={add.busy}>
            {t('adminRouting.add')}
          </button>
        </form>
      </section>

      <section className="section" aria-labelledby="rules-title">
        <h2 id="rules-title">{t('adminRouting.rulesTitle')}</h2>
        {notice ? <Notice kind="success" title={notice} /> : null}
        {del.error ? <Notice kind="error" title={del.error.message} /> : null}
        <form className="filters filters--inline" aria-label={t('adminRouting.filterLabel')} onSubmit={(e) => e.preventDefault()}>
          <SelectField
            id="r-district"
            label={t('field.district')}
            value={filter.districtId}
            onChange={(v) => setFilter((s) => ({ ...s, districtId: v }))}
            options={[{ value: '', label: t('discussions.anyDistrict') }, ...districtOptions]}
          />
          <SelectField
            id="r-department"
            label={t('field.department')}
            value={filter.departmentId}
            onChange={(v) => setFilter((s) => ({ ...s, departmentId: v }))}
            options={[{ value: '', label: t('adminRouting.anyDepartment') }, ...departmentOptions]}
          />
        </form>
        {rules.error ? (
          <LoadError error={rules.error} retry={rules.reload} />
        ) : !rules.data ? (
          <Loading />
        ) : (
          <>
            <p className="result-count" role="status">
              {t('adminRouting.count', { count: shown.length })}
            </p>
            <div className="table-wrap" role="region" aria-labelledby="rules-caption" tabIndex={0}>
              <table className="table table--stack table--dense">
                <caption id="rules-caption" className="visually-hidden">
                  {t('adminRouting.rulesTitle')}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">{t('adminRouting.target')}</th>
                    <th scope="col">{t('field.district')}</th>
                    <th scope="col">{t('field.department')}</th>
                    <th scope="col">{t('admin.actions')}</th>
                  </tr>
                </thead>
                <tbody>
                  {shown.slice(0, 300).map((r) => {
                    const what = r.reasonId
                      ? `${t('adminRouting.reasonPrefix')}: ${r.reasonNameRu ?? r.reasonId}`
                      : r.categoryId
                        ? `${t('adminRouting.categoryPrefix')}: ${r.categoryNameRu ?? r.categoryId}`
                        : t('adminRouting.everything');
                    return (
                      <tr key={r.id}>
                        <th scope="row">{what}</th>
                        <td data-label={t('field.district')}>{districtName(r.districtId)}</td>
                        <td data-label={t('field.department')}>{depName(r.departmentId)}</td>
                        <td data-label={t('admin.actions')}>
                          <button
                            type="button"
                            className="button button--secondary button--small"
                            disabled={del.busy}
                            aria-label={t('adminRouting.removeLabel', { what, district: districtName(r.districtId) })}
                            onClick={() => void remove(r)}
                          >
                            {t('adminRouting.remove')}
                          </button>
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
            {shown.length > 300 ? <p className="muted">{t('adminRouting.narrow', { count: shown.length })}</p> : null}
          </>
        )}
      </section>
    </>
  );
}
