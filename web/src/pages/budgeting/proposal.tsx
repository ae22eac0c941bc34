import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { api } from '../../api/client.js';
import { useDistrictName } from '../../api/lists.js';
import { useApiQuery } from '../../api/query.js';
import type { Schema } from '../../api/types.js';
import { CityMap } from '../../components/city-map.js';
import { CommentThread } from '../../components/comment-thread.js';
import { useConfirm } from '../../components/confirm-dialog.js';
import { ErrorSummary } from '../../components/errors.js';
import { FlagButton } from '../../components/flag-dialog.js';
import { FollowButton } from '../../components/follow-button.js';
import { Notice } from '../../components/notice.js';
import { PageHeading, useTitle } from '../../components/page.js';
import { PersonLink } from '../../components/person.js';
import { PlainText } from '../../components/plain-text.js';
import { PhotoGallery } from '../../components/report-bits.js';
import { QueryView } from '../../components/query-view.js';
import { ShareButton } from '../../components/share-button.js';
import { useFormat } from '../../format.js';
import { useSubmit } from '../../use-submit.js';
import { proposalsChanged, ProposalStatusTag } from './pb-bits.js';
import { Coauthors } from './proposal-coauthors.js';
import { ProposalEditForm } from './proposal-edit.js';
import { ReviewForm } from './proposal-review.js';

type Proposal = Schema<'BudgetingProposal'>;

/** /budgeting/proposals/:number — a proposal: text, place, photos, authors, the experts' opinion, supports, comments. */
export function ProposalPage() {
  const { number = '' } = useParams();
  const proposal = useApiQuery('/api/budgeting/proposals/{number}', { path: { number: Number(number) } });
  return <QueryView query={proposal}>{(p) => <ProposalView key={p.number} p={p} />}</QueryView>;
}

function ProposalView({ p }: { p: Proposal }) {
  const { t } = useTranslation();
  const districtName = useDistrictName();
  const { busy, error, run } = useSubmit();
  const { ask, dialog } = useConfirm();
  const [params, setParams] = useSearchParams();
  const [edited, setEdited] = useState(false);
  const editing = params.get('edit') === '1' && p.can.edit;
  useTitle(editing ? t('proposal.editTitle', { number: p.number }) : `${t('common.number', { number: p.number })}. ${p.title}`, !!error);
  if (editing) {
    const close = () => setParams({}, { replace: true });
    return (
      <div>
        <p>
          <Link className="back-link" to={`/budgeting/proposals/${p.number}`}>
            {t('common.number', { number: p.number })}. {p.title}
          </Link>
        </p>
        <PageHeading>{t('proposal.editTitle', { number: p.number })}</PageHeading>
        <ProposalEditForm
          p={p}
          onCancel={close}
          onDone={async () => {
            await proposalsChanged();
            setEdited(true);
            close();
          }}
        />
      </div>
    );
  }
  const number = { params: { path: { number: p.number } } };
  const support = () => run(() => (p.supported ? api.DELETE : api.POST)('/api/budgeting/proposals/{number}/support', number), proposalsChanged);
  const withdraw = async () => {
    if (await ask({ title: t('proposal.withdrawConfirm'), body: null, confirm: t('proposal.withdraw') }))
      void run(() => api.POST('/api/budgeting/proposals/{number}/withdraw', number), proposalsChanged);
  };
  const path = `/budgeting/proposals/${p.number}`;
  return (
    <div>
      <p>
        <Link className="back-link" to={`/budgeting/headings/${p.heading.id}`}>
          {p.heading.title}
        </Link>
      </p>
      <ErrorSummary error={error} />
      {edited ? <Notice kind="success" title={t('proposal.edited')} /> : null}
      <article className="pb-proposal" aria-labelledby="proposal-title">
        <p className="pb-proposal__kicker">
          {p.cycle.title} · {p.heading.title}
        </p>
        <PageHeading id="proposal-title">
          <span className="pb-card__number">{t('common.number', { number: p.number })}.</span> {p.title}
        </PageHeading>
        <p className="pb-card__meta">
          <ProposalStatusTag status={p.status} /> {t(`proposal.topic.${p.topic}`)}
          {p.districtId ? ` · ${districtName(p.districtId)}` : ''}
        </p>
        {p.moderation !== 'visible' ? (
          <Notice kind="warning" title={t(`proposal.moderation.${p.moderation}`)}>
            {p.moderationReason ? <PlainText text={p.moderationReason} /> : null}
          </Notice>
        ) : null}
        {p.mergedInto ? (
          <Notice kind="info" title={t('proposal.mergedInto')}>
            <Link to={`/budgeting/proposals/${p.mergedInto.number}`}>
              {t('common.number', { number: p.mergedInto.number })}. {p.mergedInto.title}
            </Link>
          </Notice>
        ) : null}
        <ProposalOpinion p={p} />
        <ProposalFacts p={p} />
        <PlainText text={p.description} className="pb-proposal__body" />
        <PhotoGallery photos={p.photos} label={t('proposal.photos')} />
        {p.lat !== null && p.lon !== null ? (
          <CityMap label={t('proposal.mapLabel')} size="small" quiet point={{ lat: p.lat, lon: p.lon }} center={{ lat: p.lat, lon: p.lon }} zoom={15} />
        ) : null}
        {p.mergedFrom.length ? (
          <p>
            {t('proposal.mergedFrom')}{' '}
            {p.mergedFrom.map((m, i) => (
              <span key={m.number}>
                {i ? ', ' : ''}
                <Link to={`/budgeting/proposals/${m.number}`}>
                  {t('common.number', { number: m.number })}. {m.title}
                </Link>
              </span>
            ))}
          </p>
        ) : null}
        <div className="entity-actions" role="group" aria-label={t('proposal.actions')}>
          {p.can.edit ? (
            <Link className="button button--secondary" to="?edit=1">
              {t('proposal.edit')}
            </Link>
          ) : null}
          {p.can.support || p.supported ? (
            <button
              type="button"
              className={p.supported ? 'button button--secondary' : 'button'}
              disabled={busy}
              aria-pressed={p.supported}
              onClick={() => void support()}
            >
              {p.supported ? t('proposal.unsupport') : t('proposal.support')}
            </button>
          ) : null}
          {p.can.withdraw ? (
            <button type="button" className="button button--warning" disabled={busy} onClick={() => void withdraw()}>
              {t('proposal.withdraw')}
            </button>
          ) : null}
          <FollowButton entityType="proposal" entityId={String(p.number)} />
          <ShareButton title={p.title} path={path} />
          {!p.mine && p.moderation === 'visible' ? <FlagButton entityType="proposal" entityId={String(p.number)} label={t('proposal.flag')} /> : null}
        </div>
      </article>
      <Coauthors p={p} onDone={proposalsChanged} />
      {p.can.review ? <ReviewForm p={p} onDone={proposalsChanged} /> : null}
      <CommentThread hostType="proposal" hostId={String(p.number)} />
      {dialog}
    </div>
  );
}

