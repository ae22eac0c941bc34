import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { api } from '../../api/client.js';
import { useDepartments } from '../../api/lists.js';
import { invalidate, useApiQuery } from '../../api/query.js';
import { ErrorSummary, fieldMessage } from '../../components/errors.js';
import { SelectField, TextField } from '../../components/fields.js';
import { PageHeading, useErrorTitle, useTitle } from '../../components/page.js';
import { useFormat } from '../../format.js';
import { isCityAdministrator, officialDepartments } from '../../roles.js';
import { useSession } from '../../session.js';
import { useSubmit } from '../../use-submit.js';
import { emptyShift, ProjectFields, shiftBody, ShiftFields, type ShiftDraft } from './project-fields.js';
import './volunteering.css';

type Organiser = 'department' | 'group' | 'organisation';

/**
 * /volunteering/new — an official announces a project of their department with its shifts; the owner or an admin of
 * a verified organisation's community on its behalf; an administrator also an outside organisation's.
 */
export function NewVolunteerProjectPage() {
  const { t } = useTranslation();
  const f = useFormat();
  const navigate = useNavigate();
  const { me } = useSession();
  useTitle(t('volunteering.form.title'));
  const admin = isCityAdministrator(me);
  const mine = officialDepartments(me);
  const departments = useDepartments();
  const choosable = (departments.data ?? []).filter((d) => admin || mine.includes(d.id));
  const groups = useApiQuery('/api/volunteering/organisers/mine', {}).data?.groups ?? [];
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [districtId, setDistrictId] = useState('');
  // from a community's page (?group=): on its behalf
  const [params] = useSearchParams();
  const [chosen, setOrganiser] = useState<Organiser | null>(params.get('group') ? 'group' : null);
  // until the person chooses: their department, else the first organisation they run
  const organiser: Organiser = chosen ?? (mine.length || admin || !groups.length ? 'department' : 'group');
  const [groupId, setGroupId] = useState(params.get('group') ?? '');
  const [departmentId, setDepartmentId] = useState(mine[0] ?? '');
  const [organisationName, setOrganisationName] = useState('');
  const [regNumber, setRegNumber] = useState('');
  const [shifts, setShifts] = useState<ShiftDraft[]>([emptyShift()]);
  const kinds: Organiser[] = [
    ...(admin || mine.length ? (['department'] as const) : []),
    ...(groups.length ? (['group'] as const) : []),
    ...(admin ? (['organisation'] as const) : []),
  ];
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
        groupId: organiser === 'group' ? groupId || groups[0]?.id || null : null,
        organisationName: organiser === 'organisation' ? organisationName : null,
        organisationRegNumber: organiser === 'organisation' ? regNumber : null,
        shifts: shifts.map((s) => ({ ...shiftBody(s), minAge: s.minAge ? (Number(s.minAge) as 14 | 18) : null })),
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
        <ProjectFields {...{ title, setTitle, description, setDescription, districtId, setDistrictId, err }} />
        {kinds.length > 1 ? (
          <SelectField
            id="organiser"
            label={t('volunteering.form.organiser')}
            value={organiser}
            onChange={(v) => setOrganiser(v as Organiser)}
            options={kinds.map((k) => ({ value: k, label: t(`volunteering.form.${k}`) }))}
          />
        ) : null}
        {organiser === 'group' ? (
          <SelectField
            id="groupId"
            label={t('volunteering.form.onBehalfOf')}
            hint={t('volunteering.form.onBehalfOfHint')}
            error={err('groupId')}
            value={groupId || groups[0]?.id || ''}
            onChange={setGroupId}
            options={groups.map((g) => ({ value: g.id, label: g.name }))}
          />
        ) : organiser === 'department' ? (
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
            <ShiftFields prefix={`shifts.${i}.`} s={s} set={(patch) => set(i, patch)} err={err} withAge />
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
