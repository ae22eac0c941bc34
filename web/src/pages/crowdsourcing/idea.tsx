import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { isDiscussionPhase } from '@server/modules/crowdsourcing/domain/phases.js';
import { api } from '../../api/client.js';
import { invalidate, useApiQuery } from '../../api/query.js';
import { CommentThread } from '../../components/comment-thread.js';
import { useConfirm } from '../../components/confirm-dialog.js';
import { ErrorSummary } from '../../components/errors.js';
import { FollowButton } from '../../components/follow-button.js';
import { Notice } from '../../components/notice.js';
import { PageHeading, useScrollToHash, useTitle } from '../../components/page.js';
import { PlainText } from '../../components/plain-text.js';
import { QueryView } from '../../components/query-view.js';
import { ShareButton } from '../../components/share-button.js';
import { useFormat } from '../../format.js';
import { useSession } from '../../session.js';
import { useSubmit, type Submission } from '../../use-submit.js';
import { NotFoundPage } from '../not-found.js';
import { at, type IdeaView } from './crowd-bits.js';
import { IdeaStatusTag, RatingSummary, StarRating } from './idea-bits.js';
import { ReviewForm } from './idea-review.js';
import { SourceCommitment } from '../commitments/source-commitment.js';

/** /crowdsourcing/ideas/:number — an idea: its text, rating, the experts' decision with their reason, merges, comments. */
export function IdeaPage() {
  const { t } = useTranslation();
  const { number = '' } = useParams();
  const idea = useApiQuery('/api/crowdsourcing/ideas/{number}', { path: { number: Number(number) } });
  const submission = useSubmit();
  useScrollToHash(!!idea.data);
  useTitle(idea.data ? `${t('common.number', { number: idea.data.number })}. ${idea.data.title}` : t('crowd.title'), !!submission.error);
  if (idea.error?.status === 404 || idea.error?.status === 400) return <NotFoundPage />;
  return <QueryView query={idea}>{(i) => <Idea key={i.number} i={i} submission={submission} />}</QueryView>;
}

function Idea({ i, submission }: { i: IdeaView; submission: Submission }) {
  const { t } = useTranslation();
  const f = useFormat();
  const { me } = useSession();
  const location = useLocation();
  const created = (location.state as { created?: boolean } | null)?.created === true;
  const [rating, setRating] = useState<{ ratingCount: number; ratingAverage: number | null } | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const { busy, error, run } = submission;
  const shown = rating ?? i;
  const discussed = isDiscussionPhase(i.projectPhase);
  // a review or a withdrawal changes the idea, its project's figures and lists
  const refresh = (message: string) => {
    setNotice(message);
    setRating(null);
    void invalidate(
      '/api/crowdsourcing/ideas/{number}',
      '/api/crowdsourcing/projects/{number}/ideas',
      '/api/crowdsourcing/projects/{number}',
      '/api/crowdsourcing/projects',
    );
  };
  const { ask, dialog } = useConfirm();
  const withdraw = async () => {
    if (!(await ask({ title: t('crowd.idea.withdrawConfirm'), body: null, confirm: t('crowd.idea.withdraw') }))) return;
    void run(
      () => api.POST('/api/crowdsourcing/ideas/{number}/withdraw', at(i)),
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
          <span className="cs-number">{t('common.number', { number: i.number })}.</span> {i.title}
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
                    {t('common.number', { number: m.number })}. {m.title}
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
              onRated={(r) => setRating({ ratingCount: r.ratingCount, ratingAverage: r.ratingAverage })}
            />
          ) : me === null && discussed ? (
            <p>
              <Link to={`/login?next=${encodeURIComponent(location.pathname)}`}>{t('crowd.signInToRate')}</Link>
            </p>
          ) : i.me.isAuthor && discussed ? (
            <p className="muted">{t('crowd.rating.ownIdea')}</p>
          ) : null}
        </section>
        <div className="entity-actions" role="group" aria-label={t('crowd.idea.actions')}>
          {i.me.can.withdraw ? (
            <div className="entity-action">
              <button type="button" className="button button--warning button--small" disabled={busy} onClick={() => void withdraw()}>
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
      {dialog}
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
      {i.accepted ? <SourceCommitment sourceType="idea" sourceId={String(i.number)} /> : null}
      {i.mergedInto ? (
        <Notice kind="info" title={t('crowd.idea.mergedInto')}>
          <p>
            <Link to={`/crowdsourcing/ideas/${i.mergedInto.number}`}>
              {t('common.number', { number: i.mergedInto.number })}. {i.mergedInto.title}
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
      ) : i.status === 'submitted' && isDiscussionPhase(i.projectPhase) ? (
        <p className="cs-next">{t('crowd.idea.awaitingReview')}</p>
      ) : null}
    </>
  );
}
