import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useApiQuery } from '../../api/query.js';
import type { Schema } from '../../api/types.js';
import { PageHeading, useTitle } from '../../components/page.js';
import { QueryView } from '../../components/query-view.js';
import { PollDates, PollTags, useDistrictNames, WhoMayAnswer } from './poll-bits.js';

type PollSummary = Schema<'PollSummary'>;

/** /polls — open, upcoming and closed polls, each saying who may answer. */
export function PollsPage() {
  const { t } = useTranslation();
  useTitle(t('polls.title'));
  const list = useApiQuery('/api/polls');
  return <QueryView query={list}>{({ polls }) => <PollGroups polls={polls} />}</QueryView>;
}

/** The polls by state: open first, then upcoming, then closed (with those closing now). */
function PollGroups({ polls: all }: { polls: PollSummary[] }) {
  const { t } = useTranslation();
  const districtName = useDistrictNames();
  const groups: ['open' | 'upcoming' | 'closed', PollSummary[]][] = [
    ['open', all.filter((p) => p.state === 'open')],
    ['upcoming', all.filter((p) => p.state === 'upcoming')],
    ['closed', all.filter((p) => p.state === 'closed' || p.state === 'closing')],
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
