import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { getDepartments } from '../../api.js';
import { CommentThread } from '../../components/comment-thread.js';
import { ErrorSummary, fieldMessage } from '../../components/errors.js';
import { RadioGroup, SelectField, TextArea } from '../../components/fields.js';
import { FollowButton } from '../../components/follow-button.js';
import { Notice } from '../../components/notice.js';
import { LoadError, Loading, PageHeading, useTitle } from '../../components/page.js';
import { useDistrictName } from '../../components/person.js';
import { PlainText } from '../../components/plain-text.js';
import { ShareButton } from '../../components/share-button.js';
import { useFormat, type Formatters } from '../../format.js';
import { useSession } from '../../session.js';
import { useLoad } from '../../use-load.js';
import { useSubmit } from '../../use-submit.js';
import { InitiativeStatusTag, SupportProgress, useDepartmentName } from './initiative-bits.js';
import {
  answerDecisions,
  answerInitiative,
  getInitiative,
  joinInitiative,
  leaveInitiative,
  screenInitiative,
  submitInitiative,
  supportInitiative,
  withdrawInitiative,
  type AnswerDecision,
  type InitiativeView,
} from './initiatives-api.js';
import './initiatives.css';

/** Who acts next and by when, in one sentence. */
function StatusSentence({ i, f, department }: { i: InitiativeView; f: Formatters; department: string }) {
  const { t } = useTranslation();
  const missing = Math.max(0, i.minCoinitiators - i.coinitiatorCount);
  let text: string;
  switch (i.status) {
    case 'draft':
      text = missing ? t('initiatives.now.draft', { count: missing }) : t('initiatives.now.draftReady');
      break;
    case 'screening':
      text = t('initiatives.now.screening', { date: f.date(i.submittedAt ?? i.createdAt) });
      break;
    case 'collecting':
      text = t('initiatives.now.collecting', { date: i.supportClosesAt ? f.date(i.supportClosesAt) : '', threshold: f.number(i.supportThreshold ?? 0) });
      break;
    case 'awaiting_answer':
      text = t(i.overdue ? 'initiatives.now.overdue' : 'initiatives.now.awaiting', {
        department: department || t('initiatives.theAuthority'),
        due: i.answerDueAt ? f.dueDate(i.answerDueAt) : '',
      });
      break;
    case 'answered':
      text = t('initiatives.now.answered', { department: department || t('initiatives.theAuthority'), date: i.answer ? f.date(i.answer.at) : '' });
      break;
    case 'not_reached':
      text = t('initiatives.now.notReached', { date: i.supportClosesAt ? f.date(i.supportClosesAt) : '' });
      break;
    case 'inadmissible':
      text = t('initiatives.now.inadmissible', { date: i.screening ? f.date(i.screening.at) : '' });
      break;
    case 'withdrawn':
      text = t('initiatives.now.withdrawn');
      break;
  }
  return (
    <p className={`in-now${i.overdue ? ' in-now--overdue' : ''}`} data-testid="initiative-now">
      {text}
    </p>
  );
}

