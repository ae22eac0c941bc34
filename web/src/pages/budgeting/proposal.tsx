import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { api } from '../../api.js';
import { CityMap } from '../../components/city-map.js';
import { CommentThread } from '../../components/comment-thread.js';
import { ErrorSummary, fieldMessage } from '../../components/errors.js';
import { RadioGroup, TextArea, TextField } from '../../components/fields.js';
import { FlagButton } from '../../components/flag-dialog.js';
import { FollowButton } from '../../components/follow-button.js';
import { Notice } from '../../components/notice.js';
import { Loading, LoadError, PageHeading, useTitle } from '../../components/page.js';
import { PersonLink, useDistrictName } from '../../components/person.js';
import { PlainText } from '../../components/plain-text.js';
import { PhotoGallery } from '../../components/report-bits.js';
import { ShareButton } from '../../components/share-button.js';
import { useFormat } from '../../format.js';
import { useSession } from '../../session.js';
import { useLoad } from '../../use-load.js';
import { useSubmit } from '../../use-submit.js';
import { getProposal, type ProposalCard } from './pb-api.js';
import { ProposalStatusTag } from './pb-bits.js';
import { ProposalEditForm } from './proposal-edit.js';

const reviewTargets = {
  decision: 'f-decision-feasible',
  opinion: 'f-opinion',
  finalCost: 'f-finalCost',
  implementationMonths: 'f-months',
  intoNumber: 'f-into',
  userId: 'f-coauthor',
};

/** The expert's form: feasible (final cost, months) or not, with a public opinion; or merge into another proposal. */
function ReviewForm({ p, onDone }: { p: ProposalCard; onDone(card: ProposalCard): void }) {
  const { t } = useTranslation();
  const f = useFormat();
  const [decision, setDecision] = useState<'feasible' | 'unfeasible'>(p.status === 'unfeasible' ? 'unfeasible' : 'feasible');
  const [opinion, setOpinion] = useState(p.review?.opinion ?? '');
  const [finalCost, setFinalCost] = useState(p.finalCost ?? p.estimatedCost);
  const [months, setMonths] = useState(p.implementationMonths ? String(p.implementationMonths) : '');
  const [into, setInto] = useState('');
  const { busy, error, submit } = useSubmit();
  const decide = submit(
    () =>
      api<ProposalCard>('POST', `/api/budgeting/proposals/${p.number}/review`, {
        decision,
        opinion,
        finalCost: decision === 'feasible' ? finalCost.replace(/\s/g, '').replace(',', '.') : null,
        implementationMonths: decision === 'feasible' && months ? Number(months) : null,
      }),
    onDone,
  );
  const merge = submit(
    () =>
      api<ProposalCard>('POST', `/api/budgeting/proposals/${p.number}/merge`, { intoNumber: Number(into.replace(/\D/g, '')), ...(opinion ? { opinion } : {}) }),
    onDone,
  );
  return (
    <section className="pb-review-form" aria-labelledby="review-title">
      <h2 id="review-title">{t('review.formTitle')}</h2>
      <ErrorSummary error={error} targets={reviewTargets} id="review-errors" />
      <form onSubmit={decide} noValidate>
        <RadioGroup
          idPrefix="f-decision"
          legend={t('review.decision')}
          value={decision}
          onChange={(v) => setDecision(v as 'feasible' | 'unfeasible')}
          options={[
            { value: 'feasible', label: t('review.feasible') },
            { value: 'unfeasible', label: t('review.unfeasible') },
          ]}
        />
        <TextArea
          id="f-opinion"
          label={t('review.opinion')}
          hint={t('review.opinionHint')}
          value={opinion}
          onChange={setOpinion}
          rows={6}
          maxLength={5000}
          error={fieldMessage(error, 'opinion')}
        />
        {decision === 'feasible' ? (
          <>
            <TextField
              id="f-finalCost"
              label={t('review.finalCost', { currency: f.currencySign(p.cycle.currency) })}
              value={finalCost}
              onChange={setFinalCost}
              width="short"
              error={fieldMessage(error, 'finalCost')}
            />
            <TextField
              id="f-months"
              label={t('review.months')}
              value={months}
              onChange={setMonths}
              width="short"
              type="number"
              min="1"
              error={fieldMessage(error, 'implementationMonths')}
            />
          </>
        ) : null}
        <button className="button" type="submit" disabled={busy}>
          {t('review.save')}
        </button>
      </form>
      <form onSubmit={merge} noValidate className="pb-merge-form">
        <TextField
          id="f-into"
          label={t('review.mergeInto')}
          hint={t('review.mergeHint')}
          value={into}
          onChange={setInto}
          width="short"
          error={fieldMessage(error, 'intoNumber')}
        />
        <button className="button button--secondary" type="submit" disabled={busy || !into}>
          {t('review.merge')}
        </button>
      </form>
    </section>
  );
}

