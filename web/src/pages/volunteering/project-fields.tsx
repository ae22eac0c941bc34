import { useTranslation } from 'react-i18next';
import { shiftMinAges } from '@server/modules/volunteering/domain/volunteering.js';
import type { Schema } from '../../api/types.js';
import { cityMinute, cityMinuteOf } from '../../city-time.js';
import { useDistricts } from '../../api/lists.js';
import { SelectField, TextArea, TextField } from '../../components/fields.js';
import { useFormat } from '../../format.js';
import { PlaceSearch } from '../../components/place-search.js';

/** A project's title, description and district (the whole city when none), as announced or changed. */
export function ProjectFields(p: {
  title: string;
  setTitle(v: string): void;
  description: string;
  setDescription(v: string): void;
  districtId: string;
  setDistrictId(v: string): void;
  err(field: string): string | undefined;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  const districts = useDistricts();
  return (
    <>
      <TextField id="title" label={t('volunteering.form.projectTitle')} error={p.err('title')} value={p.title} onChange={p.setTitle} />
      <TextArea id="description" label={t('volunteering.form.description')} error={p.err('description')} value={p.description} onChange={p.setDescription} />
      <SelectField
        id="districtId"
        label={t('volunteering.form.district')}
        error={p.err('districtId')}
        value={p.districtId}
        onChange={p.setDistrictId}
        options={[{ value: '', label: t('volunteering.form.cityWide') }, ...(districts.data ?? []).map((d) => ({ value: d.id, label: f.name(d) }))]}
      />
    </>
  );
}

/** A shift as its form holds it (strings as typed; the times are minutes on the city's clock). */
export interface ShiftDraft {
  title: string;
  startsAt: string;
  endsAt: string;
  lat: number | null;
  lon: number | null;
  address: string;
  onlineUrl: string;
  capacity: string;
  minAge: string;
  bring: string;
}

export const emptyShift = (): ShiftDraft => ({
  title: '',
  startsAt: '',
  endsAt: '',
  lat: null,
  lon: null,
  address: '',
  onlineUrl: '',
  capacity: '10',
  minAge: '',
  bring: '',
});

/** A shift as the server gave it, in the form (to change it). */
export const draftOf = (s: Schema<'VolunteerShift'>): ShiftDraft => ({
  title: s.title,
  startsAt: cityMinuteOf(s.startsAt),
  endsAt: cityMinuteOf(s.endsAt),
  lat: s.lat,
  lon: s.lon,
  address: s.address,
  onlineUrl: s.onlineUrl ?? '',
  capacity: String(s.capacity),
  minAge: s.minAge ? String(s.minAge) : '',
  bring: s.bring,
});

/** The body of a shift as typed (its age requirement apart: a changed shift keeps it). */
export const shiftBody = (s: ShiftDraft) => ({
  title: s.title,
  startsAt: cityMinute(s.startsAt) ?? '',
  endsAt: cityMinute(s.endsAt) ?? '',
  lat: s.lat,
  lon: s.lon,
  address: s.address,
  onlineUrl: s.onlineUrl || null,
  capacity: Number(s.capacity),
  bring: s.bring,
});

/**
 * A shift's fields (title, times, place or link, slots, age requirement when `withAge`, what to bring), their ids
 * `${prefix}<field>` as the server names a refused field.
 */
export function ShiftFields({
  prefix,
  s,
  set,
  err,
  withAge,
}: {
  prefix: string;
  s: ShiftDraft;
  set(patch: Partial<ShiftDraft>): void;
  err(field: string): string | undefined;
  withAge: boolean;
}) {
  const { t } = useTranslation();
  return (
    <>
      <TextField
        id={`${prefix}title`}
        label={t('volunteering.form.shiftTitle')}
        error={err(`${prefix}title`)}
        value={s.title}
        onChange={(v) => set({ title: v })}
      />
      <TextField
        type="datetime-local"
        width="medium"
        id={`${prefix}startsAt`}
        label={t('volunteering.form.startsAt')}
        error={err(`${prefix}startsAt`)}
        value={s.startsAt}
        onChange={(v) => set({ startsAt: v })}
      />
      <TextField
        type="datetime-local"
        width="medium"
        id={`${prefix}endsAt`}
        label={t('volunteering.form.endsAt')}
        error={err(`${prefix}endsAt`)}
        value={s.endsAt}
        onChange={(v) => set({ endsAt: v })}
      />
      <div className={`field${err(`${prefix}lat`) ? ' field--error' : ''}`} id={`${prefix}lat`}>
        <p className="field__label">{t('volunteering.form.place')}</p>
        {err(`${prefix}lat`) ? <p className="field__error">{err(`${prefix}lat`)}</p> : null}
        <PlaceSearch onChoose={(p) => set({ lat: p.lat, lon: p.lon, address: p.label })} />
        {s.lat !== null ? <p>{t('volunteering.form.placeChosen', { label: s.address })}</p> : null}
      </div>
      <TextField
        id={`${prefix}onlineUrl`}
        type="url"
        label={t('volunteering.form.onlineUrl')}
        error={err(`${prefix}onlineUrl`)}
        value={s.onlineUrl}
        onChange={(v) => set({ onlineUrl: v })}
      />
      <TextField
        id={`${prefix}capacity`}
        type="number"
        width="short"
        label={t('volunteering.form.capacity')}
        error={err(`${prefix}capacity`)}
        value={s.capacity}
        onChange={(v) => set({ capacity: v })}
      />
      {withAge ? (
        <SelectField
          id={`${prefix}minAge`}
          label={t('volunteering.form.minAge')}
          error={err(`${prefix}minAge`)}
          value={s.minAge}
          onChange={(v) => set({ minAge: v })}
          options={[{ value: '', label: t('volunteering.form.noAge') }, ...shiftMinAges.map((a) => ({ value: String(a), label: `${a}+` }))]}
        />
      ) : null}
      <TextField id={`${prefix}bring`} label={t('volunteering.form.bring')} error={err(`${prefix}bring`)} value={s.bring} onChange={(v) => set({ bring: v })} />
    </>
  );
}
