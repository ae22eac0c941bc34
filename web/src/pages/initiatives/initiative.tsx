import { SourceMeetings } from '../events/source-meetings.js';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { invalidate, useApiQuery } from '../../api/query.js';
import { CommentThread } from '../../components/comment-thread.js';
import { ErrorSummary } from '../../components/errors.js';
import { FollowButton } from '../../components/follow-button.js';
import { Notice } from '../../components/notice.js';
import { PageHeading, useTitle } from '../../components/page.js';
import { useDistrictName } from '../../components/person.js';
import { PlainText } from '../../components/plain-text.js';
import { QueryView } from '../../components/query-view.js';
import { ShareButton } from '../../components/share-button.js';
import { useFormat } from '../../format.js';
import { useSubmit, type Submission } from '../../use-submit.js';
import { AuthorBox } from './initiative-author.js';
import { InitiativeStatusTag, useDepartmentName, type Act, type InitiativeView } from './initiative-bits.js';
import { Coinitiators } from './initiative-coinitiators.js';
import { AnswerForm, ScreeningForm } from './initiative-staff.js';
import { SourceCommitment } from '../commitments/source-commitment.js';
import { StatusSentence, Timeline } from './initiative-status.js';
import { Support } from './initiative-support.js';
import './initiatives.css';

/**
 * /initiatives/:number — an initiative: its status in plain words with who acts next, what is asked of
 * whom, co-initiators, support with progress, the experts' screening and the authority's answer, the
 * public timeline, and comments. Authors, experts and officials find their actions here too.
 */
export function InitiativePage() {
  const { t } = useTranslation();
  const { number = '' } = useParams();
  const view = useApiQuery('/api/initiatives/{number}', { path: { number: Number(number) } });
  const submission = useSubmit();
  useTitle(view.data ? `${t('common.number', { number: view.data.number })}. ${view.data.title}` : t('initiatives.title'), !!submission.error);
  return <QueryView query={view}>{(i) => <Initiative key={i.number} i={i} submission={submission} />}</QueryView>;
}

function Initiative({ i, submission }: { i: InitiativeView; submission: Submission }) {
  const { t } = useTranslation();
  const f = useFormat();
  const districtName = useDistrictName();
  const departmentName = useDepartmentName();
  const { busy, error, run } = submission;
  const [done, setDone] = useState<string | null>(null);
  const doneRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (done) doneRef.current?.focus();
  }, [done]);

  // every action changes the initiative (its status, counts, what I may do) and may move it in the lists
  const finished = (message: string) => {
    setDone(message);
    void invalidate('/api/initiatives/{number}', '/api/initiatives');
  };
  const act: Act = (send, message) => {
    setDone(null);
    void run(send, () => finished(message));
  };
  const department = departmentName(i.departmentId);
  const path = `/initiatives/${i.number}`;

  return (
    <div className="in in-page">
      <p>
        <Link className="back-link" to="/initiatives">
          {t('initiatives.title')}
        </Link>
      </p>
      <ErrorSummary error={error} />
      {done ? (
        // the button pressed may be gone (a support is given once): focus goes to what happened
        <div ref={doneRef} tabIndex={-1} className="in-done">
          <Notice kind="success" title={done} />
        </div>
      ) : null}
      <article aria-labelledby="initiative-title">
        <PageHeading id="initiative-title">
          <span className="in-card__number">{t('common.number', { number: i.number })}.</span> {i.title}
        </PageHeading>
        <p className="in-card__meta">
          <InitiativeStatusTag i={i} /> {t(`initiatives.type.${i.type}`)} · {i.scope === 'city' ? t('initiatives.scope.city') : districtName(i.districtId)}
        </p>
        <StatusSentence i={i} f={f} department={department} />

        {i.me.isAuthor && (i.status === 'draft' || i.status === 'screening') ? <AuthorBox i={i} busy={busy} act={act} /> : null}

        <dl className="in-facts">
          <div>
            <dt>{t('initiatives.ask')}</dt>
            <dd>
              <PlainText text={i.ask} />
            </dd>
          </div>
          <div>
            <dt>{t('initiatives.addressee')}</dt>
            <dd>{i.addressee}</dd>
          </div>
          {i.departmentId ? (
            <div>
              <dt>{t('initiatives.department')}</dt>
              <dd>{department}</dd>
            </div>
          ) : null}
          {i.answerDueAt ? (
            <div className={i.overdue ? 'in-facts__overdue' : undefined}>
              <dt>{t('initiatives.answerDue')}</dt>
              <dd data-testid="initiative-due">
                {f.dueDate(i.answerDueAt)}
                {i.overdue ? (
                  <>
                    {' '}
                    <strong className="in-overdue-mark">{t('initiatives.overdueMark')}</strong>
                  </>
                ) : null}
              </dd>
            </div>
          ) : null}
        </dl>
        <h2>{t('initiatives.reasoning')}</h2>
        <PlainText text={i.text} className="in-body" />

        <div className="entity-actions" role="group" aria-label={t('initiatives.actions')}>
          {i.status !== 'draft' ? <FollowButton entityType="initiative" entityId={String(i.number)} /> : null}
          <ShareButton title={i.title} path={path} />
        </div>
      </article>

      {i.answer ? (
        <section aria-labelledby="answer-title" className={`in-section in-answer in-answer--${i.answer.decision}`} data-testid="initiative-answer">
          <h2 id="answer-title">{t('initiatives.answer.title')}</h2>
          <p className="in-answer__decision">{t(`initiatives.decision.${i.answer.decision}`)}</p>
          <PlainText text={i.answer.text} />
          <p className="muted">
            {department ? `${department}, ` : ''}
            {f.date(i.answer.at)}
          </p>
        </section>
      ) : null}
      {i.answer && i.answer.decision !== 'rejected' ? <SourceCommitment sourceType="initiative" sourceId={String(i.number)} /> : null}

      {i.me.can.answer ? <AnswerForm i={i} onDone={finished} /> : null}
      {i.me.can.screen ? <ScreeningForm i={i} onDone={finished} /> : null}
      <Support i={i} busy={busy} act={act} />
      {i.screening ? (
        <section aria-labelledby="screening-title" className={`in-section in-screening in-screening--${i.screening.decision}`}>
          <h2 id="screening-title">{t('initiatives.screening.title')}</h2>
          <p className="in-answer__decision">{t(`initiatives.screening.${i.screening.decision}`)}</p>
          <PlainText text={i.screening.reason} />
          <p className="muted">{f.date(i.screening.at)}</p>
        </section>
      ) : null}

      <Coinitiators i={i} busy={busy} act={act} />
      <Timeline i={i} f={f} />

      {i.status !== 'draft' && i.status !== 'withdrawn' ? <SourceMeetings type="initiative" id={String(i.number)} /> : null}
      {i.status !== 'draft' && i.status !== 'withdrawn' ? <CommentThread hostType="initiative" hostId={String(i.number)} /> : null}
    </div>
  );
}
