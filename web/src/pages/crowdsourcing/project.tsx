import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { ErrorSummary, fieldMessage } from '../../components/errors.js';
import { TextArea, TextField } from '../../components/fields.js';
import { FollowButton } from '../../components/follow-button.js';
import { Notice } from '../../components/notice.js';
import { LoadError, Loading, PageHeading, useErrorTitle, useTitle } from '../../components/page.js';
import { useDistrictName } from '../../components/person.js';
import { PlainText } from '../../components/plain-text.js';
import { ShareButton } from '../../components/share-button.js';
import { useFormat, type Formatters } from '../../format.js';
import { useSession } from '../../session.js';
import { useLoad } from '../../use-load.js';
import { useSubmit } from '../../use-submit.js';
import { NotFoundPage } from '../not-found.js';
import { IdeaCard, PhaseSentence, PhaseTag, PhaseTimeline, ProjectFigures } from './crowd-bits.js';
import {
  getIdea,
  getIdeas,
  getProject,
  isDiscussionPhase,
  submitIdea,
  type IdeaSort,
  type IdeaSummary,
  type ProjectView,
  type RatingResult,
} from './crowdsourcing-api.js';

/** /crowdsourcing/:number — a project: the problem and brief, phases with dates, figures, ideas, the vote and the report. */
export function CrowdProjectPage() {
  const { t } = useTranslation();
  const f = useFormat();
  const districtName = useDistrictName();
  const { number = '' } = useParams();
  const { me } = useSession();
  const loaded = useLoad(me === undefined ? null : `crowd-project-${number}-${me?.id ?? ''}`, () => getProject(number));
  const p = loaded.data;
  useTitle(p?.title ?? t('crowd.title'));
  if (loaded.error?.status === 404 || loaded.error?.status === 400) return <NotFoundPage />;
  if (loaded.error) return <LoadError error={loaded.error} retry={loaded.reload} />;
  if (!p) return <Loading />;
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
      {p.report ? <Report p={p} f={f} /> : null}
      {p.pollId ? <VoteSection p={p} /> : null}
      <ProjectFigures figures={p.figures} f={f} />
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

/** The idea form during the ideas phase; signed out or unconfirmed, what to do first. */
function IdeaForm({ p }: { p: ProjectView }) {
  const { t } = useTranslation();
  const { me } = useSession();
  const location = useLocation();
  const navigate = useNavigate();
  const [title, setTitle] = useState('');
  const [text, setText] = useState('');
  const { busy, error, submit } = useSubmit();
  const send = submit(
    () => submitIdea(p.number, { title: title.trim(), text: text.trim() }),
    (r) => navigate(`/crowdsourcing/ideas/${r.number}`, { state: { created: true } }),
    { leaving: true },
  );
  useErrorTitle(!!error);
  let body;
  if (me === null) {
    body = (
      <p>
        <Link className="button" to={`/login?next=${encodeURIComponent(location.pathname)}`}>
          {t('crowd.form.signIn')}
        </Link>
      </p>
    );
  } else if (me && !me.emailConfirmed) {
    body = <Notice kind="info" title={t('crowd.form.confirmEmail')} />;
  } else if (!p.me.canSubmitIdea) {
    body = <p>{t('crowd.form.cannot')}</p>;
  } else {
    body = (
      <>
        <ErrorSummary error={error} targets={{ title: 'f-idea-title', text: 'f-idea-text' }} id="idea-errors" />
        <form onSubmit={send} noValidate className="cs-form">
          <TextField
            id="f-idea-title"
            label={t('crowd.form.title')}
            hint={t('crowd.form.titleHint')}
            value={title}
            onChange={setTitle}
            maxLength={200}
            error={fieldMessage(error, 'title')}
          />
          <TextArea
            id="f-idea-text"
            label={t('crowd.form.text')}
            hint={t('crowd.form.textHint')}
            value={text}
            onChange={setText}
            rows={6}
            maxLength={5000}
            error={fieldMessage(error, 'text')}
          />
          <button type="submit" className="button" disabled={busy}>
            {t('crowd.form.submit')}
          </button>
        </form>
      </>
    );
  }
  return (
    <section className="cs-panel" aria-labelledby="cs-form-title">
      <h2 id="cs-form-title">{t('crowd.form.heading')}</h2>
      <p>{t('crowd.form.lead')}</p>
      {body}
    </section>
  );
}

/** The vote over the shortlist: a link to the poll while it is open; the votes once it has closed. */
function VoteSection({ p }: { p: ProjectView }) {
  const { t } = useTranslation();
  const f = useFormat();
  const shortlist = useLoad(`crowd-shortlist-${p.number}-${p.pollClosed}`, () =>
    getIdeas(p.number, { status: 'shortlisted', sort: p.pollClosed ? 'votes' : 'rating' }),
  );
  const items = shortlist.data?.items ?? [];
  const totalVotes = items.reduce((s, i) => s + (i.votes ?? 0), 0);
  return (
    <section className="cs-panel" aria-labelledby="cs-vote">
      <h2 id="cs-vote">{p.pollClosed ? t('crowd.vote.resultsTitle') : t('crowd.vote.title')}</h2>
      {p.pollClosed ? (
        <p>{t('crowd.vote.closed')}</p>
      ) : (
        <>
          <p>{t('crowd.vote.lead', { count: p.voteMaxChoices })}</p>
          {p.phase === 'voting' ? (
            <p>
              <Link className="button" to={`/polls/${p.pollId}`}>
                {t('crowd.vote.go')}
              </Link>
            </p>
          ) : (
            <p>{t('crowd.vote.opens', { date: f.date(p.votingFrom) })}</p>
          )}
        </>
      )}
      {shortlist.error ? <LoadError error={shortlist.error} retry={shortlist.reload} /> : null}
      {p.pollClosed ? (
        <div className="table-wrap">
          <table className="table cs-votes">
            <caption className="visually-hidden">{t('crowd.vote.resultsTitle')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('crowd.vote.idea')}</th>
                <th scope="col" className="cs-num">
                  {t('crowd.vote.votes')}
                </th>
                <th scope="col" className="cs-num">
                  {t('crowd.vote.share')}
                </th>
              </tr>
            </thead>
            <tbody>
              {items.map((i) => (
                <tr key={i.number}>
                  <th scope="row">
                    <Link to={`/crowdsourcing/ideas/${i.number}`}>
                      № {i.number}. {i.title}
                    </Link>
                    {i.accepted ? <span className="cs-accepted-mark"> · {t('crowd.idea.accepted')}</span> : null}
                  </th>
                  <td className="cs-num">{f.number(i.votes ?? 0)}</td>
                  <td className="cs-num">
                    <span className="cs-bar" aria-hidden="true">
                      <span className="cs-bar__fill" style={{ width: `${totalVotes ? Math.round(((i.votes ?? 0) / totalVotes) * 100) : 0}%` }} />
                    </span>{' '}
                    {f.number(totalVotes ? (i.votes ?? 0) / totalVotes : 0, { style: 'percent', maximumFractionDigits: 0 })}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <ol className="cs-shortlist">
          {items.map((i) => (
            <li key={i.number}>
              <Link to={`/crowdsourcing/ideas/${i.number}`}>
                № {i.number}. {i.title}
              </Link>{' '}
              <span className="muted">— {i.author.displayName}</span>
            </li>
          ))}
        </ol>
      )}
      {p.pollClosed ? (
        <p>
          <Link to={`/polls/${p.pollId}/results`}>{t('crowd.vote.pollResults')}</Link>
        </p>
      ) : null}
    </section>
  );
}

/** The implementation report: what was done, and the accepted ideas with their credited authors. */
function Report({ p, f }: { p: ProjectView; f: Formatters }) {
  const { t } = useTranslation();
  const accepted = useLoad(`crowd-accepted-${p.number}`, async () => {
    const list = await getIdeas(p.number, { status: 'shortlisted', sort: 'votes' });
    return Promise.all(list.items.filter((i) => i.accepted).map((i) => getIdea(i.number)));
  });
  return (
    <section className="cs-panel cs-report" aria-labelledby="cs-report">
      <h2 id="cs-report">{t('crowd.report.title')}</h2>
      <p className="muted">{t('crowd.report.published', { date: f.date(p.report!.publishedAt) })}</p>
      <PlainText text={p.report!.text} />
      <h3>{t('crowd.report.accepted')}</h3>
      {accepted.error ? <LoadError error={accepted.error} retry={accepted.reload} /> : null}
      {!accepted.data && !accepted.error ? <Loading /> : null}
      {accepted.data && !accepted.data.length ? <p>{t('crowd.report.noneAccepted')}</p> : null}
      <ul className="cs-accepted">
        {accepted.data?.map((i) => (
          <li key={i.number} className="cs-accepted__item">
            <p className="cs-accepted__title">
              <Link to={`/crowdsourcing/ideas/${i.number}`}>
                № {i.number}. {i.title}
              </Link>
            </p>
            {i.acceptedNote ? <PlainText text={i.acceptedNote} /> : null}
            <p className="cs-accepted__credit">
              {t('crowd.report.credited')}{' '}
              {[i.author, ...i.mergedFrom.map((m) => m.author).filter((a) => a.id !== i.author.id)]
                .filter((a, k, all) => all.findIndex((x) => x.id === a.id) === k)
                .map((a, k) => (
                  <span key={a.id}>
                    {k ? ', ' : ''}
                    <Link to={`/people/${a.id}`}>{a.displayName}</Link>
                  </span>
                ))}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}

const sorts: IdeaSort[] = ['rating', 'newest', 'votes'];
const statusFilters = ['', 'submitted', 'shortlisted', 'rejected', 'merged'] as const;

/** All ideas, sorted by rating, newest or votes, filtered by status; rate them during the ideas and selection phases. */
function IdeaList({ p }: { p: ProjectView }) {
  const { t } = useTranslation();
  const f = useFormat();
  const { me } = useSession();
  const location = useLocation();
  const [sortChoice, setSort] = useState<IdeaSort>(p.pollClosed ? 'votes' : 'rating');
  const [status, setStatus] = useState<string>('');
  const [page, setPage] = useState(1);
  const sort: IdeaSort = sortChoice === 'votes' && !p.pollClosed ? 'rating' : sortChoice;
  const ideas = useLoad(`crowd-ideas-${p.number}-${sort}-${status}-${page}-${me?.id ?? ''}`, () => getIdeas(p.number, { sort, status, page }));
  const [rated, setRated] = useState<Record<number, RatingResult>>({});
  const open = isDiscussionPhase(p.phase);
  const withRating = (i: IdeaSummary): IdeaSummary => (rated[i.number] ? { ...i, ...rated[i.number] } : i);
  const data = ideas.data;
  const ratable = (i: IdeaSummary) => open && !!me && i.author.id !== me.id && i.status !== 'withdrawn' && i.status !== 'merged';
  const pages = data ? Math.max(1, Math.ceil(data.total / data.pageSize)) : 1;
  return (
    <section aria-labelledby="cs-ideas" className="cs-ideas">
      <h2 id="cs-ideas">{data ? t('crowd.ideasTitleCount', { count: data.total }) : t('crowd.ideasTitle')}</h2>
      {open && me === null ? (
        <p>
          <Link to={`/login?next=${encodeURIComponent(location.pathname)}`}>{t('crowd.signInToRate')}</Link>
        </p>
      ) : null}
      {open && me ? <p className="muted">{t('crowd.rateHint')}</p> : null}
      <div role="group" aria-label={t('crowd.sortLabel')} className="cs-filters">
        <span className="cs-filters__label" aria-hidden="true">
          {t('crowd.sortLabel')}:
        </span>
        <ul className="chips">
          {sorts
            .filter((s) => s !== 'votes' || p.pollClosed)
            .map((s) => (
              <li key={s}>
                <button
                  type="button"
                  className="chip"
                  aria-pressed={sort === s}
                  onClick={() => {
                    setSort(s);
                    setPage(1);
                  }}
                >
                  {t(`crowd.sort.${s}`)}
                </button>
              </li>
            ))}
        </ul>
      </div>
      <div role="group" aria-label={t('crowd.statusLabel')} className="cs-filters">
        <span className="cs-filters__label" aria-hidden="true">
          {t('crowd.statusLabel')}:
        </span>
        <ul className="chips">
          {statusFilters.map((s) => (
            <li key={s || 'all'}>
              <button
                type="button"
                className="chip"
                aria-pressed={status === s}
                onClick={() => {
                  setStatus(s);
                  setPage(1);
                }}
              >
                {s ? t(`crowd.filter.${s}`) : t('crowd.allIdeas')}
              </button>
            </li>
          ))}
        </ul>
      </div>
      {ideas.error ? <LoadError error={ideas.error} retry={ideas.reload} /> : null}
      {!data && !ideas.error ? <Loading /> : null}
      {data && !data.items.length ? <p>{p.phase === 'announced' ? t('crowd.noIdeasYet') : t('crowd.noIdeas')}</p> : null}
      <ul className="cs-ideas__list">
        {data?.items.map((i) => {
          // the list carries my own rating, so the stars start from it
          return (
            <IdeaCard
              key={i.number}
              idea={withRating(i)}
              f={f}
              canRate={ratable(i)}
              showVotes={p.pollClosed}
              onRated={(r) => setRated((x) => ({ ...x, [i.number]: r }))}
            />
          );
        })}
      </ul>
      {pages > 1 ? (
        <nav className="pagination" aria-label={t('crowd.pages')}>
          {page > 1 ? (
            <button type="button" className="button button--secondary" onClick={() => setPage(page - 1)}>
              {t('crowd.previous')}
            </button>
          ) : null}
          <span className="muted">{t('crowd.pageOf', { page, pages })}</span>
          {page < pages ? (
            <button type="button" className="button button--secondary" onClick={() => setPage(page + 1)}>
              {t('crowd.next')}
            </button>
          ) : null}
        </nav>
      ) : null}
    </section>
  );
}
