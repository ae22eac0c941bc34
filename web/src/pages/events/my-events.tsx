import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useApiQuery } from '../../api/query.js';
import type { Schema } from '../../api/types.js';
import { Tag } from '../../components/notice.js';
import { PageHeading, useTitle } from '../../components/page.js';
import { QueryView } from '../../components/query-view.js';
import { useFormat } from '../../format.js';
import { CalendarFeed } from './my-events-feed.js';
import './events-organise.css';

type MyEvents = Schema<'MyEvents'>;
type Registered = MyEvents['registered'][number];
type Organised = MyEvents['organised'][number];

/**
 * /me/events — "My events": what I registered for (registered, on the waitlist as number N, attended; a cancelled
 * event says so), what I organise (waiting for a moderator, visible, hidden), and my personal calendar feed.
 */
export function MyEventsPage() {
  const { t } = useTranslation();
  useTitle(t('myEvents.title'));
  const mine = useApiQuery('/api/me/events');
  return (
    <div className="ev-mine">
      <div className="page-top">
        <PageHeading>{t('myEvents.title')}</PageHeading>
        <Link className="button page-top__action" to="/events/new">
          {t('eventsOrganise.organiseAction')}
        </Link>
      </div>
      <p className="lead">{t('myEvents.lead')}</p>
      <QueryView query={mine}>
        {(m) => (
          <>
            <section className="section" aria-labelledby="my-registered-title">
              <h2 id="my-registered-title">{t('myEvents.registeredTitle')}</h2>
              {m.registered.length ? (
                <ul className="ev-mine__list">
                  {m.registered.map((e) => (
                    <RegisteredItem key={e.id} e={e} />
                  ))}
                </ul>
              ) : (
                <p>
                  {t('myEvents.noneRegistered')} <Link to="/events">{t('myEvents.findEvents')}</Link>
                </p>
              )}
            </section>
            <section className="section" aria-labelledby="my-organised-title">
              <h2 id="my-organised-title">{t('myEvents.organisedTitle')}</h2>
              {m.organised.length ? (
                <ul className="ev-mine__list">
                  {m.organised.map((e) => (
                    <OrganisedItem key={e.id} e={e} />
                  ))}
                </ul>
              ) : (
                <p>{t('myEvents.noneOrganised')}</p>
              )}
            </section>
          </>
        )}
      </QueryView>
      <CalendarFeed />
    </div>
  );
}

function When({ e }: { e: Schema<'EventSummary'> }) {
  const f = useFormat();
  return (
    <p className="ev-mine__when">
      <time dateTime={e.startsAt}>{f.dateTime(e.startsAt)}</time>
      {e.address ? ` · ${e.address}` : null}
    </p>
  );
}

function RegisteredItem({ e }: { e: Registered }) {
  const { t } = useTranslation();
  const state =
    e.status === 'cancelled' ? (
      <Tag kind="error">{t('eventsOrganise.state.cancelled')}</Tag>
    ) : e.myState === 'waitlisted' ? (
      <Tag kind="warning">{e.position ? t('myEvents.state.waitlistedAt', { position: e.position }) : t('myEvents.state.waitlisted')}</Tag>
    ) : e.myState === 'attended' ? (
      <Tag kind="success">{t('myEvents.state.attended')}</Tag>
    ) : (
      <Tag kind="accent">{t('myEvents.state.registered')}</Tag>
    );
  return (
    <li className="ev-mine__item">
      <Link className="ev-mine__title" to={`/events/${e.id}`}>
        {e.title}
      </Link>
      <When e={e} />
      <p className="ev-mine__state">{state}</p>
    </li>
  );
}

function OrganisedItem({ e }: { e: Organised }) {
  const { t } = useTranslation();
  const kind = e.moderation === 'held' ? 'warning' : e.moderation === 'hidden' ? 'error' : 'success';
  return (
    <li className="ev-mine__item">
      <Link className="ev-mine__title" to={`/events/${e.id}`}>
        {e.title}
      </Link>
      <When e={e} />
      <p className="ev-mine__state">
        {e.status === 'cancelled' ? (
          <Tag kind="error">{t('eventsOrganise.state.cancelled')}</Tag>
        ) : (
          <Tag kind={kind}>{t(`myEvents.moderation.${e.moderation}`)}</Tag>
        )}{' '}
        <span className="muted">{t('myEvents.counts', { count: e.registeredCount, waiting: e.waitlistCount })}</span>
      </p>
      {e.moderation === 'held' ? <p className="muted">{t('myEvents.heldText')}</p> : null}
      <p>
        <Link to={`/events/${e.id}/manage`}>{t('eventsOrganise.manageLink')}</Link>
      </p>
    </li>
  );
}