/** The public timeline: every status change with its date and note, then the dates still ahead. */
function Timeline({ i, f }: { i: InitiativeView; f: Formatters }) {
  const { t } = useTranslation();
  const ahead: { key: string; text: string; overdue?: boolean }[] = [];
  if (i.status === 'collecting' && i.supportClosesAt)
    ahead.push({ key: 'closes', text: t('initiatives.timeline.closes', { date: f.dateTime(i.supportClosesAt) }) });
  if (i.status === 'awaiting_answer' && i.answerDueAt)
    ahead.push({
      key: 'due',
      text: t(i.overdue ? 'initiatives.timeline.wasDue' : 'initiatives.timeline.due', { date: f.dueDate(i.answerDueAt) }),
      overdue: i.overdue,
    });
  return (
    <section aria-labelledby="timeline-title" className="in-section">
      <h2 id="timeline-title">{t('initiatives.timeline.title')}</h2>
      <ol className="in-timeline" data-testid="initiative-timeline">
        {i.history[0]?.status !== 'draft' ? (
          <li className="in-timeline__item">
            <span className="in-timeline__what">{t('initiatives.timeline.created')}</span>
            <time className="in-timeline__when" dateTime={i.createdAt}>
              {f.dateTime(i.createdAt)}
            </time>
          </li>
        ) : null}
        {i.history.map((h, k) => (
          <li key={k} className="in-timeline__item">
            <span className="in-timeline__what">{t(`initiatives.status.${h.status}`)}</span>
            <time className="in-timeline__when" dateTime={h.at}>
              {f.dateTime(h.at)}
            </time>
            {h.note ? <span className="in-timeline__note">{h.note}</span> : null}
          </li>
        ))}
        {ahead.map((a) => (
          <li key={a.key} className={`in-timeline__item in-timeline__item--ahead${a.overdue ? ' in-timeline__item--overdue' : ''}`}>
            <span className="in-timeline__what">
              {a.overdue ? <strong>{t('initiatives.overdue')}: </strong> : <span className="visually-hidden">{t('initiatives.timeline.ahead')}: </span>}
              {a.text}
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}

/** Co-initiators: who joined, Join/Leave, and while a draft, the link to pass on. */
function Coinitiators({ i, busy, act }: { i: InitiativeView; busy: boolean; act(send: () => Promise<void>, message: string): void }) {
  const { t } = useTranslation();
  const { me } = useSession();
  const location = useLocation();
  const [copied, setCopied] = useState<'idle' | 'copied' | 'failed'>('idle');
  const url = new URL(`/initiatives/${i.number}`, window.location.origin).href;
  const missing = Math.max(0, i.minCoinitiators - i.coinitiatorCount);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      setCopied('copied');
    } catch {
      setCopied('failed');
      document.getElementById('in-link')?.focus();
    }
  };
  return (
    <section aria-labelledby="coinitiators-title" className="in-section">
      <h2 id="coinitiators-title">{t('initiatives.coinitiators.title')}</h2>
      <p data-testid="initiative-coinitiators">
        {i.status === 'draft'
          ? t('initiatives.coinitiators.countOf', { count: i.coinitiatorCount, min: i.minCoinitiators })
          : t('initiatives.coinitiators.count', { count: i.coinitiatorCount })}
        {i.status === 'draft' && missing ? ` ${t('initiatives.coinitiators.missing', { count: missing })}` : ''}
      </p>
      <p>
        {t('initiatives.author')}: <Link to={`/people/${i.author.id}`}>{i.author.displayName}</Link>
      </p>
      {i.coinitiators.length ? (
        <ul className="in-people">
          {i.coinitiators.map((c) => (
            <li key={c.id}>
              <Link to={`/people/${c.id}`}>{c.displayName}</Link>
            </li>
          ))}
        </ul>
      ) : null}
      {i.status === 'draft' ? (
        <div className="in-link">
          <label htmlFor="in-link" className="field__label">
            {t('initiatives.coinitiators.link')}
          </label>
          <p className="field__hint" id="in-link-hint">
            {t('initiatives.coinitiators.linkHint')}
          </p>
          <div className="in-link__row">
            <input id="in-link" className="input" readOnly value={url} aria-describedby="in-link-hint" onFocus={(e) => e.target.select()} />
            <button type="button" className="button button--secondary" onClick={() => void copy()}>
              {t('initiatives.coinitiators.copy')}
            </button>
          </div>
          <p role="status" className="muted">
            {copied === 'copied' ? t('initiatives.coinitiators.copied') : copied === 'failed' ? t('initiatives.coinitiators.copyByHand') : ''}
          </p>
        </div>
      ) : null}
      <div className="entity-actions">
        {i.me.can.join ? (
          <button type="button" className="button" disabled={busy} onClick={() => act(() => joinInitiative(i.number), t('initiatives.done.joined'))}>
            {t('initiatives.coinitiators.join')}
          </button>
        ) : null}
        {i.me.can.leave ? (
          <button
            type="button"
            className="button button--secondary"
            disabled={busy}
            onClick={() => act(() => leaveInitiative(i.number), t('initiatives.done.left'))}
          >
            {t('initiatives.coinitiators.leave')}
          </button>
        ) : null}
        {i.status === 'draft' && me === null ? (
          <Link className="button button--secondary" to={`/login?next=${encodeURIComponent(location.pathname)}`}>
            {t('initiatives.coinitiators.signInToJoin')}
          </Link>
        ) : null}
      </div>
    </section>
  );
}

/** Support: the progress, the days left, and the button or why the person cannot support. */
function Support({ i, busy, act }: { i: InitiativeView; busy: boolean; act(send: () => Promise<void>, message: string): void }) {
  const { t } = useTranslation();
  const { me } = useSession();
  const location = useLocation();
  if (i.supportThreshold === null) return null;
  return (
    <section aria-labelledby="support-title" className="in-section in-support">
      <h2 id="support-title">{t('initiatives.support.title')}</h2>
      <SupportProgress i={i} id="in-progress" />
      {i.status === 'collecting' ? (
        i.me.supported ? (
          <p className="in-supported" data-testid="initiative-supported">
            <span aria-hidden="true">✓ </span>
            {t('initiatives.support.youSupported')}
          </p>
        ) : i.me.can.support ? (
          <>
            <p>{t('initiatives.support.explain')}</p>
            <button
              type="button"
              className="button"
              disabled={busy}
              onClick={() => act(async () => void (await supportInitiative(i.number)), t('initiatives.done.supported'))}
            >
              {t('initiatives.support.button')}
            </button>
          </>
        ) : me === null ? (
          <p>
            <Link className="button button--secondary" to={`/login?next=${encodeURIComponent(location.pathname)}`}>
              {t('initiatives.support.signIn')}
            </Link>
          </p>
        ) : i.me.supportRefusal ? (
          <div data-testid="initiative-support-refusal">
            <Notice kind="warning" title={t('initiatives.support.cannot')}>
              <p>{i.me.supportRefusal}</p>
              {me && me.verification !== 'verified' ? (
                <p>
                  <Link to="/profile/verification">{t('initiatives.verifyLink')}</Link>
                </p>
              ) : null}
            </Notice>
          </div>
        ) : null
      ) : i.me.supported ? (
        <p className="in-supported" data-testid="initiative-supported">
          <span aria-hidden="true">✓ </span>
          {t('initiatives.support.youSupported')}
        </p>
      ) : null}
    </section>
  );
}

const screenTargets = { decision: 'f-decision-admissible', departmentId: 'f-department', reason: 'f-reason' };
const screenCodes = { initiative_department_required: 'departmentId', initiative_department_unknown: 'departmentId', initiative_reason_short: 'reason' };

/** The expert's screening: admissible (with the responsible department) or not, with a public reason. */
function ScreeningForm({ i, onDone }: { i: InitiativeView; onDone(message: string): void }) {
  const { t } = useTranslation();
  const f = useFormat();
  const departments = useLoad('departments', getDepartments);
  const [decision, setDecision] = useState<'admissible' | 'inadmissible'>('admissible');
  const [departmentId, setDepartmentId] = useState('');
  const [reason, setReason] = useState('');
  const { busy, error, submit } = useSubmit();
  const send = submit(
    () => screenInitiative(i.number, decision === 'admissible' ? { decision, reason, departmentId } : { decision, reason }),
    () => onDone(t(decision === 'admissible' ? 'initiatives.done.admitted' : 'initiatives.done.inadmissible')),
  );
  // the district's own bodies first, then the city's
  const options = [...(departments.data ?? [])]
    .sort(
      (a, b) =>
        Number(b.districtId === i.districtId && !!i.districtId) - Number(a.districtId === i.districtId && !!i.districtId) ||
        f.collator.compare(f.name(a), f.name(b)),
    )
    .map((d) => ({ value: d.id, label: f.name(d) }));
  return (
    <section aria-labelledby="screening-form-title" className="in-section in-staff">
      <h2 id="screening-form-title">{t('initiatives.screen.title')}</h2>
      <p>{t('initiatives.screen.lead')}</p>
      <ErrorSummary error={error} targets={screenTargets} codeFields={screenCodes} id="screening-errors" />
      <form onSubmit={send} noValidate>
        <RadioGroup
          idPrefix="f-decision"
          legend={t('initiatives.screen.decision')}
          value={decision}
          onChange={(v) => setDecision(v as 'admissible' | 'inadmissible')}
          error={fieldMessage(error, 'decision')}
          options={[
            { value: 'admissible', label: t('initiatives.screen.admissible') },
            { value: 'inadmissible', label: t('initiatives.screen.inadmissible') },
          ]}
        />
        {decision === 'admissible' ? (
          <SelectField
            id="f-department"
            label={t('initiatives.screen.department')}
            hint={t('initiatives.screen.departmentHint')}
            value={departmentId}
            onChange={setDepartmentId}
            error={fieldMessage(error, 'departmentId', screenCodes)}
            options={[{ value: '', label: t('initiatives.screen.chooseDepartment') }, ...options]}
          />
        ) : null}
        <TextArea
          id="f-reason"
          label={t('initiatives.screen.reason')}
          hint={t('initiatives.screen.reasonHint')}
          value={reason}
          onChange={setReason}
          rows={5}
          maxLength={5000}
          error={fieldMessage(error, 'reason', screenCodes)}
        />
        <button type="submit" className="button" disabled={busy}>
          {t('initiatives.screen.send')}
        </button>
      </form>
    </section>
  );
}

const answerTargets = { decision: 'f-answer-accepted', text: 'f-answer-text' };
const answerCodes = { initiative_answer_short: 'text' };

/** The department's answer: accepted, partially or rejected, with the text residents will read. */
function AnswerForm({ i, onDone }: { i: InitiativeView; onDone(message: string): void }) {
  const { t } = useTranslation();
  const [decision, setDecision] = useState<AnswerDecision>('accepted');
  const [text, setText] = useState('');
  const { busy, error, submit } = useSubmit();
  const send = submit(
    () => answerInitiative(i.number, { decision, text }),
    () => onDone(t('initiatives.done.answered')),
  );
  return (
    <section aria-labelledby="answer-form-title" className="in-section in-staff">
      <h2 id="answer-form-title">{t('initiatives.answerForm.title')}</h2>
      <p>{t('initiatives.answerForm.lead')}</p>
      <ErrorSummary error={error} targets={answerTargets} codeFields={answerCodes} id="answer-errors" />
      <form onSubmit={send} noValidate>
        <RadioGroup
          idPrefix="f-answer"
          legend={t('initiatives.answerForm.decision')}
          value={decision}
          onChange={(v) => setDecision(v as AnswerDecision)}
          error={fieldMessage(error, 'decision')}
          options={answerDecisions.map((d) => ({ value: d, label: t(`initiatives.decision.${d}`) }))}
        />
        <TextArea
          id="f-answer-text"
          label={t('initiatives.answerForm.text')}
          hint={t('initiatives.answerForm.textHint')}
          value={text}
          onChange={setText}
          rows={8}
          maxLength={20000}
          error={fieldMessage(error, 'text', answerCodes)}
        />
        <button type="submit" className="button" disabled={busy}>
          {t('initiatives.answerForm.send')}
        </button>
      </form>
    </section>
  );
}

/** Before the one step that cannot be undone: what goes to the experts, and that it will not change after. */
function SubmitCheck({ i, busy, onCancel, onSubmit }: { i: InitiativeView; busy: boolean; onCancel(): void; onSubmit(): void }) {
  const { t } = useTranslation();
  const districtName = useDistrictName();
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <div className="in-check" role="group" aria-labelledby="check-title">
      <h3 id="check-title" ref={ref} tabIndex={-1}>
        {t('initiatives.check.title')}
      </h3>
      <dl className="in-check__list">
        <dt>{t('initiatives.form.title')}</dt>
        <dd>{i.title}</dd>
        <dt>{t('initiatives.check.where')}</dt>
        <dd>
          {t(`initiatives.type.${i.type}`)} · {i.scope === 'city' ? t('initiatives.scope.city') : districtName(i.districtId)}
        </dd>
        <dt>{t('initiatives.ask')}</dt>
        <dd>{i.ask}</dd>
        <dt>{t('initiatives.addressee')}</dt>
        <dd>{i.addressee}</dd>
        <dt>{t('initiatives.coinitiators.title')}</dt>
        <dd>{i.coinitiators.map((c) => c.displayName).join(', ')}</dd>
      </dl>
      <p>{t('initiatives.check.final')}</p>
      <div className="entity-actions">
        <button type="button" className="button" disabled={busy} onClick={onSubmit}>
          {t('initiatives.check.send')}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {t('initiatives.check.notYet')}
        </button>
      </div>
    </div>
  );
}

/**
 * /initiatives/:number — an initiative: its status in plain words with who acts next, what is asked of
 * whom, co-initiators, support with progress, the experts' screening and the authority's answer, the
 * public timeline, and comments. Authors, experts and officials find their actions here too.
 */
export function InitiativePage() {
  const { t } = useTranslation();
  const f = useFormat();
  const { me } = useSession();
  const districtName = useDistrictName();
  const departmentName = useDepartmentName();
  const { number = '' } = useParams();
  // what I may do depends on who I am: load again once the session is known
  const loaded = useLoad(me === undefined ? null : `initiative-${number}-${me?.id ?? ''}`, () => getInitiative(number));
  const { busy, error, run } = useSubmit();
  const [done, setDone] = useState<string | null>(null);
  const [checking, setChecking] = useState(false);
  const doneRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (done) doneRef.current?.focus();
  }, [done]);
  const i = loaded.data;
  useTitle(i ? `№ ${i.number}. ${i.title}` : t('initiatives.title'), !!error);
  if (loaded.error) return <LoadError error={loaded.error} retry={loaded.reload} />;
  if (!i) return <Loading />;

  const finished = (message: string) => {
    setDone(message);
    loaded.reload();
  };
  const act = (send: () => Promise<void>, message: string) => {
    setDone(null);
    void run(send, () => finished(message));
  };
  const missing = Math.max(0, i.minCoinitiators - i.coinitiatorCount);
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
          <span className="in-card__number">№ {i.number}.</span> {i.title}
        </PageHeading>
        <p className="in-card__meta">
          <InitiativeStatusTag i={i} /> {t(`initiatives.type.${i.type}`)} · {i.scope === 'city' ? t('initiatives.scope.city') : districtName(i.districtId)}
        </p>
        <StatusSentence i={i} f={f} department={department} />

        {i.me.isAuthor && (i.status === 'draft' || i.status === 'screening') ? (
          <section aria-labelledby="author-title" className="in-section in-author">
            <h2 id="author-title">{t('initiatives.authorBox.title')}</h2>
            {i.status === 'draft' ? (
              <p id="submit-why">
                {missing
                  ? t('initiatives.authorBox.missing', { count: missing, min: i.minCoinitiators })
                  : i.me.can.submit
                    ? t('initiatives.authorBox.ready')
                    : t('initiatives.authorBox.cannotSubmit')}
              </p>
            ) : (
              <p>{t('initiatives.authorBox.screening')}</p>
            )}
            <div className="entity-actions">
              {i.me.can.edit ? (
                <Link className="button button--secondary" to={`/initiatives/${i.number}/edit`}>
                  {t('initiatives.authorBox.edit')}
                </Link>
              ) : null}
              {i.status === 'draft' ? (
                <button
                  type="button"
                  className="button"
                  disabled={busy || !i.me.can.submit || checking}
                  aria-describedby={i.me.can.submit ? undefined : 'submit-why'}
                  onClick={() => setChecking(true)}
                >
                  {t('initiatives.authorBox.submit')}
                </button>
              ) : null}
              {i.me.can.withdraw ? (
                <button
                  type="button"
                  className="button button--warning"
                  disabled={busy}
                  onClick={() => {
                    if (window.confirm(t('initiatives.authorBox.withdrawConfirm'))) act(() => withdrawInitiative(i.number), t('initiatives.done.withdrawn'));
                  }}
                >
                  {t('initiatives.authorBox.withdraw')}
                </button>
              ) : null}
            </div>
            {checking && i.status === 'draft' ? (
              <SubmitCheck
                i={i}
                busy={busy}
                onCancel={() => setChecking(false)}
                onSubmit={() => {
                  setChecking(false);
                  act(() => submitInitiative(i.number), t('initiatives.done.submitted'));
                }}
              />
            ) : null}
          </section>
        ) : null}

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

      {i.status !== 'draft' && i.status !== 'withdrawn' ? <CommentThread hostType="initiative" hostId={String(i.number)} /> : null}
    </div>
  );
}
