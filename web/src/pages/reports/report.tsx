import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { extraFieldNames } from '@server/modules/reports/domain/classifier-rules.js';
import { reportActions } from '@server/modules/reports/domain/lifecycle.js';
import { api } from '../../api/client.js';
import { apiQuery, invalidate, queryClient, useApiQuery } from '../../api/query.js';
import type { Schema } from '../../api/types.js';
import { CommentThread } from '../../components/comment-thread.js';
import { FlagButton } from '../../components/flag-dialog.js';
import { FollowButton } from '../../components/follow-button.js';
import { LazyCityMap } from '../../components/lazy-city-map.js';
import { Notice } from '../../components/notice.js';
import { PageHeading, useTitle } from '../../components/page.js';
import { PlainText } from '../../components/plain-text.js';
import { QueryView } from '../../components/query-view.js';
import { ReportActions, type ActionSegment } from '../../components/report-actions.js';
import { PhotoGallery, StatusSentence, StatusTag, useNamed } from '../../components/report-bits.js';
import { ShareButton } from '../../components/share-button.js';
import { useFormat } from '../../format.js';
import { useSession } from '../../session.js';
import { useSubmit } from '../../use-submit.js';
import { NotFoundPage } from '../not-found.js';
import { AnswerRating } from './report-rating.js';
import { SourceCommitment } from '../commitments/source-commitment.js';

type ExtraFieldName = (typeof extraFieldNames)[number];

type ReportCard = Schema<'ReportCard'>;

/** The public card of a report: what, where, who must act and by when, the answer, the history, comments. */
export function ReportPage() {
  const { number = '' } = useParams();
  const { t, i18n } = useTranslation();
  const { me } = useSession();
  const valid = /^\d+$/.test(number) && Number.isSafeInteger(Number(number));
  const params = { path: { number: Number(number) } };
  // the reporter and the staff see more (actions, a report on moderation): ask once the session is known
  const card = useApiQuery('/api/reports/{number}', valid && me !== undefined ? params : null);

  /** An action's answer is the new card: shown at once, and the lists that show the report load again. */
  const changed = (c: ReportCard) => {
    queryClient.setQueryData(apiQuery('/api/reports/{number}', params, i18n.language).queryKey, c);
    void invalidate('/api/reports', '/api/reports/map', '/api/me/reports');
  };

  if (!valid || card.error?.status === 404 || card.error?.status === 400) return <NotFoundPage />;
  return (
    <>
      {card.error && !card.data ? <FailedHeading title={t('reports.title')} /> : null}
      <QueryView query={card}>{(c) => <ReportView card={c} key={c.number} onChanged={changed} />}</QueryView>
    </>
  );
}

/** The page's heading and title when the report could not be loaded (the failure and "try again" follow). */
function FailedHeading({ title }: { title: string }) {
  useTitle(title);
  return <PageHeading>{title}</PageHeading>;
}

