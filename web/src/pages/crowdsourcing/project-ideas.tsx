import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { ideaSorts, type IdeaSort, type IdeaStatus } from '@server/modules/crowdsourcing/domain/idea-rules.js';
import { isDiscussionPhase } from '@server/modules/crowdsourcing/domain/phases.js';
import { useApiQuery } from '../../api/query.js';
import { QueryView } from '../../components/query-view.js';
import { useFormat } from '../../format.js';
import { useSession } from '../../session.js';
import type { IdeaSummary, ProjectView, RatingResult } from './crowd-bits.js';
import { IdeaCard } from './idea-bits.js';

/** The statuses the list filters by ('' for all; withdrawn ideas are not listed). */
const statusFilters = ['', 'submitted', 'shortlisted', 'rejected', 'merged'] as const satisfies readonly ('' | IdeaStatus)[];

/** All ideas, sorted by rating, newest or votes, filtered by status; rate them during the ideas and selection phases. */
export function IdeaList({ p }: { p: ProjectView }) {
  const { t } = useTranslation();
  const f = useFormat();
  const { me } = useSession();
  const location = useLocation();
  const [sortChoice, setSort] = useState<IdeaSort>(p.pollClosed ? 'votes' : 'rating');
  const [status, setStatus] = useState<(typeof statusFilters)[number]>('');
  const [page, setPage] = useState(1);
  const sort: IdeaSort = sortChoice === 'votes' && !p.pollClosed ? 'rating' : sortChoice;
  const ideas = useApiQuery('/api/crowdsourcing/projects/{number}/ideas', { path: { number: p.number }, query: { sort, page, ...(status ? { status } : {}) } });
  const [rated, setRated] = useState<Record<number, RatingResult>>({});
  const open = isDiscussionPhase(p.phase);
  const withRating = (i: IdeaSummary): IdeaSummary => (rated[i.number] ? { ...i, ...rated[i.number] } : i);
  const ratable = (i: IdeaSummary) => open && !!me && i.author.id !== me.id && i.status !== 'withdrawn' && i.status !== 'merged';
  return (
    <section aria-labelledby="cs-ideas" className="cs-ideas">
      <h2 id="cs-ideas">{ideas.data ? t('crowd.ideasTitleCount', { count: ideas.data.total }) : t('crowd.ideasTitle')}</h2>
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
          {ideaSorts
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
      <QueryView query={ideas}>
        {(data) => {
          const pages = Math.max(1, Math.ceil(data.total / data.pageSize));
          return (
            <>
              {!data.items.length ? <p>{p.phase === 'announced' ? t('crowd.noIdeasYet') : t('crowd.noIdeas')}</p> : null}
              <ul className="cs-ideas__list">
                {data.items.map((i) => (
                  // the list carries my own rating, so the stars start from it
                  <IdeaCard
                    key={i.number}
                    idea={withRating(i)}
                    f={f}
                    canRate={ratable(i)}
                    showVotes={p.pollClosed}
                    onRated={(r) => setRated((x) => ({ ...x, [i.number]: r }))}
                  />
                ))}
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
            </>
          );
        }}
      </QueryView>
    </section>
  );
}
