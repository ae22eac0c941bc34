import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useApiQuery } from '../../api/query.js';
import { QueryView } from '../../components/query-view.js';
import { useFormat } from '../../format.js';
import type { IdeaSummary, ProjectView } from './crowd-bits.js';

/** The vote over the shortlist: a link to the poll while it is open; the votes once it has closed. */
export function VoteSection({ p }: { p: ProjectView }) {
  const { t } = useTranslation();
  const f = useFormat();
  const shortlist = useApiQuery('/api/crowdsourcing/projects/{number}/ideas', {
    path: { number: p.number },
    query: { status: 'shortlisted', sort: p.pollClosed ? 'votes' : 'rating' },
  });
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
      <QueryView query={shortlist}>
        {({ items }) =>
          p.pollClosed ? (
            <VoteTable items={items} />
          ) : (
            <ol className="cs-shortlist">
              {items.map((i) => (
                <li key={i.number}>
                  <Link to={`/crowdsourcing/ideas/${i.number}`}>
                    {t('common.number', { number: i.number })}. {i.title}
                  </Link>{' '}
                  <span className="muted">— {i.author.displayName}</span>
                </li>
              ))}
            </ol>
          )
        }
      </QueryView>
      {p.pollClosed ? (
        <p>
          <Link to={`/polls/${p.pollId}/results`}>{t('crowd.vote.pollResults')}</Link>
        </p>
      ) : null}
    </section>
  );
}

/** The closed vote: each shortlisted idea with its votes and share (a bar beside the figures). */
function VoteTable({ items }: { items: IdeaSummary[] }) {
  const { t } = useTranslation();
  const f = useFormat();
  const totalVotes = items.reduce((s, i) => s + (i.votes ?? 0), 0);
  const share = (i: IdeaSummary) => (totalVotes ? (i.votes ?? 0) / totalVotes : 0);
  return (
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
                  {t('common.number', { number: i.number })}. {i.title}
                </Link>
                {i.accepted ? <span className="cs-accepted-mark"> · {t('crowd.idea.accepted')}</span> : null}
              </th>
              <td className="cs-num">{f.number(i.votes ?? 0)}</td>
              <td className="cs-num">
                <span className="cs-bar" aria-hidden="true">
                  <span className="cs-bar__fill" style={{ width: `${Math.round(share(i) * 100)}%` }} />
                </span>{' '}
                {f.number(share(i), { style: 'percent', maximumFractionDigits: 0 })}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