function ReportView({ card, onChanged }: { card: ReportCard; onChanged(c: ReportCard): void }) {
  const { t } = useTranslation();
  const f = useFormat();
  const named = useNamed();
  const location = useLocation();
  const filed = (location.state as { filed?: boolean } | null)?.filed === true;
  const [done, setDone] = useState<ActionSegment | null>(null);
  const title = t('report.title', { number: card.number, reason: named(card.reason) });
  useTitle(title);
  const path = `/reports/${card.number}`;
  const extras = Object.entries(card.extra).filter((e): e is [ExtraFieldName, string] => (extraFieldNames as readonly string[]).includes(e[0]));
  const staffActions = card.actions.filter((a) => a !== 'confirm' && a !== 'dispute');

  return (
    <>
      <p>
        <Link className="back-link" to="/reports">
          {t('report.back')}
        </Link>
      </p>
      {filed ? (
        <Notice kind="success" title={t('report.filedTitle', { number: card.number })}>
          <p>{t('report.filedText')}</p>
        </Notice>
      ) : null}
      {done ? <Notice kind="success" title={t(`actions.${done}.done`)} /> : null}
      <article className="report" aria-labelledby="report-title">
        <p className="report__kicker">
          {named(card.object)} · {named(card.category)}
        </p>
        <PageHeading id="report-title">{title}</PageHeading>
        <StatusSentence card={card} />
        {card.moderation !== 'visible' ? (
          <Notice kind="warning" title={t('report.hiddenTitle')}>
            <p>{t('report.hiddenText')}</p>
          </Notice>
        ) : null}

        <div className="report__grid">
          <div className="report__main">
            <h2 className="visually-hidden">{t('report.descriptionTitle')}</h2>
            <PlainText text={card.description} className="report__description" />
            {extras.length ? (
              <dl className="report__extra">
                {extras.map(([k, v]) => (
                  <div key={k}>
                    <dt>{t(`extra.${k}`)}</dt>
                    <dd>{v}</dd>
                  </div>
                ))}
              </dl>
            ) : null}
            <PhotoGallery photos={card.photos} label={t('report.photos')} />
            {card.mediaUrl ? (
              <p>
                <a href={card.mediaUrl} rel="nofollow ugc noopener noreferrer" className="break">
                  {t('report.mediaLink')}
                </a>
              </p>
            ) : null}
          </div>
          <aside className="report__side" aria-label={t('report.facts')}>
            <dl className="facts">
              <div>
                <dt>{t('report.number')}</dt>
                <dd>{f.number(card.number, { useGrouping: false })}</dd>
              </div>
              <div>
                <dt>{t('report.filed')}</dt>
                <dd>
                  <time dateTime={card.createdAt}>{f.dateTime(card.createdAt)}</time>
                  <br />
                  <span className="muted">{card.mine ? t('report.byYou') : card.reporter}</span>
                </dd>
              </div>
              <div>
                <dt>{t('report.place')}</dt>
                <dd>
                  {card.address ? (
                    <>
                      {card.address}
                      <br />
                    </>
                  ) : null}
                  {card.district ? <Link to={`/districts/${card.district.id}`}>{f.name(card.district)}</Link> : null}
                </dd>
              </div>
              <div>
                <dt>{t('field.department')}</dt>
                <dd>
                  {card.department ? (
                    <>
                      <Link to={`/departments/${card.department.id}`}>{f.name(card.department)}</Link>
                      <ul className="contacts">
                        {card.department.phone ? (
                          <li>
                            {t('department.phone')}: <a href={`tel:${card.department.phone.replace(/[^\d+]/g, '')}`}>{card.department.phone}</a>
                          </li>
                        ) : null}
                        {card.department.email ? (
                          <li>
                            {t('department.email')}: <a href={`mailto:${card.department.email}`}>{card.department.email}</a>
                          </li>
                        ) : null}
                      </ul>
                    </>
                  ) : (
                    t('report.noDepartment')
                  )}
                </dd>
              </div>
              {card.resolutionDueAt ? (
                <div>
                  <dt>{t('report.resolutionDue')}</dt>
                  <dd>
                    {f.dueDate(card.resolutionDueAt)}
                    {card.overdueAt ? <strong className="due--overdue"> · {t('report.overdue')}</strong> : null}
                  </dd>
                </div>
              ) : null}
              <div>
                <dt>{t('report.supportersTitle')}</dt>
                <dd>{t('report.supporters', { count: card.supportCount })}</dd>
              </div>
            </dl>
            <LazyCityMap
              label={t('report.mapLabel', { number: card.number })}
              size="small"
              point={{ lat: card.lat, lon: card.lon }}
              center={{ lat: card.lat, lon: card.lon }}
              zoom={16}
              quiet
            />
          </aside>
        </div>

        <div className="entity-actions" role="group" aria-label={t('report.actionsLabel')}>
          <SupportButton card={card} onChanged={onChanged} />
          {card.status !== 'moderation' && card.status !== 'rejected' ? <FollowButton entityType="report" entityId={String(card.number)} /> : null}
          <ShareButton title={title} path={path} />
          {!card.mine && card.moderation === 'visible' && card.status !== 'moderation' && card.status !== 'rejected' ? (
            <FlagButton entityType="report" entityId={String(card.number)} label={t('report.flagLabel')} />
          ) : null}
        </div>
      </article>

      {card.answer ? (
        <section className="section answer" aria-labelledby="answer-title">
          <h2 id="answer-title">{t('report.answerTitle')}</h2>
          <p className="answer__meta">
            {card.department ? f.name(card.department) : null}
            {card.answer.publishedAt
              ? ` · ${t('report.answerPublished', { date: f.date(card.answer.publishedAt) })}`
              : card.answer.answeredAt
                ? ` · ${t('report.answerNotPublished', { date: f.date(card.answer.answeredAt) })}`
                : null}
          </p>
          <PlainText text={card.answer.text} className="answer__text" />
          <PhotoGallery photos={card.answer.photos} label={t('report.answerPhotos')} />
          {card.answer.dueOn && !card.answer.publishedAt ? <p className="muted">{t('report.answerDueOn', { date: f.date(card.answer.dueOn) })}</p> : null}
        </section>
      ) : null}

      {card.answer?.publishedAt && card.answer.dueOn ? <SourceCommitment sourceType="report" sourceId={String(card.number)} /> : null}
      {card.answer?.publishedAt ? <AnswerRating number={card.number} published verdictPending={card.canConfirm || card.canDispute} /> : null}

      {card.canConfirm || card.canDispute ? (
        <section className="section" aria-labelledby="verdict-title">
          <h2 id="verdict-title">{t('report.verdictTitle')}</h2>
          <p>{t('report.verdictText', { due: card.dueAt ? f.dueDate(card.dueAt) : '' })}</p>
          <ReportActions
            target={{ number: card.number, departmentId: card.department?.id ?? null, actions: card.actions }}
            only={['confirm', 'dispute']}
            idPrefix="verdict"
            onDone={(c, a) => {
              setDone(a);
              onChanged(c);
              window.scrollTo({ top: 0 });
            }}
          />
        </section>
      ) : null}

      {staffActions.length ? (
        <section className="section staff-actions" aria-labelledby="staff-title">
          <h2 id="staff-title">{t('report.staffTitle')}</h2>
          <ReportActions
            target={{ number: card.number, departmentId: card.department?.id ?? null, actions: card.actions }}
            only={['take', 'answer', 'redirect', 'approve', 'reject', 'duplicate', 'not-competent', 'publish-answer', 'return-answer']}
            idPrefix="staff"
            onDone={(c, a) => {
              setDone(a);
              onChanged(c);
              window.scrollTo({ top: 0 });
            }}
          />
        </section>
      ) : null}

      <section className="section" aria-labelledby="history-title">
        <h2 id="history-title">{t('report.historyTitle')}</h2>
        <ol className="timeline">
          {card.history.map((h, i) => (
            <HistoryEntry key={i} h={h} />
          ))}
        </ol>
      </section>

      {card.moderation === 'visible' && card.status !== 'moderation' && card.status !== 'rejected' ? (
        <CommentThread hostType="report" hostId={String(card.number)} />
      ) : null}
    </>
  );
}

