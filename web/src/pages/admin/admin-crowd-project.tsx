import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { voteMaxChoicesOf } from '@server/modules/crowdsourcing/domain/idea-rules.js';
import { nextDatedPhase } from '@server/modules/crowdsourcing/domain/phases.js';
import { api } from '../../api/client.js';
import { invalidate, useApiQuery } from '../../api/query.js';
import { useConfirm } from '../../components/confirm-dialog.js';
import { ErrorSummary } from '../../components/errors.js';
import { Notice } from '../../components/notice.js';
import { PageHeading, useTitle } from '../../components/page.js';
import { PlainText } from '../../components/plain-text.js';
import { QueryView } from '../../components/query-view.js';
import { useFormat } from '../../format.js';
import { useSubmit, type Submission } from '../../use-submit.js';
import { at, PhaseTag, PhaseTimeline, ProjectFigures, type ProjectView } from '../crowdsourcing/crowd-bits.js';
import { EditProject } from './admin-crowd-fields.js';
import { ReportForm } from './admin-crowd-report.js';
import { AdminNav } from './admin-nav.js';

/** One project: its phase and the next step, the vote, the report, and its settings until the vote starts. */
export function ManageProject({ number }: { number: number }) {
  const { t } = useTranslation();
  const project = useApiQuery('/api/crowdsourcing/projects/{number}', { path: { number } });
  const main = useSubmit();
  useTitle(project.data?.title ?? t('crowd.admin.title'), !!main.error);
  return (
    <QueryView query={project}>
      {/* the forms start again from what was saved after each step (an advance moves the dates) */}
      {(p) => <ProjectAdmin p={p} main={main} version={project.dataUpdatedAt} />}
    </QueryView>
  );
}

function ProjectAdmin({ p, main, version }: { p: ProjectView; main: Submission; version: number }) {
  const { t } = useTranslation();
  const f = useFormat();
  const [params, setParams] = useSearchParams();
  const [done, setDone] = useState<string | null>(params.get('created') ? t('crowd.admin.created') : null);
  const { ask, dialog } = useConfirm();
  // every step changes the project: its phase, dates, poll or report, in the lists and on its public page
  const after = (message: string) => () => {
    setDone(message);
    void invalidate(
      '/api/crowdsourcing/projects/{number}',
      '/api/crowdsourcing/projects',
      '/api/admin/crowdsourcing/projects',
      '/api/crowdsourcing/projects/{number}/ideas',
    );
    if (params.get('created')) setParams({ project: String(p.number) }, { replace: true });
    window.scrollTo({ top: 0 });
  };
  const next = p.published ? nextDatedPhase(p.phase) : null;
  const canStartVote = !p.pollId && (p.phase === 'selection' || p.phase === 'voting');
  return (
    <div className="cs-admin">
      <AdminNav />
      <p>
        <Link className="back-link" to="/admin/crowdsourcing">
          {t('crowd.admin.title')}
        </Link>
      </p>
      <p className="cs-kicker">
        <PhaseTag p={p} /> {t('common.number', { number: p.number })}
      </p>
      <PageHeading>{p.title}</PageHeading>
      <ErrorSummary error={main.error} />
      {done ? <Notice kind="success" title={done} /> : null}
      <p>
        <Link to={`/crowdsourcing/${p.number}`}>{t('crowd.admin.publicPage')}</Link>
        {p.pollId ? (
          <>
            {' · '}
            <Link to={`/polls/${p.pollId}`}>{t('crowd.admin.pollPage')}</Link>
            {' · '}
            <Link to="/admin/polls">{t('crowd.admin.pollsAdmin')}</Link>
          </>
        ) : null}
      </p>
      <ProjectFigures figures={p.figures} f={f} />

      <section aria-labelledby="cs-next-step" className="cs-panel">
        <h2 id="cs-next-step">{t('crowd.admin.nextStep')}</h2>
        <PhaseTimeline p={p} f={f} reportAt={p.report?.publishedAt ?? null} />
        <div className="cs-actions">
          {!p.published ? (
            <button
              type="button"
              className="button"
              disabled={main.busy}
              onClick={() => void main.run(() => api.POST('/api/admin/crowdsourcing/projects/{number}/publish', at(p)), after(t('crowd.admin.publishedDone')))}
            >
              {t('crowd.admin.publish')}
            </button>
          ) : null}
          {next ? (
            <button
              type="button"
              className="button button--secondary"
              disabled={main.busy}
              onClick={() =>
                void ask({
                  title: t('crowd.admin.advanceConfirm', { phase: t(`crowd.phase.${next}`) }),
                  body: <p>{t('crowd.admin.advanceHint')}</p>,
                  confirm: t('crowd.admin.advance', { phase: t(`crowd.phase.${next}`) }),
                }).then((yes) => {
                  if (yes)
                    void main.run(
                      () => api.POST('/api/admin/crowdsourcing/projects/{number}/advance', at(p)),
                      after(t('crowd.admin.advanced', { phase: t(`crowd.phase.${next}`) })),
                    );
                })
              }
            >
              {t('crowd.admin.advance', { phase: t(`crowd.phase.${next}`) })}
            </button>
          ) : null}
        </div>
        {!p.published ? <p className="muted">{t('crowd.admin.publishHint')}</p> : null}
        {next ? <p className="muted">{t('crowd.admin.advanceHint')}</p> : null}
      </section>

      {canStartVote || p.pollId ? <VotePanel p={p} sub={main} onDone={after(t('crowd.admin.voteStarted'))} /> : null}
      {p.phase === 'implementation' && !p.report ? <ReportForm key={version} p={p} onDone={after(t('crowd.admin.reportDone'))} /> : null}
      {p.report ? (
        <section aria-labelledby="cs-report-done" className="cs-panel">
          <h2 id="cs-report-done">{t('crowd.report.title')}</h2>
          <p className="muted">{t('crowd.report.published', { date: f.date(p.report.publishedAt) })}</p>
          <PlainText text={p.report.text} />
        </section>
      ) : null}
      {!p.pollId ? <EditProject key={version} p={p} onDone={after(t('crowd.admin.saved'))} /> : <p className="muted">{t('crowd.admin.lockedAfterVote')}</p>}
      {dialog}
    </div>
  );
}

