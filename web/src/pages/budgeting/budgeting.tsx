import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { isCityAdministrator } from '../../roles.js';
import { useApiQuery } from '../../api/query.js';
import { PageHeading, useTitle } from '../../components/page.js';
import { QueryView } from '../../components/query-view.js';
import type { Schema } from '../../api/types.js';
import { Tag } from '../../components/notice.js';
import { useFormat } from '../../format.js';
import { useSession } from '../../session.js';
import { PhaseSentence, ProposalItem } from './pb-bits.js';

/** /budgeting — «Твой бюджет»: the cycles (what is open now and until when), my proposals, the experts' queue. */
export function BudgetingPage() {
  const { t } = useTranslation();
  const f = useFormat();
  const { me } = useSession();
  useTitle(t('nav.budgeting'));
  const cycles = useApiQuery('/api/budgeting/cycles', undefined, { select: (r) => r.items });
  const currencyOf = new Map(cycles.data?.map((c) => [c.id, c.currency]));
  const mine = useApiQuery('/api/budgeting/proposals', me ? { query: { mine: 'true', limit: 20 } } : null);
  const isExpert = !!me?.roles.some((r) => r.role === 'expert');

  return (
    <div>
      <div className="page-top">
        <PageHeading>{t('nav.budgeting')}</PageHeading>
        {isCityAdministrator(me) ? (
          <Link className="button button--secondary page-top__action" to="/admin/budgeting">
            {t('pb.manage')}
          </Link>
        ) : null}
      </div>
      <p className="lead">{t('pb.lead')}</p>
      {isExpert ? (
        <p>
          <Link className="button button--secondary" to="/budgeting/review">
            {t('review.title')}
          </Link>
        </p>
      ) : null}
      <QueryView query={cycles}>
        {(items) => {
          // the city's own cycles first; elections imported from Pabulib are examples, in a section of their own
          const own = items.filter((c) => !c.importedFrom);
          const examples = items.filter((c) => c.importedFrom);
          return (
            <>
              {own.length ? (
                <ul className="pb-cycles">
                  {own.map((c) => (
                    <CycleCard key={c.id} c={c} level={2} />
                  ))}
                </ul>
              ) : (
                <p>{t('pb.noCycles')}</p>
              )}
              {examples.length ? (
                <section aria-labelledby="pb-examples">
                  <h2 id="pb-examples">{t('pb.examplesTitle')}</h2>
                  <p className="muted">{t('pb.examplesLead')}</p>
                  <ul className="pb-cycles">
                    {examples.map((c) => (
                      <CycleCard key={c.id} c={c} level={3} />
                    ))}
                  </ul>
                </section>
              ) : null}
            </>
          );
        }}
      </QueryView>
      {mine.data?.items.length ? (
        <section aria-labelledby="pb-mine">
          <h2 id="pb-mine">{t('pb.mine')}</h2>
          <ul className="pb-list">
            {mine.data.items.map((p) => (
              <ProposalItem key={p.id} p={p} f={f} currency={currencyOf.get(p.cycleId) ?? 'RUB'} />
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}

/** One cycle in the list: its phase, headings and money, what is open now, and the way in; an imported example is tagged so. */
function CycleCard({ c, level }: { c: Schema<'BudgetingCycle'>; level: 2 | 3 }) {
  const { t } = useTranslation();
  const f = useFormat();
  const total = c.headings.reduce((s, h) => s + Number(h.amount), 0);
  const Title = level === 2 ? 'h2' : 'h3';
  return (
    <li className="pb-cycle-card">
      <Title className="pb-cycle-card__title">
        <Link to={`/budgeting/cycles/${c.id}`}>{c.title}</Link>
      </Title>
      {c.importedFrom ? (
        <p>
          <Tag>{t('pb.exampleTag')}</Tag>
        </p>
      ) : null}
      <p className="pb-cycle-card__meta">
        {t(`cycle.phase.${c.phase}`)} · {t('pb.headingsCount', { count: c.headings.length })}
        {` · ${f.money(total, c.currency, { compact: true })}`}
      </p>
      <PhaseSentence cycle={c} f={f} />
      <div className="pb-cycle-card__actions">
        {c.phase === 'intake' ? (
          <Link className="button" to={`/budgeting/proposals/new?cycleId=${c.id}`}>
            {t('proposal.new')}
          </Link>
        ) : null}
        <Link className={c.phase === 'intake' ? 'button button--secondary' : 'button'} to={`/budgeting/cycles/${c.id}`}>
          {c.phase === 'voting' ? t('pb.goVote') : c.phase === 'results' || c.phase === 'implementation' ? t('pb.seeResults') : t('pb.open')}
        </Link>
      </div>
    </li>
  );
}
