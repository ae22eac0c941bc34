import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { useDistrictName } from '../../api/lists.js';
import { useApiQuery } from '../../api/query.js';
import type { Schema } from '../../api/types.js';
import { CityMap } from '../../components/city-map.js';
import { PageHeading, useTitle } from '../../components/page.js';
import { QueryView } from '../../components/query-view.js';
import { useFormat } from '../../format.js';
import { HeadingKind, PhaseSentence, ProposalItem } from './pb-bits.js';

/** /budgeting/headings/:headingId — a heading's proposals (a list, and a map of those with a place). */
export function HeadingPage() {
  const { t } = useTranslation();
  const { headingId = '' } = useParams();
  const page = useApiQuery('/api/budgeting/headings/{id}', { path: { id: headingId } });
  useTitle(page.data?.heading.title ?? t('nav.budgeting'));
  return <QueryView query={page}>{(v) => <Heading v={v} />}</QueryView>;
}

function Heading({ v }: { v: Schema<'BudgetingHeadingPage'> }) {
  const { t } = useTranslation();
  const f = useFormat();
  const navigate = useNavigate();
  const districtName = useDistrictName();
  const h = v.heading;
  // the same markers until the proposals change: a new array each render redraws them, and a tooltip open under the
  // pointer stays on screen, fading, beside the new one
  const markers = useMemo(
    () =>
      v.proposals
        .filter((p) => p.lat !== null && p.lon !== null)
        .map((p) => ({
          key: p.id,
          lat: p.lat!,
          lon: p.lon!,
          label: `${t('common.number', { number: p.number })}. ${p.title}`,
          onOpen: () => void navigate(`/budgeting/proposals/${p.number}`),
        })),
    [v.proposals, navigate, t],
  );
  return (
    <div>
      <p>
        <Link className="back-link" to={`/budgeting/cycles/${v.cycle.id}`}>
          {v.cycle.title}
        </Link>
      </p>
      <PageHeading>{h.title}</PageHeading>
      <p className="pb-heading-card__amount">{f.money(h.amount, v.cycle.currency)}</p>
      <p>
        {h.districtId ? districtName(h.districtId) : t('cycle.citywide')} · <HeadingKind h={h} />
        {h.maxWinners ? ` · ${t('cycle.maxWinners', { count: h.maxWinners })}` : ''}
      </p>
      <PhaseSentence cycle={v.cycle} f={f} />
      <p className="pb-actions">
        {v.phase === 'intake' ? (
          <Link className="button" to={`/budgeting/proposals/new?headingId=${h.id}`}>
            {t('proposal.new')}
          </Link>
        ) : null}
        {v.phase === 'voting' ? (
          <Link className="button" to={`/budgeting/headings/${h.id}/ballot`}>
            {t('pb.goVote')}
          </Link>
        ) : null}
        {v.phase === 'results' || v.phase === 'implementation' ? (
          <Link className="button" to={`/budgeting/headings/${h.id}/results`}>
            {t('pb.seeResults')}
          </Link>
        ) : null}
      </p>
      <h2>{t('cycle.proposalsHere', { count: v.proposals.length })}</h2>
      {v.otherCount ? <p className="muted">{t('cycle.otherCount', { count: v.otherCount })}</p> : null}
      {markers[0] ? <CityMap label={t('cycle.mapLabel')} quiet center={{ lat: markers[0].lat, lon: markers[0].lon }} zoom={13} markers={markers} /> : null}
      {v.proposals.length ? (
        <ul className="pb-list">
          {v.proposals.map((p) => (
            <ProposalItem key={p.id} p={p} f={f} currency={v.cycle.currency} />
          ))}
        </ul>
      ) : (
        <p>{t('cycle.noProposals')}</p>
      )}
    </div>
  );
}
