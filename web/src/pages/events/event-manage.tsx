import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useApiQuery } from '../../api/query.js';
import type { Schema } from '../../api/types.js';
import { Notice, Tag } from '../../components/notice.js';
import { PageHeading, useTitle } from '../../components/page.js';
import { QueryView } from '../../components/query-view.js';
import { useFormat } from '../../format.js';
import { NotFoundPage } from '../not-found.js';
import { CancelEvent, RegistrationSwitch } from './event-manage-actions.js';
import { AttendanceList, CheckInCode, hasStarted, isCheckInOver, MinutesEditor } from './event-manage-after.js';
import { RegistrationLists } from './event-manage-list.js';
import './events-organise.css';

type EventView = Schema<'EventView'>;

/**
 * /events/:id/manage — the organiser's page (its organisers, the department's officials, administrators; the server
 * refuses others and says why): counts, who registered and who waits in order (names come from the server, to the
 * organiser only), the CSV, closing or reopening registration, editing, the check-in code for the door, and once it
 * has started who attended and the minutes; cancelling with a reason.
 */
export function ManageEventPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const event = useApiQuery('/api/events/{id}', { path: { id } });
  useTitle(event.data ? t('eventsOrganise.manageTitleOf', { title: event.data.title }) : t('eventsOrganise.manageTitle'));
  if (event.error?.status === 404 || event.error?.status === 400) return <NotFoundPage />;
  return (
    <QueryView query={event}>
      {(e) => (
        <div className="ev-manage">
          <p>
            <Link className="back-link" to={`/events/${e.id}`}>
              {e.title}
            </Link>
          </p>
          <PageHeading>{t('eventsOrganise.manageTitle')}</PageHeading>
          {e.isOrganiser ? <Manage e={e} /> : <Notice kind="error" title={t('eventsOrganise.notOrganiser')} />}
        </div>
      )}
    </QueryView>
  );
}

function Manage({ e }: { e: EventView }) {
  const { t } = useTranslation();
  const f = useFormat();
  const cancelled = e.status === 'cancelled';
  return (
    <>
      <p className="lead">
        {e.title} · {f.dateTime(e.startsAt)}
      </p>
      <ul className="tags">
        {cancelled ? (
          <li>
            <Tag kind="error">{t('eventsOrganise.state.cancelled')}</Tag>
          </li>
        ) : null}
        {e.moderation !== 'visible' ? (
          <li>
            <Tag kind="warning">{t(`myEvents.moderation.${e.moderation}`)}</Tag>
          </li>
        ) : null}
        {!cancelled && e.registrationPaused ? (
          <li>
            <Tag kind="warning">{t('eventsOrganise.state.paused')}</Tag>
          </li>
        ) : null}
      </ul>
      <dl className="summary-list ev-manage__counts">
        <div>
          <dt>{t('eventsOrganise.countRegistered')}</dt>
          <dd>{e.capacity === null ? f.number(e.registeredCount) : t('eventsOrganise.ofCapacity', { count: e.registeredCount, capacity: e.capacity })}</dd>
        </div>
        <div>
          <dt>{t('eventsOrganise.countWaitlist')}</dt>
          <dd>{f.number(e.waitlistCount)}</dd>
        </div>
        <div>
          <dt>{t('eventsOrganise.countFree')}</dt>
          <dd>{e.freePlaces === null ? t('eventsOrganise.noLimit') : f.number(e.freePlaces)}</dd>
        </div>
      </dl>
      {cancelled ? null : (
        <p className="ev-manage__actions">
          <Link className="button button--secondary" to={`/events/${e.id}/edit`}>
            {t('eventsOrganise.editAction')}
          </Link>
        </p>
      )}
      {cancelled ? null : <RegistrationSwitch e={e} />}
      <RegistrationLists e={e} />
      {cancelled || isCheckInOver(e) ? null : <CheckInCode e={e} />}
      {!cancelled && hasStarted(e) ? <AttendanceList e={e} /> : null}
      {!cancelled && hasStarted(e) ? <MinutesEditor e={e} /> : null}
      {cancelled ? null : <CancelEvent e={e} />}
    </>
  );
}
