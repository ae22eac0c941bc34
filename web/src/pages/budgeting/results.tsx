import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useApiQuery } from '../../api/query.js';
import type { Schema } from '../../api/types.js';
import { BarChart } from '../../components/bar-chart.js';
import { Tag } from '../../components/notice.js';
import { PageHeading, useTitle } from '../../components/page.js';
import { PlainText } from '../../components/plain-text.js';
import { QueryView } from '../../components/query-view.js';
import { RepresentativenessPanel } from '../../components/representativeness-panel.js';
import { useFormat } from '../../format.js';
import { explanation, votesText } from './ballot-bits.js';

/**
 * /budgeting/headings/:headingId/results — who won and why: the rule in one sentence, the totals, a chart of
 * votes with the winners marked, every project with its explanation as a sentence, the administration's
 * overrides with their reasons, and the ballot file to check the count.
 */
export function ResultsPage() {
  const { t } = useTranslation();
  const { headingId = '' } = useParams();
  const res = useApiQuery('/api/budgeting/headings/{id}/results', { path: { id: headingId } });
  useTitle(res.data ? t('results.title', { heading: res.data.heading.title }) : t('nav.budgeting'));
  return <QueryView query={res}>{(r) => <Results r={r} headingId={headingId} />}</QueryView>;
}

function Results({ r, headingId }: { r: Schema<'BudgetingResults'>; headingId: string }) {
  const { t } = useTranslation();
  const f = useFormat();

  const m = (amount: string) => f.money(amount, r.cycle.currency, { compact: true });
  const kind = r.heading.ballotKind;

  return (
    <div className="pbr">
      <p>
        <Link className="back-link" to={`/budgeting/headings/${headingId}`}>
          {t('results.back')}
        </Link>
      </p>
      <PageHeading>{t('results.title', { heading: r.heading.title })}</PageHeading>
      <p className="muted">{r.cycle.title}</p>
      {r.cycle.importedFrom ? <p className="muted">{t('results.imported', { source: r.cycle.importedFrom })}</p> : null}
      <p className="lead">{t(`results.rule.${r.rule}`)}</p>
      <p className="pbr-summary" data-testid="results-summary">
        {t('results.summary', {
          ballots: f.number(r.ballots),
          budget: m(r.budget),
          cost: m(r.totals.cost),
          winners: r.totals.winners,
          remaining: m(r.totals.remaining),
        })}
      </p>

      <BarChart
        title={t('results.chartTitle')}
        bars={r.projects.slice(0, 40).map((p) => ({
          key: String(p.number),
          label: `${p.winner ? '✓ ' : ''}${t('common.number', { number: p.number })} ${p.title}`,
          value: Number(p.votes),
          text: f.number(Number(p.votes)),
        }))}
      />

      {r.overrides.length ? (
        <section aria-labelledby="pbr-overrides">
          <h2 id="pbr-overrides">{t('results.overridesTitle')}</h2>
          <ul className="pbr-overrides">
            {r.overrides.map((o) => (
              <li key={o.number}>
                <p>
                  <strong>
                    {t('common.number', { number: o.number })} {o.title}
                  </strong>{' '}
                  — {t(`results.override.${o.decision}`)}
                </p>
                <PlainText text={o.reason} />
                <p className="muted">{f.dateTime(o.decidedAt)}</p>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="pbr-projects">
        <h2 id="pbr-projects">{t('results.projects')}</h2>
        <ol className="pbr-projects">
          {r.projects.map((p) => (
            <li key={p.number} className={`pbr-project${p.winner ? ' pbr-project--winner' : ''}`} data-testid={`result-${p.number}`}>
              <div className="pbr-project__head">
                <h3 className="pbr-project__title">
                  <Link
                    to={r.cycle.importedFrom ? `/budgeting/headings/${headingId}/results#p-${p.number}` : `/budgeting/proposals/${p.number}`}
                    id={`p-${p.number}`}
                  >
                    {t('common.number', { number: p.number })} {p.title}
                  </Link>
                </h3>
                <Tag kind={p.winner ? 'success' : 'neutral'}>{p.winner ? t('results.winner') : t('results.notWinner')}</Tag>
              </div>
              <p className="pbr-project__figures">
                {votesText(t, f, p.votes, kind)} · {t('results.cost', { amount: m(p.cost) })}
              </p>
              <p className="pbr-project__why">{explanation(t, f, p, r)}</p>
              {p.override ? (
                <div className="pbr-project__override">
                  <p>{t(`results.override.${p.override.decision}`)}</p>
                  <PlainText text={p.override.reason} />
                </div>
              ) : null}
            </li>
          ))}
        </ol>
      </section>

      <RepresentativenessPanel kind="budgeting-heading" id={headingId} who="voters" />

      <section aria-labelledby="pbr-verify" className="pbr-verify">
        <h2 id="pbr-verify">{t('results.verifyTitle')}</h2>
        <p>{t('results.verifyText')}</p>
        <p>
          <a className="button button--secondary" href={`/api/budgeting/headings/${headingId}/ballots.pb`} download>
            {t('results.download')}
          </a>
        </p>
        <p>
          {t('results.sha')} <code className="pbr-hash">{r.ballotsSha256}</code>
        </p>
        <p className="muted">{t('results.computedAt', { date: f.dateTime(r.computedAt) })}</p>
        <p>
          <Link to="/budgeting/receipt">{t('ballot.receiptFind')}</Link>
        </p>
      </section>
    </div>
  );
}
