import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { CommentThread } from '../../components/comment-thread.js';
import { ErrorSummary, fieldMessage } from '../../components/errors.js';
import { RadioGroup, TextArea, TextField } from '../../components/fields.js';
import { FollowButton } from '../../components/follow-button.js';
import { Notice } from '../../components/notice.js';
import { LoadError, Loading, PageHeading, useErrorTitle, useScrollToHash, useTitle } from '../../components/page.js';
import { PlainText } from '../../components/plain-text.js';
import { ShareButton } from '../../components/share-button.js';
import { useFormat } from '../../format.js';
import { useSession } from '../../session.js';
import { useLoad } from '../../use-load.js';
import { useSubmit } from '../../use-submit.js';
import { NotFoundPage } from '../not-found.js';
import { IdeaStatusTag, RatingSummary, StarRating } from './crowd-bits.js';
import { getIdea, reviewIdea, withdrawIdea, type IdeaView, type ReviewDecision } from './crowdsourcing-api.js';

/** /crowdsourcing/ideas/:number — an idea: its text, rating, the experts' decision with their reason, merges, comments. */
export function IdeaPage() {
  const { t } = useTranslation();
  const f = useFormat();
  const { number = '' } = useParams();
  const { me } = useSession();
  const location = useLocation();
  const created = (location.state as { created?: boolean } | null)?.created === true;
  const [round, setRound] = useState(0);
  const loaded = useLoad(me === undefined ? null : `crowd-idea-${number}-${me?.id ?? ''}-${round}`, () => getIdea(number));
  const [rating, setRating] = useState<{ key: string; ratingCount: number; ratingAverage: number | null } | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const { busy, error, run } = useSubmit();
  const i = loaded.data;
  useScrollToHash(!!i);
  useTitle(i ? `№ ${i.number}. ${i.title}` : t('crowd.title'), !!error);
  if (loaded.error?.status === 404 || loaded.error?.status === 400) return <NotFoundPage />;
  if (loaded.error) return <LoadError error={loaded.error} retry={loaded.reload} />;
  if (!i) return <Loading />;
  const shown = rating && rating.key === number ? rating : i;
  const refresh = (message: string) => {
    setNotice(message);
    setRating(null);
    setRound((r) => r + 1);
  };
  const withdraw = () => {
    if (!window.confirm(t('crowd.idea.withdrawConfirm'))) return;
    void run(
      () => withdrawIdea(i.number),
      () => refresh(t('crowd.idea.withdrawn')),
    );
  };
  return (
    <div className="cs">
      <p>
        <Link className="back-link" to={`/crowdsourcing/${i.projectNumber}`}>
          {i.projectTitle}
        </Link>
      </p>
      <ErrorSummary error={error} />
      {created ? (
        <Notice kind="success" title={t('crowd.idea.created')}>
          {t('crowd.idea.createdText')}
        </Notice>
      ) : null}
      {notice ? <Notice kind="success" title={notice} /> : null}
      <article className="cs-idea" aria-labelledby="idea-title">
        <p className="cs-kicker">{t('crowd.idea.kicker', { project: i.projectTitle })}</p>
        <PageHeading id="idea-title">
          <span className="cs-number">№ {i.number}.</span> {i.title}
        </PageHeading>
        <p className="cs-idea__meta">
          <IdeaStatusTag status={i.status} accepted={i.accepted} /> <Link to={`/people/${i.author.id}`}>{i.author.displayName}</Link>,{' '}
          <time dateTime={i.createdAt}>{f.date(i.createdAt)}</time>
        </p>
        <StatusExplained i={i} />
        <PlainText text={i.text} className="cs-idea__text" />
        {i.mergedFrom.length ? (
          <section aria-labelledby="merged-from">
            <h2 id="merged-from">{t('crowd.idea.mergedFrom')}</h2>
            <ul>
              {i.mergedFrom.map((m) => (
                <li key={m.number}>
                  <Link to={`/crowdsourcing/ideas/${m.number}`}>
                    № {m.number}. {m.title}
                  </Link>{' '}
                  — <Link to={`/people/${m.author.id}`}>{m.author.displayName}</Link>
                </li>
              ))}
            </ul>
            <p className="muted">{t('crowd.idea.mergedFromCredit')}</p>
          </section>
        ) : null}
        <section aria-labelledby="idea-rating" className="cs-idea__rating">
          <h2 id="idea-rating">{t('crowd.rating.title')}</h2>
          <p>
            <RatingSummary average={shown.ratingAverage} count={shown.ratingCount} f={f} />
            {i.votes !== null ? (
              <>
                {' '}
                · <strong>{t('crowd.votes', { count: i.votes })}</strong>
              </>
            ) : null}
          </p>
          {i.me.can.rate ? (
            <StarRating
              number={i.number}
              title={i.title}
              initial={i.myRating}
              idPrefix="idea"
              onRated={(r) => setRating({ key: number, ratingCount: r.ratingCount, ratingAverage: r.ratingAverage })}
            />
          ) : me === null && (i.projectPhase === 'ideas' || i.projectPhase === 'selection') ? (
            <p>
              <Link to={`/login?next=${encodeURIComponent(location.pathname)}`}>{t('crowd.signInToRate')}</Link>
            </p>
          ) : i.me.isAuthor && (i.projectPhase === 'ideas' || i.projectPhase === 'selection') ? (
            <p className="muted">{t('crowd.rating.ownIdea')}</p>
          ) : null}
        </section>
        <div className="entity-actions" role="group" aria-label={t('crowd.idea.actions')}>
          {i.me.can.withdraw ? (
            <div className="entity-action">
              <button type="button" className="button button--warning button--small" disabled={busy} onClick={withdraw}>
                {t('crowd.idea.withdraw')}
              </button>
            </div>
          ) : null}
          <FollowButton entityType="idea" entityId={String(i.number)} />
          <ShareButton title={i.title} path={`/crowdsourcing/ideas/${i.number}`} />
        </div>
      </article>
      {i.me.can.review ? <ReviewForm i={i} onDone={() => refresh(t('crowd.review.saved'))} /> : null}
      <div id="comments">
        <CommentThread hostType="idea" hostId={String(i.number)} />
      </div>
    </div>
  );
}

