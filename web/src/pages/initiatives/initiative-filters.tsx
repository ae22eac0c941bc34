import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { initiativeScopes, initiativeTypes } from '@server/modules/initiatives/domain/lifecycle.js';
import { useDistricts } from '../../api/lists.js';
import type { ApiParams } from '../../api/types.js';
import { SelectField, TextField } from '../../components/fields.js';
import { useFormat } from '../../format.js';

export type ListQuery = NonNullable<ApiParams<'/api/initiatives'>['query']>;
export type ListStatus = NonNullable<ListQuery['status']>;
/** The statuses the public list offers as filters ("overdue" is awaiting an answer past its due date; drafts and withdrawn ones are not offered). */
export const listStatuses = [
  'screening',
  'collecting',
  'awaiting_answer',
  'overdue',
  'answered',
  'not_reached',
  'inadmissible',
] as const satisfies readonly ListStatus[];

/** The value of a filter in the address if it is one of `list`, else none. */
export const pick = <T extends string>(list: readonly T[], v: string | null): T | '' => (v && (list as readonly string[]).includes(v) ? (v as T) : '');

interface Applied {
  status: string;
  scope: string;
  type: string;
  districtId: string;
  q: string;
}

/** The list's filters: what is typed stays in the form until applied, then lives in the address (and follows it back and forward). */
export function InitiativeFilters({ applied, filtered }: { applied: Applied; filtered: boolean }) {
  const { t } = useTranslation();
  const f = useFormat();
  const [, setParams] = useSearchParams();
  const districts = useDistricts();
  const { status, scope, type, districtId, q } = applied;
  const [form, setForm] = useState(applied);
  useEffect(() => setForm({ status, scope, type, districtId, q }), [status, scope, type, districtId, q]);
  const districtOptions = [...(districts.data ?? [])].sort((a, b) => f.collator.compare(f.name(a), f.name(b))).map((d) => ({ value: d.id, label: f.name(d) }));

  function search(e: FormEvent) {
    e.preventDefault();
    const next = new URLSearchParams();
    for (const [k, v] of Object.entries(form)) if (v.trim() && !(k === 'districtId' && form.scope === 'city')) next.set(k, v.trim());
    setParams(next);
  }

  return (
    <form className="filters in-filters" role="search" aria-label={t('initiatives.filters')} onSubmit={search}>
      <SelectField
        id="f-status"
        label={t('initiatives.filter.status')}
        value={form.status}
        onChange={(v) => setForm((s) => ({ ...s, status: v }))}
        options={[
          { value: '', label: t('initiatives.filter.anyStatus') },
          ...listStatuses.map((s) => ({ value: s, label: s === 'overdue' ? t('initiatives.filter.overdue') : t(`initiatives.status.${s}`) })),
        ]}
      />
      <SelectField
        id="f-scope"
        label={t('initiatives.filter.scope')}
        value={form.scope}
        onChange={(v) => setForm((s) => ({ ...s, scope: v }))}
        options={[{ value: '', label: t('initiatives.filter.anyScope') }, ...initiativeScopes.map((s) => ({ value: s, label: t(`initiatives.scope.${s}`) }))]}
      />
      {form.scope !== 'city' ? (
        <SelectField
          id="f-district"
          label={t('field.district')}
          value={form.districtId}
          onChange={(v) => setForm((s) => ({ ...s, districtId: v }))}
          options={[{ value: '', label: t('initiatives.filter.anyDistrict') }, ...districtOptions]}
        />
      ) : null}
      <SelectField
        id="f-type"
        label={t('initiatives.filter.type')}
        value={form.type}
        onChange={(v) => setForm((s) => ({ ...s, type: v }))}
        options={[{ value: '', label: t('initiatives.filter.anyType') }, ...initiativeTypes.map((k) => ({ value: k, label: t(`initiatives.type.${k}`) }))]}
      />
      <TextField id="f-q" type="search" label={t('initiatives.filter.q')} value={form.q} onChange={(v) => setForm((s) => ({ ...s, q: v }))} />
      <div className="filters__actions">
        <button type="submit" className="button">
          {t('initiatives.filter.apply')}
        </button>
        {filtered ? (
          <Link className="button button--secondary" to="/initiatives">
            {t('initiatives.filter.clear')}
          </Link>
        ) : null}
      </div>
    </form>
  );
}
