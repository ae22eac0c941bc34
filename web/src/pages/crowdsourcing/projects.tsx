import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LoadError, Loading, PageHeading, useTitle } from '../../components/page.js';
import { useDistrictName } from '../../components/person.js';
import { useFormat } from '../../format.js';
import { useLoad } from '../../use-load.js';
import { PhaseSentence, PhaseTag, ProjectFigures } from './crowd-bits.js';
import { getProjects, type ProjectSummary } from './crowdsourcing-api.js';

const active = new Set(['ideas', 'selection', 'voting']);

/** /crowdsourcing — the city's problems put to residents: each with its phase and its public numbers. */
export function CrowdProjectsPage() {
  const { t } = useTranslation();
  useTitle(t('crowd.title'));
  const list = useLoad('crowd-projects', getProjects);
  const groups: ['open' | 'other', ProjectSummary[]][] = list.data
    ? [
        ['open', list.data.filter((p) => active.has(p.phase))],
        ['other', list.data.filter((p) => !active.has(p.phase))],
      ]
    : [];
  return (
    <div className="cs">
      <PageHeading>{t('crowd.title')}</PageHeading>
      <p className="lead">{t('crowd.lead')}</p>
      <p>{t('crowd.how')}</p>
      {list.error ? <LoadError error={list.error} retry={list.reload} /> : null}
      {!list.data && !list.error ? <Loading /> : null}
      {list.data && list.data.length === 0 ? <p>{t('crowd.none')}</p> : null}
      {groups.map(([key, projects]) =>
        projects.length ? (
          <section key={key} aria-labelledby={`cs-group-${key}`}>
            <h2 id={`cs-group-${key}`}>{t(`crowd.group.${key}`)}</h2>
            <ul className="cs-list">
              {projects.map((p) => (
                <ProjectCard key={p.number} p={p} />
              ))}
            </ul>
          </section>
        ) : null,
      )}
    </div>
  );
}

function ProjectCard({ p }: { p: ProjectSummary }) {
  const { t } = useTranslation();
  const f = useFormat();
  const districtName = useDistrictName();
  return (
    <li className="cs-card">
      <h3 className="cs-card__title">
        <Link to={`/crowdsourcing/${p.number}`}>{p.title}</Link>
      </h3>
      <p className="cs-card__meta">
        <PhaseTag p={p} /> {p.districtId ? districtName(p.districtId) : t('crowd.citywide')}
      </p>
      <p className="cs-card__problem">{p.problem}</p>
      <PhaseSentence p={p} f={f} />
      <ProjectFigures figures={p.figures} f={f} compact />
    </li>
  );
}
