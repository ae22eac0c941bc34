import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useApiQuery } from '../../api/query.js';
import { PlainText } from '../../components/plain-text.js';
import { QueryView } from '../../components/query-view.js';
import { useFormat } from '../../format.js';
import { at, type IdeaSummary, type IdeaView, type ProjectView } from './crowd-bits.js';

/** The implementation report: what was done, and the accepted ideas with their credited authors. */
export function Report({ p, report }: { p: ProjectView; report: NonNullable<ProjectView['report']> }) {
  const { t } = useTranslation();
  const f = useFormat();
  const shortlist = useApiQuery('/api/crowdsourcing/projects/{number}/ideas', { path: { number: p.number }, query: { status: 'shortlisted', sort: 'votes' } });
  return (
    <section className="cs-panel cs-report" aria-labelledby="cs-report">
      <h2 id="cs-report">{t('crowd.report.title')}</h2>
      <p className="muted">{t('crowd.report.published', { date: f.date(report.publishedAt) })}</p>
      <PlainText text={report.text} />
      <h3>{t('crowd.report.accepted')}</h3>
      <QueryView query={shortlist}>
        {({ items }) => {
          const accepted = items.filter((i) => i.accepted);
          return accepted.length ? (
            <ul className="cs-accepted">
              {accepted.map((i) => (
                <AcceptedIdea key={i.number} idea={i} />
              ))}
            </ul>
          ) : (
            <p>{t('crowd.report.noneAccepted')}</p>
          );
        }}
      </QueryView>
    </section>
  );
}

/** An accepted idea: what the city did with it, and everyone credited (its author and the authors of ideas merged into it). */
function AcceptedIdea({ idea }: { idea: IdeaSummary }) {
  const { t } = useTranslation();
  const view = useApiQuery('/api/crowdsourcing/ideas/{number}', at(idea).params);
  return (
    <li className="cs-accepted__item">
      <p className="cs-accepted__title">
        <Link to={`/crowdsourcing/ideas/${idea.number}`}>
          {t('common.number', { number: idea.number })}. {idea.title}
        </Link>
      </p>
      <QueryView query={view}>{(i) => <Credit i={i} />}</QueryView>
    </li>
  );
}

function Credit({ i }: { i: IdeaView }) {
  const { t } = useTranslation();
  const credited = [i.author, ...i.mergedFrom.map((m) => m.author)].filter((a, k, all) => all.findIndex((x) => x.id === a.id) === k);
  return (
    <>
      {i.acceptedNote ? <PlainText text={i.acceptedNote} /> : null}
      <p className="cs-accepted__credit">
        {t('crowd.report.credited')}{' '}
        {credited.map((a, k) => (
          <span key={a.id}>
            {k ? ', ' : ''}
            <Link to={`/people/${a.id}`}>{a.displayName}</Link>
          </span>
        ))}
      </p>
    </>
  );
}
