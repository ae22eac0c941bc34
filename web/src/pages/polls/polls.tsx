import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../../api.js';
import { LoadError, Loading, PageHeading, useTitle } from '../../components/page.js';
import { useLoad } from '../../use-load.js';
import { PollDates, PollTags, useDistrictNames, WhoMayAnswer } from './poll-bits.js';
import type { PollSummary } from './polls-api.js';

/** /polls — open, upcoming and closed polls, each saying who may answer. */
export function PollsPage() {
  const { t } = useTranslation();
  useTitle(t('polls.title'));
  const list = useLoad('polls', () => api<{ polls: PollSummary[] }>('GET', '/api/polls'));
  const districtName = useDistrictNames();
  if (list.error) return <LoadError error={list.error} retry={list.reload} />;
  if (!list.data) return <Loading />;
  const groups: ['open' | 'upcoming' | 'closed', PollSummary[]][] = [
    ['open', list.data.polls.filter((p) => p.state === 'open')],
    ['upcoming', list.data.polls.filter((p) => p.state === 'upcoming')],
    ['closed', list.data.polls.filter((p) => p.state === 'closed' || p.state === 'closing')],
  ];
  return (
    <div className="pl">
      <PageHeading>{t('polls.title')}</PageHeading>
      <p className="lead">{t('polls.lead')}</p>
      <p>
        <Link to="/polls/receipt">{t('polls.receipt.link')}</Link>
      </p>
      {groups.map(([key, polls]) => (
        <section key={key} aria-labelledby={`pl-${key}`}>
          <h2 id={`pl-${key}`}>{t(`polls.group.${key}`)}</h2>
          {polls.length === 0 ? (
            <p className="muted">{t('polls.none')}</p>
          ) : (
            <ul className="pl-list">
              {polls.map((p) => (
                <li key={p.id} className="card pl-card">
                  <h3>
                    <Link to={p.state === 'closed' ? `/polls/${p.id}/results` : `/polls/${p.id}`}>{p.title}</Link>
                  </h3>
                  <PollTags poll={p} />
                  <WhoMayAnswer poll={p} districtName={districtName} />
                  <PollDates poll={p} />
                  {p.responses !== undefined ? <p className="muted">{t('polls.responses', { count: p.responses })}</p> : null}
                </li>
              ))}
            </ul>
          )}
        </section>
      ))}
    </div>
  );
}
