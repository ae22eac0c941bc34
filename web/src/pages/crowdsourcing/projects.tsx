import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CrowdPhase } from '@server/modules/crowdsourcing/domain/phases.js';
import { useApiQuery } from '../../api/query.js';
import { PageHeading, useTitle } from '../../components/page.js';
import { useDistrictName } from '../../components/person.js';
import { QueryView } from '../../components/query-view.js';
import { useFormat } from '../../format.js';
import { PhaseSentence, PhaseTag, ProjectFigures, type ProjectSummary } from './crowd-bits.js';

/** Phases in which residents can take part (ideas, ratings, the vote): these projects come first. */
const active: ReadonlySet<CrowdPhase> = new Set(['ideas', 'selection', 'voting']);

/** /crowdsourcing — the city's problems put to residents: each with its phase and its public numbers. */
export function CrowdProjectsPage() {
  const { t } = useTranslation();
  useTitle(t('crowd.title'));
  const list = useApiQuery('/api/crowdsourcing/projects', undefined, { select: (r) => r.projects });
  return (
    <div className="cs">
      <PageHeading>{t('crowd.title')}</PageHeading>
      <p className="lead">{t('crowd.lead')}</p>
      <p>{t('crowd.how')}</p>
      <QueryView query={list}>
        {(projects) =>
          projects.length === 0 ? (
            <p>{t('crowd.none')}</p>
          ) : (
            (['open', 'other'] as const).map((key) => {
              const group = projects.filter((p) => active.has(p.phase) === (key === 'open'));
              return group.length ? (
                <section key={key} aria-labelledby={`cs-group-${key}`}>
                  <h2 id={`cs-group-${key}`}>{t(`crowd.group.${key}`)}</h2>
                  <ul className="cs-list">
                    {group.map((p) => (
                      <ProjectCard key={p.number} p={p} />
                    ))}
                  </ul>
                </section>
              ) : null;
            })
          )
        }
      </QueryView>
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