/** The author's list of co-authors: add by account id (the person is notified), take off. */
function Coauthors({ p, onDone }: { p: ProposalCard; onDone(card: ProposalCard): void }) {
  const { t } = useTranslation();
  const { me } = useSession();
  const [userId, setUserId] = useState('');
  const { busy, error, submit, run } = useSubmit();
  const add = submit(
    () => api<ProposalCard>('POST', `/api/budgeting/proposals/${p.number}/coauthors`, { userId: userId.trim() }),
    (card) => {
      setUserId('');
      onDone(card);
    },
  );
  if (!p.coauthors.length && !p.can.manageCoauthors) return null;
  return (
    <section aria-labelledby="coauthors-title">
      <h2 id="coauthors-title">{t('proposal.coauthors')}</h2>
      <ErrorSummary error={error} targets={{ userId: 'f-coauthor' }} id="coauthor-errors" />
      {p.coauthors.length ? (
        <ul className="pb-coauthors">
          {p.coauthors.map((c) => (
            <li key={c.id}>
              <PersonLink person={c} />
              {c.viaMerge ? <span className="muted"> · {t('proposal.viaMerge')}</span> : null}
              {p.can.edit && (p.can.manageCoauthors || c.id === me?.id) ? (
                <>
                  {' '}
                  <button
                    type="button"
                    className="button button--secondary button--small"
                    disabled={busy}
                    onClick={() => void run(() => api<ProposalCard>('DELETE', `/api/budgeting/proposals/${p.number}/coauthors/${c.id}`), onDone)}
                  >
                    {c.id === me?.id ? t('proposal.leave') : t('proposal.removeCoauthor')}
                  </button>
                </>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
      {p.can.manageCoauthors ? (
        <form onSubmit={add} noValidate className="pb-inline-form">
          <TextField
            id="f-coauthor"
            label={t('proposal.addCoauthor')}
            hint={t('proposal.addCoauthorHint')}
            value={userId}
            onChange={setUserId}
            error={fieldMessage(error, 'userId')}
          />
          <button className="button button--secondary" type="submit" disabled={busy || !userId.trim()}>
            {t('proposal.addCoauthorButton')}
          </button>
        </form>
      ) : null}
    </section>
  );
}

/** /budgeting/proposals/:number — a proposal: text, place, photos, authors, the experts' opinion, supports, comments. */
export function ProposalPage() {
  const { t } = useTranslation();
  const f = useFormat();
  const districtName = useDistrictName();
  const { number = '' } = useParams();
  const loaded = useLoad(`pb-proposal-${number}`, () => getProposal(number));
  const [card, setCard] = useState<ProposalCard | null>(null);
  const p = card && String(card.number) === number ? card : loaded.data;
  const { busy, error, run } = useSubmit();
  const [params, setParams] = useSearchParams();
  const [edited, setEdited] = useState(false);
  const editing = params.get('edit') === '1' && !!p?.can.edit;
  useTitle(p ? (editing ? t('proposal.editTitle', { number: p.number }) : `№ ${p.number}. ${p.title}`) : t('nav.budgeting'), !!error);
  if (loaded.error) return <LoadError error={loaded.error} retry={loaded.reload} />;
  if (!p) return <Loading />;
  const refresh = (c: ProposalCard) => setCard(c);
  if (editing) {
    const close = () => setParams({}, { replace: true });
    return (
      <div>
        <p>
          <Link className="back-link" to={`/budgeting/proposals/${p.number}`}>
            № {p.number}. {p.title}
          </Link>
        </p>
        <PageHeading>{t('proposal.editTitle', { number: p.number })}</PageHeading>
        <ProposalEditForm
          p={p}
          onCancel={close}
          onDone={(c) => {
            refresh(c);
            setEdited(true);
            close();
          }}
        />
      </div>
    );
  }
  const support = () =>
    run(
      () => api<{ supported: boolean; supportCount: number }>(p.supported ? 'DELETE' : 'POST', `/api/budgeting/proposals/${p.number}/support`),
      (s) => setCard({ ...p, supported: s.supported, supportCount: s.supportCount }),
    );
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
          <span className="pb-card__number">№ {p.number}.</span> {p.title}
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
              № {p.mergedInto.number}. {p.mergedInto.title}
            </Link>
          </Notice>
        ) : null}
        {p.review ? (
          <section className={`pb-opinion pb-opinion--${p.status}`} aria-labelledby="opinion-title">
            <h2 id="opinion-title">{t('proposal.opinion')}</h2>
            <p className="pb-opinion__verdict">{t(`proposal.verdict.${p.status}`)}</p>
            <PlainText text={p.review.opinion} />
            <p className="muted">
              {p.review.reviewer ? `${p.review.reviewer.displayName}, ` : ''}
              {f.date(p.review.reviewedAt)}
            </p>
          </section>
        ) : null}
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
                  № {m.number}. {m.title}
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
            <button
              type="button"
              className="button button--warning"
              disabled={busy}
              onClick={() => {
                if (window.confirm(t('proposal.withdrawConfirm')))
                  void run(() => api<ProposalCard>('POST', `/api/budgeting/proposals/${p.number}/withdraw`), refresh);
              }}
            >
              {t('proposal.withdraw')}
            </button>
          ) : null}
          <FollowButton entityType="proposal" entityId={String(p.number)} />
          <ShareButton title={p.title} path={path} />
          {!p.mine && p.moderation === 'visible' ? <FlagButton entityType="proposal" entityId={String(p.number)} label={t('proposal.flag')} /> : null}
        </div>
      </article>
      <Coauthors p={p} onDone={refresh} />
      {p.can.review ? <ReviewForm p={p} onDone={refresh} /> : null}
      <CommentThread hostType="proposal" hostId={String(p.number)} />
    </div>
  );
}
