import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useDistrictName } from '../../api/lists.js';
import { useApiQuery } from '../../api/query.js';
import type { Schema } from '../../api/types.js';
import { Notice } from '../../components/notice.js';
import { PageHeading, useTitle } from '../../components/page.js';
import { PlainText } from '../../components/plain-text.js';
import { QueryView } from '../../components/query-view.js';
import { useFormat } from '../../format.js';
import { HeadingKind, PhaseSentence, PhaseSteps } from './pb-bits.js';

/** /budgeting/cycles/:cycleId — a cycle: its phases with dates, the rule, who may vote, and its headings. */
export function CyclePage() {
  const { t } = useTranslation();
  const { cycleId = '' } = useParams();
  const cycle = useApiQuery('/api/budgeting/cycles/{id}', { path: { id: cycleId } });
  useTitle(cycle.data?.title ?? t('nav.budgeting'));
  return <QueryView query={cycle}>{(c) => <Cycle c={c} />}</QueryView>;
}

function Cycle({ c }: { c: Schema<'BudgetingCycle'> }) {
  const { t } = useTranslation();
  const f = useFormat();
  const districtName = useDistrictName();
  return (
    <div>
      <p>
        <Link className="back-link" to="/budgeting">
          {t('nav.budgeting')}
        </Link>
      </p>
      <PageHeading>{c.title}</PageHeading>
      {c.importedFrom ? (
        <Notice kind="info" title={t('cycle.exampleTitle')}>
          <p>{t('cycle.exampleNote', { source: c.importedFrom })}</p>
        </Notice>
      ) : null}
      <PhaseSentence cycle={c} f={f} />
      {c.description ? <PlainText text={c.description} className="lead" /> : null}
      {c.phase === 'intake' ? (
        <p>
          <Link className="button" to={`/budgeting/proposals/new?cycleId=${c.id}`}>
            {t('proposal.new')}
          </Link>
        </p>
      ) : null}
      <section aria-labelledby="pb-headings">
        <h2 id="pb-headings">{t('cycle.headings')}</h2>
        <ul className="pb-headings">
          {c.headings.map((h) => (
            <li key={h.id} className="pb-heading-card">
              <h3 className="pb-heading-card__title">
                <Link to={`/budgeting/headings/${h.id}`}>{h.title}</Link>
              </h3>
              <p className="pb-heading-card__amount">{f.money(h.amount, c.currency, { compact: true })}</p>
              <p className="pb-heading-card__meta">
                {h.districtId ? districtName(h.districtId) : t('cycle.citywide')} · <HeadingKind h={h} />
              </p>
              <p className="muted">
                {t('cycle.proposalCount', { count: h.proposalCount })} · {t('cycle.feasibleCount', { count: h.feasibleCount })}
              </p>
              <p className="pb-heading-card__actions">
                {c.phase === 'voting' ? (
                  <Link className="button" to={`/budgeting/headings/${h.id}/ballot`}>
                    {t('pb.goVote')}
                  </Link>
                ) : null}
                {c.phase === 'results' || c.phase === 'implementation' ? (
                  <Link className="button" to={`/budgeting/headings/${h.id}/results`}>
                    {t('pb.seeResults')}
                  </Link>
                ) : null}
                <Link className="button button--secondary" to={`/budgeting/headings/${h.id}`}>
                  {t('cycle.seeProposals')}
                </Link>
              </p>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="pb-steps">
        <h2 id="pb-steps">{t('cycle.phases')}</h2>
        <PhaseSteps cycle={c} f={f} />
      </section>
      <section aria-labelledby="pb-rules">
        <h2 id="pb-rules">{t('cycle.rules')}</h2>
        <p>{t(`cycle.rule.${c.rule}`)}</p>
        <p>{t('cycle.eligibility', { age: c.minAge })}</p>
        {c.excludeOfficials ? <p>{t('cycle.officialsExcluded')}</p> : null}
      </section>
    </div>
  );
}
