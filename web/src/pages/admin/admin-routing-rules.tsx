import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.js';
import { invalidate, useApiQuery } from '../../api/query.js';
import type { Schema } from '../../api/types.js';
import { SelectField } from '../../components/fields.js';
import { Notice } from '../../components/notice.js';
import { QueryView } from '../../components/query-view.js';
import { useSubmit } from '../../use-submit.js';
import { useRoutingOptions } from './admin-routing-options.js';

type RoutingRule = Schema<'RoutingRule'>;

/** The routing rules in a table, narrowed by district and department, each removable. */
export function RoutingRules({ notice, onNotice }: { notice: string | null; onNotice(text: string | null): void }) {
  const { t } = useTranslation();
  const options = useRoutingOptions();
  const { districtName } = options;
  const depName = options.departmentName;
  const rules = useApiQuery('/api/admin/routing-rules', undefined, { select: (r) => r.items });
  const [filter, setFilter] = useState({ districtId: '', departmentId: '' });
  const del = useSubmit();
  const remove = (rule: RoutingRule) =>
    del.run(
      () => api.DELETE('/api/admin/routing-rules/{id}', { params: { path: { id: rule.id } } }),
      async () => {
        onNotice(t('adminRouting.removed'));
        await invalidate('/api/admin/routing-rules');
      },
    );
  const matching = (r: RoutingRule) =>
    (!filter.districtId || r.districtId === filter.districtId) && (!filter.departmentId || r.departmentId === filter.departmentId);

  return (
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
          options={[{ value: '', label: t('discussions.anyDistrict') }, ...options.districts]}
        />
        <SelectField
          id="r-department"
          label={t('field.department')}
          value={filter.departmentId}
          onChange={(v) => setFilter((s) => ({ ...s, departmentId: v }))}
          options={[{ value: '', label: t('adminRouting.anyDepartment') }, ...options.departments]}
        />
      </form>
      <QueryView query={rules}>
        {(all) => {
          const shown = all.filter(matching);
          return (
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
          );
        }}
      </QueryView>
    </section>
  );
}
