import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useDepartments, useDistricts, useDistrictName } from '../../api/lists.js';
import { useApiQuery } from '../../api/query.js';
import type { Schema } from '../../api/types.js';
import { SelectField } from '../../components/fields.js';
import { FollowButton } from '../../components/follow-button.js';
import { PageHeading, useTitle } from '../../components/page.js';
import { QueryView } from '../../components/query-view.js';
import { useFormat } from '../../format.js';
import { isCityAdministrator, isOfficial } from '../../roles.js';
import { useSession } from '../../session.js';
import { MyShifts } from './my-shifts.js';
import './volunteering.css';

type Summary = Schema<'VolunteerProjectSummary'>;

/** /volunteering — projects with shifts to come, soonest first, by district; following a district's volunteering tells of new projects. */
export function VolunteeringPage() {
  const { t } = useTranslation();
  const f = useFormat();
  const { me } = useSession();
  useTitle(t('volunteering.title'));
  const [params, setParams] = useSearchParams();
  const districtId = params.get('districtId') ?? '';
  const districts = useDistricts();
  const list = useApiQuery('/api/volunteering/projects', { query: districtId ? { districtId } : {} });
  const organisers = useApiQuery('/api/volunteering/organisers/mine', me ? {} : null);
  return (
    <div className="vol">
      <PageHeading>{t('volunteering.title')}</PageHeading>
      <p className="lead">{t('volunteering.lead')}</p>
      {isOfficial(me) || isCityAdministrator(me) || organisers.data?.groups.length ? (
        <p>
          <Link className="button button--secondary" to="/volunteering/new">
            {t('volunteering.newProject')}
          </Link>
        </p>
      ) : null}
      {me ? <MyShifts /> : null}
      <div className="vol-filter">
        <SelectField
          id="vol-district"
          label={t('volunteering.district')}
          value={districtId}
          onChange={(v) => setParams(v ? { districtId: v } : {}, { replace: true })}
          options={[{ value: '', label: t('volunteering.allDistricts') }, ...(districts.data ?? []).map((d) => ({ value: d.id, label: f.name(d) }))]}
        />
        {districtId && me ? (
          <div>
            <p className="muted">{t('volunteering.followDistrict')}</p>
            <FollowButton entityType="volunteer_district" entityId={districtId} />
          </div>
        ) : null}
      </div>
      <QueryView query={list}>
        {({ items }) =>
          items.length === 0 ? (
            <p>{t('volunteering.none')}</p>
          ) : (
            <ul className="vol-list">
              {items.map((p) => (
                <ProjectCard key={p.id} p={p} />
              ))}
            </ul>
          )
        }
      </QueryView>
    </div>
  );
}

/** Who runs a project: the department's name, the organisation's community (a link to its page), or the organisation with its registration number. */
export function OrganiserLine({ p }: { p: Pick<Summary, 'departmentId' | 'group' | 'organisationName' | 'organisationRegNumber'> }) {
  const { t } = useTranslation();
  const f = useFormat();
  const departments = useDepartments();
  if (p.group)
    return (
      <p className="muted">
        {t('volunteering.byGroup')} <Link to={`/groups/${p.group.id}`}>{p.group.name}</Link>
      </p>
    );
  if (p.organisationName)
    return <p className="muted">{t('volunteering.byOrganisation', { name: p.organisationName, number: p.organisationRegNumber ?? '' })}</p>;
  const dept = departments.data?.find((d) => d.id === p.departmentId);
  return dept ? <p className="muted">{t('volunteering.byDepartment', { name: f.name(dept) })}</p> : null;
}

function ProjectCard({ p }: { p: Summary }) {
  const { t } = useTranslation();
  const f = useFormat();
  const districtName = useDistrictName();
  return (
    <li className="card vol-card">
      <h2 className="vol-card__title">
        <Link to={`/volunteering/${p.id}`}>{p.title}</Link>
      </h2>
      {p.districtId ? <p className="muted">{districtName(p.districtId)}</p> : null}
      <OrganiserLine p={p} />
      <p>{p.excerpt}</p>
      <p>
        {p.nextShiftAt ? t('volunteering.nextShift', { when: f.dateTime(p.nextShiftAt) }) : null} · {t('volunteering.shiftsCount', { count: p.upcomingShifts })}{' '}
        · {t('volunteering.freeSlots', { count: p.freeSlots })}
      </p>
    </li>
  );
}
