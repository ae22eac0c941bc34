import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useDistrictName } from '../../api/lists.js';
import { useApiQuery } from '../../api/query.js';
import type { Schema } from '../../api/types.js';
import { CommentThread } from '../../components/comment-thread.js';
import { FlagButton } from '../../components/flag-dialog.js';
import { FollowButton } from '../../components/follow-button.js';
import { Notice } from '../../components/notice.js';
import { PageHeading, useTitle } from '../../components/page.js';
import { PlainText } from '../../components/plain-text.js';
import { QueryView } from '../../components/query-view.js';
import { ShareButton } from '../../components/share-button.js';
import { useSession } from '../../session.js';
import { NotFoundPage } from '../not-found.js';
import { EventAfter, EventImage, EventSourceLink } from './event-after.js';
import { EventKindTag } from './event-bits.js';
import { EventFacts } from './event-facts.js';
import { EventRegistration } from './event-registration.js';

type EventView = Schema<'EventView'>;

/** One event: its facts, registering, calendar links, follow/share/flag, then the comments. */
export function EventPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { me } = useSession();
  // an event awaiting moderation is shown to its organisers and moderators, and "may I register" is per person: ask once the session is known
  const event = useApiQuery('/api/events/{id}', me === undefined ? null : { path: { id } });
  useTitle(event.data?.title ?? t('events.title'));

  if (event.error?.status === 404 || event.error?.status === 400) return <NotFoundPage />;
  return (
    <>
      {event.error && !event.data ? <PageHeading>{t('events.title')}</PageHeading> : null}
      <QueryView query={event}>{(v) => <EventArticle v={v} key={v.id} />}</QueryView>
    </>
  );
}

function EventArticle({ v }: { v: EventView }) {
  const { t } = useTranslation();
  const path = `/events/${v.id}`;
  return (
    <>
      <p>
        <Link className="back-link" to="/events">
          {t('events.back')}
        </Link>
      </p>
      <article className="event" aria-labelledby="event-title">
        <p className="event__kind">
          <EventKindTag kind={v.kind} />
        </p>
        <PageHeading id="event-title">{v.title}</PageHeading>
        <EventStatusNotice v={v} />
        {v.isOrganiser ? (
          <p>
            <Link className="button button--secondary" to={`/events/${v.id}/manage`}>
              {t('eventsOrganise.manageLink')}
            </Link>
          </p>
        ) : null}
        <EventSourceLink v={v} />
        <EventFacts v={v} />
        <EventImage v={v} />
        <PlainText text={v.description} className="event__description" />
        <EventAfter v={v} />
        <EventRegistration v={v} />
        <CalendarLinks v={v} />
        <div className="entity-actions" role="group" aria-label={t('events.actions')}>
          {v.moderation === 'visible' ? <FollowButton entityType="event" entityId={v.id} /> : null}
          <ShareButton title={v.title} path={path} />
          {!v.isOrganiser && v.moderation === 'visible' ? <FlagButton entityType="event" entityId={v.id} label={t('events.flagLabel')} /> : null}
        </div>
      </article>
      <CommentThread hostType="event" hostId={v.id} />
    </>
  );
}

/** Said plainly at the top: cancelled, or not public yet (held for a moderator, or hidden). */
function EventStatusNotice({ v }: { v: EventView }) {
  const { t } = useTranslation();
  if (v.status === 'cancelled') return <Notice kind="error" title={t('events.cancelledTitle')} />;
  if (v.moderation === 'held') return <Notice kind="warning" title={t('events.heldTitle')} />;
  if (v.moderation === 'hidden') return <Notice kind="warning" title={t('events.hiddenTitle')} />;
  return null;
}

/** This event as an .ics file, and its district's calendar feed to subscribe to. */
function CalendarLinks({ v }: { v: EventView }) {
  const { t } = useTranslation();
  const districtName = useDistrictName();
  return (
    <section className="event-calendar-links" aria-labelledby="event-calendar-title">
      <h2 id="event-calendar-title">{t('events.calendarTitle')}</h2>
      <ul>
        <li>
          <a href={`/api/events/${v.id}/event.ics`} download>
            {t('events.addToCalendar')}
          </a>
        </li>
        {v.districtId ? (
          <li>
            <a href={`/api/calendars/districts/${encodeURIComponent(v.districtId)}/events.ics`}>
              {t('events.districtFeed', { district: districtName(v.districtId) })}
            </a>
            <p className="muted">{t('events.districtFeedHint')}</p>
          </li>
        ) : null}
      </ul>
    </section>
  );
}