/** "Me too": join the report (and follow it), with how many did. */
function SupportButton({ card, onChanged }: { card: ReportCard; onChanged(c: ReportCard): void }) {
  const { t } = useTranslation();
  const { me } = useSession();
  const location = useLocation();
  const { busy, error, run } = useSubmit();
  if (card.mine) return null;
  if (!card.canSupport && !card.supported) return null;
  if (me === null) {
    return (
      <div className="entity-action">
        <Link className="button button--small" to={`/login?next=${encodeURIComponent(location.pathname)}`}>
          {t('report.meTooSignIn')}
        </Link>
      </div>
    );
  }
  const toggle = () =>
    run(
      () => {
        const at = { params: { path: { number: card.number } } };
        return card.supported ? api.DELETE('/api/reports/{number}/support', at) : api.POST('/api/reports/{number}/support', at);
      },
      (res) => onChanged({ ...card, supported: res.supported, supportCount: res.supportCount }),
    );
  return (
    <div className="entity-action">
      <button
        type="button"
        className={`button button--small${card.supported ? ' button--secondary' : ''}`}
        aria-pressed={card.supported}
        disabled={busy}
        onClick={() => void toggle()}
      >
        {card.supported ? t('report.meTooUndo') : t('report.meToo')}
      </button>
      <span className="entity-action__note" role="status">
        {card.supported ? t('report.youSupport', { count: card.supportCount }) : t('report.supporters', { count: card.supportCount })}
      </span>
      {error ? (
        <span className="entity-action__error" role="alert">
          {error.message}
        </span>
      ) : null}
    </div>
  );
}

/** What a history entry may say: the lifecycle's actions and the events around them. */
const knownActions = ['filed', ...reportActions, 'assigned', 'overdue', 'deadline_warning', 'department_merged'] as const;
const knownRoles = ['resident', 'moderator', 'official', 'administrator', 'system', 'api'] as const;

function HistoryEntry({ h }: { h: Schema<'ReportHistoryItem'> }) {
  const { t } = useTranslation();
  const f = useFormat();
  const known = (knownActions as readonly string[]).includes(h.action) ? (h.action as (typeof knownActions)[number]) : null;
  const role = (knownRoles as readonly string[]).includes(h.actorRole) ? t(`history.role.${h.actorRole as (typeof knownRoles)[number]}`) : '';
  return (
    <li className={`timeline__item timeline__item--${h.action}`}>
      <p className="timeline__when">
        <time dateTime={h.at}>{f.dateTime(h.at)}</time>
        {role ? <span className="muted"> · {role}</span> : null}
      </p>
      <p className="timeline__what">
        {known
          ? t(`history.${known}`, { department: h.department ? f.name(h.department) : '', number: typeof h.data.of === 'number' ? h.data.of : '' })
          : h.action}
        {h.toStatus && h.toStatus !== h.fromStatus ? (
          <>
            {' '}
            <StatusTag status={h.toStatus} />
          </>
        ) : null}
      </p>
      {h.note ? <PlainText text={h.note} className="timeline__note" /> : null}
      <PhotoGallery photos={h.photos} label={t('report.historyPhotos')} />
    </li>
  );
}
