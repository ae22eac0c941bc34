import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { shiftMinAges } from '@server/modules/volunteering/domain/volunteering.js';
import { api } from '../../api/client.js';
import { useDepartments, useDistricts } from '../../api/lists.js';
import { invalidate } from '../../api/query.js';
import { cityMinute } from '../../city-time.js';
import { ErrorSummary, fieldMessage } from '../../components/errors.js';
import { SelectField, TextArea, TextField } from '../../components/fields.js';
import { PageHeading, useErrorTitle, useTitle } from '../../components/page.js';
import { PlaceSearch } from '../../components/place-search.js';
import { useFormat } from '../../format.js';
import { isCityAdministrator, officialDepartments } from '../../roles.js';
import { useSession } from '../../session.js';
import { useSubmit } from '../../use-submit.js';
import './volunteering.css';

interface ShiftDraft {
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

const emptyShift = (): ShiftDraft => ({
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

/** /volunteering/new — an official announces a project of their department with its shifts; an administrator also an outside organisation's. */
export function NewVolunteerProjectPage() {
  const { t } = useTranslation();
  const f = useFormat();
  const navigate = useNavigate();
  const { me } = useSession();
  useTitle(t('volunteering.form.title'));
  const admin = isCityAdministrator(me);
  const mine = officialDepartments(me);
  const departments = useDepartments();
  const districts = useDistricts();
  const choosable = (departments.data ?? []).filter((d) => admin || mine.includes(d.id));
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [districtId, setDistrictId] = useState('');
  const [organiser, setOrganiser] = useState<'department' | 'organisation'>('department');
  const [departmentId, setDepartmentId] = useState(mine[0] ?? '');
  const [organisationName, setOrganisationName] = useState('');
  const [regNumber, setRegNumber] = useState('');
  const [shifts, setShifts] = useState<ShiftDraft[]>([emptyShift()]);
  const { busy, error, submit } = useSubmit();
  useErrorTitle(!!error);
  const set = (i: number, patch: Partial<ShiftDraft>) => setShifts((all) => all.map((s, j) => (j === i ? { ...s, ...patch } : s)));
  const err = (field: string) => fieldMessage(error, field);

  const send = () =>
    api.POST('/api/volunteering/projects', {
      body: {
        title,
        description,
        districtId: districtId || null,
        departmentId: organiser === 'department' ? departmentId || null : null,
        organisationName: organiser === 'organisation' ? organisationName : null,
        organisationRegNumber: organiser === 'organisation' ? regNumber : null,
        shifts: shifts.map((s) => ({
          title: s.title,
          startsAt: cityMinute(s.startsAt) ?? '',
          endsAt: cityMinute(s.endsAt) ?? '',
          lat: s.lat,
          lon: s.lon,
          address: s.address,
          onlineUrl: s.onlineUrl || null,
          capacity: Number(s.capacity),
          minAge: s.minAge ? (Number(s.minAge) as 14 | 18) : null,
          bring: s.bring,
        })),
      },
    });

  return (
    <div className="vol">
      <PageHeading>{t('volunteering.form.title')}</PageHeading>
      <p className="lead">{t('volunteering.form.lead')}</p>
      <ErrorSummary error={error} />
      <form
        className="form vol-form"
        noValidate
        onSubmit={submit(
          send,
          async (created) => {
            await invalidate('/api/volunteering/projects');
            void navigate(`/volunteering/${created.id}`);
          },
          { leaving: true },
        )}
      >
        <TextField id="title" label={t('volunteering.form.projectTitle')} error={err('title')} value={title} onChange={setTitle} />
        <TextArea id="description" label={t('volunteering.form.description')} error={err('description')} value={description} onChange={setDescription} />
        <SelectField
          id="districtId"
          label={t('volunteering.form.district')}
          error={err('districtId')}
          value={districtId}
          onChange={setDistrictId}
          options={[{ value: '', label: t('volunteering.form.cityWide') }, ...(districts.data ?? []).map((d) => ({ value: d.id, label: f.name(d) }))]}
        />
        {admin ? (
          <SelectField
            id="organiser"
            label={t('volunteering.form.organiser')}
            value={organiser}
            onChange={(v) => setOrganiser(v as 'department' | 'organisation')}
            options={[
              { value: 'department', label: t('volunteering.form.department') },
              { value: 'organisation', label: t('volunteering.form.organisation') },
            ]}
          />
        ) : null}
        {organiser === 'department' ? (
          <SelectField
            id="departmentId"
            label={t('volunteering.form.department')}
            error={err('departmentId')}
            value={departmentId}
            onChange={setDepartmentId}
            options={[{ value: '', label: '—' }, ...choosable.map((d) => ({ value: d.id, label: f.name(d) }))]}
          />
        ) : (
          <>
            <TextField
              id="organisationName"
              label={t('volunteering.form.organisationName')}
              error={err('organisationName')}
              value={organisationName}
              onChange={setOrganisationName}
            />
            <TextField
              id="organisationRegNumber"
              label={t('volunteering.form.regNumber')}
              error={err('organisationRegNumber')}
              value={regNumber}
              onChange={setRegNumber}
              width="medium"
            />
          </>
        )}
        {shifts.map((s, i) => (
          <fieldset key={i} className="card">
            <legend>{t('volunteering.form.shift', { n: i + 1 })}</legend>
            <TextField
              id={`shifts.${i}.title`}
              label={t('volunteering.form.shiftTitle')}
              error={err(`shifts.${i}.title`)}
              value={s.title}
              onChange={(v) => set(i, { title: v })}
            />
            <CityMinuteField
              id={`shifts.${i}.startsAt`}
              label={t('volunteering.form.startsAt')}
              error={err(`shifts.${i}.startsAt`)}
              value={s.startsAt}
              onChange={(v) => set(i, { startsAt: v })}
            />
            <CityMinuteField
              id={`shifts.${i}.endsAt`}
              label={t('volunteering.form.endsAt')}
              error={err(`shifts.${i}.endsAt`)}
              value={s.endsAt}
              onChange={(v) => set(i, { endsAt: v })}
            />
            <div className={`field${err(`shifts.${i}.lat`) ? ' field--error' : ''}`} id={`shifts.${i}.lat`}>
              <p className="field__label">{t('volunteering.form.place')}</p>
              {err(`shifts.${i}.lat`) ? <p className="field__error">{err(`shifts.${i}.lat`)}</p> : null}
              <PlaceSearch onChoose={(p) => set(i, { lat: p.lat, lon: p.lon, address: p.label })} />
              {s.lat !== null ? <p>{t('volunteering.form.placeChosen', { label: s.address })}</p> : null}
            </div>
            <TextField
              id={`shifts.${i}.onlineUrl`}
              type="url"
              label={t('volunteering.form.onlineUrl')}
              error={err(`shifts.${i}.onlineUrl`)}
              value={s.onlineUrl}
              onChange={(v) => set(i, { onlineUrl: v })}
            />
            <TextField
              id={`shifts.${i}.capacity`}
              type="number"
              width="short"
              label={t('volunteering.form.capacity')}
              error={err(`shifts.${i}.capacity`)}
              value={s.capacity}
              onChange={(v) => set(i, { capacity: v })}
            />
            <SelectField
              id={`shifts.${i}.minAge`}
              label={t('volunteering.form.minAge')}
              error={err(`shifts.${i}.minAge`)}
              value={s.minAge}
              onChange={(v) => set(i, { minAge: v })}
              options={[{ value: '', label: t('volunteering.form.noAge') }, ...shiftMinAges.map((a) => ({ value: String(a), label: `${a}+` }))]}
            />
            <TextField
              id={`shifts.${i}.bring`}
              label={t('volunteering.form.bring')}
              error={err(`shifts.${i}.bring`)}
              value={s.bring}
              onChange={(v) => set(i, { bring: v })}
            />
            {shifts.length > 1 ? (
              <button type="button" className="button button--secondary" onClick={() => setShifts((all) => all.filter((_, j) => j !== i))}>
                {t('volunteering.form.removeShift')}
              </button>
            ) : null}
          </fieldset>
        ))}
        <p>
          <button type="button" className="button button--secondary" onClick={() => setShifts((all) => [...all, emptyShift()])}>
            {t('volunteering.form.addShift')}
          </button>
        </p>
        <button type="submit" className="button" disabled={busy}>
          {t('volunteering.form.submit')}
        </button>
      </form>
    </div>
  );
}

/** A labelled datetime-local input: a minute on the city's clock (the label says so; city-time.ts makes it an instant). */
function CityMinuteField({
  id,
  label,
  error,
  value,
  onChange,
}: {
  id: string;
  label: string;
  error: string | undefined;
  value: string;
  onChange(v: string): void;
}) {
  return (
    <div className={`field${error ? ' field--error' : ''}`}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      {error ? (
        <p className="field__error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
      <input
        className="input input--medium"
        type="datetime-local"
        id={id}
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(e) => onChange(e.target.value)}
      />
    </div>
  );
}
