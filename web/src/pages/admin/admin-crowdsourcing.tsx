import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { api } from '../../api/client.js';
import { invalidate, useApiQuery } from '../../api/query.js';
import { PageHeading, useTitle } from '../../components/page.js';
import { QueryView } from '../../components/query-view.js';
import { useFormat } from '../../format.js';
import { useSubmit } from '../../use-submit.js';
import { PhaseTag, sharePercent } from '../crowdsourcing/crowd-bits.js';
import { blank, bodyOf, ProjectFields, type ProjectForm } from './admin-crowd-fields.js';
import { ManageProject } from './admin-crowd-project.js';
import { AdminNav } from './admin-nav.js';

/** /admin/crowdsourcing — projects: create and edit, publish, advance the phase, start the vote, publish the report. */
export function AdminCrowdsourcingPage() {
  const [params] = useSearchParams();
  const project = params.get('project');
  return project && /^\d+$/.test(project) ? <ManageProject number={Number(project)} key={project} /> : <ProjectList />;
}

function ProjectList() {
  const { t } = useTranslation();
  const f = useFormat();
  const list = useApiQuery('/api/admin/crowdsourcing/projects', undefined, { select: (r) => r.projects });
  const [, setParams] = useSearchParams();
  const main = useSubmit();
  useTitle(t('crowd.admin.title'), !!main.error);
  const [form, setForm] = useState<ProjectForm>(blank);
  const save = main.submit(
    () => api.POST('/api/admin/crowdsourcing/projects', { body: bodyOf(form) }),
    (r) => {
      void invalidate('/api/admin/crowdsourcing/projects');
      setParams({ project: String(r.number), created: '1' });
    },
  );
  return (
    <div className="cs-admin">
      <AdminNav />
      <PageHeading>{t('crowd.admin.title')}</PageHeading>
      <p className="lead">{t('crowd.admin.lead')}</p>
      <QueryView query={list}>
        {(projects) =>
          projects.length ? (
            <div className="table-wrap">
              <table className="table cs-admin__table">
                <caption className="visually-hidden">{t('crowd.admin.title')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('crowd.admin.project')}</th>
                    <th scope="col">{t('crowd.admin.phase')}</th>
                    <th scope="col" className="cs-num">
                      {t('crowd.admin.ideas')}
                    </th>
                    <th scope="col" className="cs-num">
                      {t('crowd.admin.participants')}
                    </th>
                    <th scope="col" className="cs-num">
                      {t('crowd.admin.acceptedShare')}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {projects.map((p) => (
                    <tr key={p.number}>
                      <th scope="row">
                        <Link to={`/admin/crowdsourcing?project=${p.number}`}>
                          {t('common.number', { number: p.number })}. {p.title}
                        </Link>
                        <div className="muted">{t('crowd.fromTo', { from: f.date(p.ideasFrom), to: f.dueDate(p.implementationFrom) })}</div>
                      </th>
                      <td>
                        <PhaseTag p={p} />
                      </td>
                      <td className="cs-num">{f.number(p.figures.ideas)}</td>
                      <td className="cs-num">{f.number(p.figures.participants)}</td>
                      <td className="cs-num">{sharePercent(f, p.figures.acceptedShare)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ) : (
            <p>{t('crowd.admin.none')}</p>
          )
        }
      </QueryView>
      <section aria-labelledby="cs-new">
        <h2 id="cs-new">{t('crowd.admin.newTitle')}</h2>
        <ProjectFields form={form} setForm={setForm} sub={main} submitLabel={t('crowd.admin.create')} onSubmit={save} />
      </section>
    </div>
  );
}
