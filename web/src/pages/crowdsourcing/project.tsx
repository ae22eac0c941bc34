import { SourceMeetings } from '../events/source-meetings.js';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useApiQuery } from '../../api/query.js';
import { FollowButton } from '../../components/follow-button.js';
import { Notice } from '../../components/notice.js';
import { PageHeading, useTitle } from '../../components/page.js';
import { useDistrictName } from '../../components/person.js';
import { PlainText } from '../../components/plain-text.js';
import { QueryView } from '../../components/query-view.js';
import { ShareButton } from '../../components/share-button.js';
import { useFormat } from '../../format.js';
import { NotFoundPage } from '../not-found.js';
import { PhaseSentence, PhaseTag, PhaseTimeline, ProjectFigures, type ProjectView } from './crowd-bits.js';
import { IdeaForm } from './project-idea-form.js';
import { IdeaList } from './project-ideas.js';
import { Report } from './project-report.js';
import { VoteSection } from './project-vote.js';

/** /crowdsourcing/:number — a project: the problem and brief, phases with dates, figures, ideas, the vote and the report. */
export function CrowdProjectPage() {
  const { t } = useTranslation();
  const { number = '' } = useParams();
  const project = useApiQuery('/api/crowdsourcing/projects/{number}', { path: { number: Number(number) } });
  useTitle(project.data?.title ?? t('crowd.title'));
  if (project.error?.status === 404 || project.error?.status === 400) return <NotFoundPage />;
  return <QueryView query={project}>{(p) => <Project p={p} />}</QueryView>;
}

function Project({ p }: { p: ProjectView }) {
  const { t } = useTranslation();
  const f = useFormat();
  const districtName = useDistrictName();
  const path = `/crowdsourcing/${p.number}`;
  return (
    <div className="cs">
      <p>
        <Link className="back-link" to="/crowdsourcing">
          {t('crowd.title')}
        </Link>
      </p>
      <p className="cs-kicker">
        <PhaseTag p={p} /> {p.districtId ? districtName(p.districtId) : t('crowd.citywide')}
      </p>
      <PageHeading>{p.title}</PageHeading>
      {!p.published ? <Notice kind="warning" title={t('crowd.draftNotice')} /> : null}
      <PhaseSentence p={p} f={f} />
      <p className="lead cs-problem">{p.problem}</p>
      {p.phase === 'ideas' ? (
        <p>
          <a className="button" href="#cs-form-title">
            {t('crowd.form.jump')}
          </a>
        </p>
      ) : null}
      {p.report ? <Report p={p} report={p.report} /> : null}
      {p.pollId ? <VoteSection p={p} /> : null}
      <ProjectFigures figures={p.figures} f={f} />
      <SourceMeetings type="crowd_project" id={String(p.number)} openable={p.published} />
      <div className="entity-actions" role="group" aria-label={t('crowd.actions')}>
        <FollowButton entityType="crowd_project" entityId={String(p.number)} />
        <ShareButton title={p.title} path={path} />
        {p.me.canManage ? (
          <div className="entity-action">
            <Link className="button button--secondary button--small" to={`/admin/crowdsourcing?project=${p.number}`}>
              {t('crowd.manage')}
            </Link>
          </div>
        ) : null}
      </div>

      <section aria-labelledby="cs-brief">
        <h2 id="cs-brief">{t('crowd.brief')}</h2>
        <PlainText text={p.brief} className="cs-brief" />
        {p.experts.length ? (
          <p>
            {t('crowd.experts')}{' '}
            {p.experts.map((e, i) => (
              <span key={e.id}>
                {i ? ', ' : ''}
                <Link to={`/people/${e.id}`}>{e.displayName}</Link>
              </span>
            ))}
          </p>
        ) : null}
      </section>
      {p.phase === 'ideas' ? <IdeaForm p={p} /> : null}
      <section aria-labelledby="cs-steps">
        <h2 id="cs-steps">{t('crowd.phases')}</h2>
        <PhaseTimeline p={p} f={f} reportAt={p.report?.publishedAt ?? null} />
        <p className="muted">{t('crowd.phasesExplained')}</p>
      </section>
      <IdeaList p={p} />
    </div>
  );
}
