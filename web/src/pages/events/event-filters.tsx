import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { eventKinds, type EventKind } from '@server/modules/events/domain/events.js';
import { useDepartments, useDistricts } from '../../api/lists.js';
import { cityDayEnd, cityDayStart } from '../../city-time.js';
import { Checkbox, SelectField, TextField } from '../../components/fields.js';
import { useFormat } from '../../format.js';

/** The filters as the address keeps them (empty: any). Dates are city days («2026-03-29»). */
export interface EventFilters {
  district: string;
  kind: EventKind | '';
  from: string;
  to: string;
  /** Only events with a free place (or no limit) that are on. */
  free: boolean;
  /** A department's id, `residents`, or empty for anyone. */
  organiser: string;
}

const isDay = (v: string) => /^\d{4}-\d{2}-\d{2}$/.test(v);
const isKind = (v: string | null): v is EventKind => (eventKinds as readonly (string | null)[]).includes(v);

/** The filters the address names (anything it does not understand is left out). */
export function readFilters(params: URLSearchParams): EventFilters {
  const kind = params.get('kind');
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  return {
    district: params.get('district') ?? '',
    kind: isKind(kind) ? kind : '',
    from: isDay(from) ? from : '',
    to: isDay(to) ? to : '',
    free: params.get('free') === '1',
    organiser: params.get('organiser') ?? '',
  };
}

/** The address parameters of filters (the page adds its view, month and page). */
export function filterParams(f: EventFilters): [string, string][] {
  const out: [string, string][] = [];
  if (f.district) out.push(['district', f.district]);
  if (f.kind) out.push(['kind', f.kind]);
  if (f.from) out.push(['from', f.from]);
  if (f.to) out.push(['to', f.to]);
  if (f.free) out.push(['free', '1']);
  if (f.organiser) out.push(['organiser', f.organiser]);
  return out;
}

/** Whether any filter is set (dates too, unless `withoutDates`). */
export const isFiltered = (f: EventFilters, withoutDates = false) => !!(f.district || f.kind || f.free || f.organiser || (!withoutDates && (f.from || f.to)));

/** The API's query for filters; the days become the city's instants (from its first moment, to its last). */
export function eventQuery(f: EventFilters, range?: { from: string; to: string }) {
  const from = range?.from ?? (f.from ? cityDayStart(f.from) : undefined);
  const to = range?.to ?? (f.to ? cityDayEnd(f.to) : undefined);
  return {
    ...(f.district ? { districtId: f.district } : {}),
    ...(f.kind ? { kind: f.kind } : {}),
    ...(from ? { from } : {}),
    ...(to ? { to } : {}),
    ...(f.free ? { free: 'true' as const } : {}),
    ...(f.organiser ? { organiser: f.organiser } : {}),
  };
}

/**
 * The filters' form: what is chosen stays here until "Show" puts it in the address (the page remounts it, by key,
 * when the address changes). The calendar has its month instead of the dates (`dates` false).
 */
export function EventFiltersForm({
  filters,
  dates,
  clearTo,
  onApply,
}: {
  filters: EventFilters;
  dates: boolean;
  clearTo: string | null;
  onApply(f: EventFilters): void;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  const districts = useDistricts();
  const departments = useDepartments();
  const [form, setForm] = useState(filters);
  const set =
    <K extends keyof EventFilters>(k: K) =>
    (v: EventFilters[K]) =>
      setForm((s) => ({ ...s, [k]: v }));
  const byName = (a: { nameRu: string; nameEn: string }, b: { nameRu: string; nameEn: string }) => f.collator.compare(f.name(a), f.name(b));
  const districtOptions = [...(districts.data ?? [])].sort(byName).map((d) => ({ value: d.id, label: f.name(d) }));
  const departmentOptions = [...(departments.data ?? [])]
    .filter((d) => !d.retiredAt)
    .sort(byName)
    .map((d) => ({ value: d.id, label: f.name(d) }));

  function apply(e: FormEvent) {
    e.preventDefault();
    onApply(form);
  }

  return (
    <form className="filters filters--events" aria-label={t('events.filtersLabel')} onSubmit={apply}>
      <SelectField
        id="ev-district"
        label={t('field.district')}
        value={form.district}
        onChange={set('district')}
        options={[{ value: '', label: t('events.anyDistrict') }, ...districtOptions]}
      />
      <SelectField
        id="ev-kind"
        label={t('events.kindLabel')}
        value={form.kind}
        onChange={(v) => set('kind')(isKind(v) ? v : '')}
        options={[{ value: '', label: t('events.anyKind') }, ...eventKinds.map((k) => ({ value: k, label: t(`events.kind.${k}`) }))]}
      />
      <SelectField
        id="ev-organiser"
        label={t('events.organiserLabel')}
        value={form.organiser}
        onChange={set('organiser')}
        options={[
          { value: '', label: t('events.anyOrganiser') },
          { value: 'residents', label: t('events.byResidents') },
          { value: 'groups', label: t('events.byGroups') },
          ...departmentOptions,
        ]}
      />
      {dates ? (
        <>
          <TextField id="ev-from" type="date" label={t('events.from')} value={form.from} onChange={set('from')} />
          <TextField id="ev-to" type="date" label={t('events.to')} value={form.to} onChange={set('to')} min={form.from || undefined} />
        </>
      ) : null}
      <Checkbox id="ev-free" label={t('events.freeOnly')} checked={form.free} onChange={set('free')} />
      <div className="filters__actions">
        <button type="submit" className="button">
          {t('events.show')}
        </button>
        {clearTo ? (
          <Link className="button button--secondary" to={clearTo}>
            {t('events.clear')}
          </Link>
        ) : null}
      </div>
    </form>
  );
}