/** The experts' opinion: the verdict in words, the text, who and when. */
function ProposalOpinion({ p }: { p: Proposal }) {
  const { t } = useTranslation();
  const f = useFormat();
  if (!p.review) return null;
  return (
    <section className={`pb-opinion pb-opinion--${p.status}`} aria-labelledby="opinion-title">
      <h2 id="opinion-title">{t('proposal.opinion')}</h2>
      <p className="pb-opinion__verdict">{t(`proposal.verdict.${p.status}`)}</p>
      <PlainText text={p.review.opinion} />
      <p className="muted">
        {p.review.reviewer ? `${p.review.reviewer.displayName}, ` : ''}
        {f.date(p.review.reviewedAt)}
      </p>
    </section>
  );
}

/** The proposal's figures: cost (final or estimated), period, author, address, supports. */
function ProposalFacts({ p }: { p: Proposal }) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <dl className="pb-facts">
      <div>
        <dt>{p.finalCost ? t('proposal.finalCost') : t('proposal.estimatedCost')}</dt>
        <dd>{f.money(p.cost, p.cycle.currency)}</dd>
      </div>
      {p.finalCost && p.finalCost !== p.estimatedCost ? (
        <div>
          <dt>{t('proposal.estimatedCost')}</dt>
          <dd>{f.money(p.estimatedCost, p.cycle.currency)}</dd>
        </div>
      ) : null}
      {p.implementationMonths ? (
        <div>
          <dt>{t('proposal.period')}</dt>
          <dd>{t('proposal.months', { count: p.implementationMonths })}</dd>
        </div>
      ) : null}
      <div>
        <dt>{t('proposal.author')}</dt>
        <dd>
          <PersonLink person={p.author} />, {f.date(p.createdAt)}
        </dd>
      </div>
      {p.address ? (
        <div>
          <dt>{t('proposal.address')}</dt>
          <dd>{p.address}</dd>
        </div>
      ) : null}
      <div>
        <dt>{t('proposal.supportTitle')}</dt>
        <dd>{t('proposal.supports', { count: p.supportCount })}</dd>
      </div>
    </dl>
  );
}