/** The status in plain words: the experts' public reason, the idea it was merged into, what the city did. */
function StatusExplained({ i }: { i: IdeaView }) {
  const { t } = useTranslation();
  const f = useFormat();
  const when = i.reviewedAt ? f.date(i.reviewedAt) : '';
  return (
    <>
      {i.accepted ? (
        <Notice kind="success" title={t('crowd.idea.acceptedTitle')}>
          {i.acceptedNote ? <PlainText text={i.acceptedNote} /> : null}
          <p>
            <Link to={`/crowdsourcing/${i.projectNumber}#cs-report`}>{t('crowd.idea.seeReport')}</Link>
          </p>
        </Notice>
      ) : null}
      {i.mergedInto ? (
        <Notice kind="info" title={t('crowd.idea.mergedInto')}>
          <p>
            <Link to={`/crowdsourcing/ideas/${i.mergedInto.number}`}>
              № {i.mergedInto.number}. {i.mergedInto.title}
            </Link>
          </p>
          <p>{t('crowd.idea.mergedCredit')}</p>
        </Notice>
      ) : null}
      {i.status === 'withdrawn' ? <Notice kind="info" title={t('crowd.idea.withdrawnNotice')} /> : null}
      {i.reviewReason && (i.status === 'shortlisted' || i.status === 'rejected' || i.status === 'merged') ? (
        <section className={`cs-verdict cs-verdict--${i.status}`} aria-labelledby="verdict-title">
          <h2 id="verdict-title">{t('crowd.idea.verdictTitle')}</h2>
          <p className="cs-verdict__decision">{t(`crowd.idea.verdict.${i.status}`)}</p>
          <PlainText text={i.reviewReason} />
          {when ? <p className="muted">{t('crowd.idea.reviewedOn', { date: when })}</p> : null}
        </section>
      ) : i.status === 'submitted' && (i.projectPhase === 'ideas' || i.projectPhase === 'selection') ? (
        <p className="cs-next">{t('crowd.idea.awaitingReview')}</p>
      ) : null}
    </>
  );
}

const mergeCodes = {
  idea_merge_target_required: 'intoNumber',
  idea_merge_self: 'intoNumber',
  idea_merge_other_project: 'intoNumber',
  idea_merge_target_closed: 'intoNumber',
  idea_not_found: 'intoNumber',
};
const reviewTargets = { decision: 'f-decision-shortlisted', reason: 'f-reason', intoNumber: 'f-into' };

/** The experts' form: shortlist, reject or merge into another idea of the project, with a public reason. */
function ReviewForm({ i, onDone }: { i: IdeaView; onDone(): void }) {
  const { t } = useTranslation();
  const initial: ReviewDecision = i.status === 'rejected' || i.status === 'merged' ? i.status : 'shortlisted';
  const [decision, setDecision] = useState<ReviewDecision>(initial);
  const [reason, setReason] = useState(i.reviewReason ?? '');
  const [into, setInto] = useState(i.mergedInto ? String(i.mergedInto.number) : '');
  const { busy, error, submit } = useSubmit();
  useErrorTitle(!!error);
  const send = submit(() => {
    const n = Number(into.replace(/\D/g, ''));
    return reviewIdea(i.number, { decision, reason: reason.trim(), intoNumber: decision === 'merged' && n > 0 ? n : null });
  }, onDone);
  return (
    <section className="cs-panel cs-review" aria-labelledby="review-title">
      <h2 id="review-title">{t('crowd.review.title')}</h2>
      <p className="muted">{t('crowd.review.lead')}</p>
      <ErrorSummary error={error} targets={reviewTargets} id="review-errors" codeFields={mergeCodes} />
      <form onSubmit={send} noValidate className="cs-form">
        <RadioGroup
          idPrefix="f-decision"
          legend={t('crowd.review.decision')}
          value={decision}
          onChange={(v) => setDecision(v as ReviewDecision)}
          error={fieldMessage(error, 'decision')}
          options={[
            { value: 'shortlisted', label: t('crowd.review.shortlist') },
            { value: 'rejected', label: t('crowd.review.reject') },
            { value: 'merged', label: t('crowd.review.merge') },
          ]}
        />
        {decision === 'merged' ? (
          <TextField
            id="f-into"
            label={t('crowd.review.into')}
            hint={t('crowd.review.intoHint')}
            value={into}
            onChange={setInto}
            width="short"
            error={fieldMessage(error, 'intoNumber')}
          />
        ) : null}
        <TextArea
          id="f-reason"
          label={t('crowd.review.reason')}
          hint={t('crowd.review.reasonHint')}
          value={reason}
          onChange={setReason}
          rows={4}
          maxLength={2000}
          error={fieldMessage(error, 'reason')}
        />
        <button type="submit" className="button" disabled={busy}>
          {t('crowd.review.save')}
        </button>
      </form>
    </section>
  );
}