/** The vote: the shortlist it will offer, and the button that creates the poll (or the poll once there is one). */
function VotePanel({ p, sub, onDone }: { p: ProjectView; sub: Submission; onDone(): void }) {
  const { t } = useTranslation();
  const f = useFormat();
  const shortlist = useApiQuery(
    '/api/crowdsourcing/projects/{number}/ideas',
    { path: { number: p.number }, query: { status: 'shortlisted', sort: 'newest' } },
    { select: (r) => [...r.items].sort((a, b) => a.number - b.number) },
  );
  const items = shortlist.data ?? [];
  return (
    <section aria-labelledby="cs-vote-admin" className="cs-panel">
      <h2 id="cs-vote-admin">{t('crowd.admin.voteTitle')}</h2>
      <QueryView query={shortlist}>
        {(ideas) => (
          <>
            <p>{t('crowd.admin.shortlistCount', { count: ideas.length })}</p>
            <ol className="cs-shortlist">
              {ideas.map((i) => (
                <li key={i.number}>
                  <Link to={`/crowdsourcing/ideas/${i.number}`}>
                    {t('common.number', { number: i.number })}. {i.title}
                  </Link>
                </li>
              ))}
            </ol>
          </>
        )}
      </QueryView>
      {p.pollId ? (
        <p>{p.pollClosed ? t('crowd.admin.pollClosed') : t('crowd.admin.pollOpen', { date: f.date(p.implementationFrom) })}</p>
      ) : (
        <>
          <p className="muted">
            {t('crowd.admin.voteHint', {
              max: voteMaxChoicesOf(p.voteMaxChoices, items.length),
              opens: f.date(new Date(Math.max(Date.now(), Date.parse(p.votingFrom))).toISOString()),
              closes: f.date(p.implementationFrom),
            })}
          </p>
          <button
            type="button"
            className="button"
            disabled={sub.busy}
            onClick={() => void sub.run(() => api.POST('/api/admin/crowdsourcing/projects/{number}/vote', at(p)), onDone)}
          >
            {t('crowd.admin.startVote')}
          </button>
        </>
      )}
    </section>
  );
}
