import { useTranslation } from 'react-i18next';
import type { EventKind } from '@server/modules/events/domain/events.js';
import { useDepartments } from '../../api/lists.js';
import type { Schema } from '../../api/types.js';
import { cityDayOf } from '../../city-time.js';
import { Tag } from '../../components/notice.js';
import { useFormat } from '../../format.js';
import './events.css';

export type EventSummary = Schema<'EventSummary'>;

/** The event's kind as a tag (a cancelled one says so beside it, in words). */
export function EventKindTag({ kind }: { kind: EventKind }) {
  const { t } = useTranslation();
  return <Tag kind="accent">{t(`events.kind.${kind}`)}</Tag>;
}

/** When: «12 марта 2026, 14:00–16:00» on one city day, else both ends in full; on the city's clock. */
export function EventWhen({ e }: { e: Pick<EventSummary, 'startsAt' | 'endsAt'> }) {
  const f = useFormat();
  const sameDay = cityDayOf(e.startsAt) === cityDayOf(e.endsAt);
  const endTime = f.dateTime(e.endsAt).slice(f.date(e.endsAt).length + 2);
  return (
    <>
      <time dateTime={e.startsAt}>{f.dateTime(e.startsAt)}</time>
      {sameDay ? '–' : ' — '}
      <time dateTime={e.endsAt}>{sameDay ? endTime : f.dateTime(e.endsAt)}</time>
    </>
  );
}

/** Who organises it: the department's name, the group's, or "a resident" (the public never sees which). */
export function useOrganiserName(): (e: Pick<EventSummary, 'organisedBy' | 'departmentId' | 'group'>) => string {
  const { t } = useTranslation();
  const f = useFormat();
  const departments = useDepartments();
  return (e) => {
    if (e.group) return e.group.name;
    if (e.organisedBy !== 'department' || !e.departmentId) return t('events.aResident');
    const d = departments.data?.find((x) => x.id === e.departmentId);
    return d ? f.name(d) : '';
  };
}

/** Where registration stands now for anyone: cancelled, over, not yet open, closed, paused, or open (with places). */
export type RegistrationStanding = 'cancelled' | 'started' | 'notOpen' | 'closed' | 'paused' | 'open';

export function registrationStanding(e: EventSummary, now = Date.now()): RegistrationStanding {
  if (e.status === 'cancelled') return 'cancelled';
  if (now >= Date.parse(e.startsAt)) return 'started';
  if (e.registrationOpensAt && now < Date.parse(e.registrationOpensAt)) return 'notOpen';
  if (e.registrationClosesAt && now >= Date.parse(e.registrationClosesAt)) return 'closed';
  if (e.registrationPaused) return 'paused';
  return 'open';
}

/** The places in one line: «12 свободных мест из 30», «Мест нет — лист ожидания (3)», «Регистрация закрыта»… */
export function EventPlaces({ e }: { e: EventSummary }) {
  const { t } = useTranslation();
  const f = useFormat();
  const standing = registrationStanding(e);
  if (standing === 'cancelled') return <strong className="event-places event-places--off">{t('events.cancelled')}</strong>;
  if (standing === 'started') return <span className="event-places event-places--off">{t('events.started')}</span>;
  if (standing === 'notOpen' && e.registrationOpensAt)
    return <span className="event-places">{t('events.opensOn', { date: f.dateTime(e.registrationOpensAt) })}</span>;
  if (standing === 'closed' || standing === 'paused') return <span className="event-places event-places--off">{t('events.registrationClosed')}</span>;
  if (e.capacity === null) return <span className="event-places">{t('events.noLimit')}</span>;
  if (e.freePlaces === 0 && e.waitlistCount === 0) return <span className="event-places event-places--full">{t('events.fullNoneWaiting')}</span>;
  if (e.freePlaces === 0)
    return <span className="event-places event-places--full">{t('events.fullWaitlist', { count: e.waitlistCount, n: f.number(e.waitlistCount) })}</span>;
  return (
    <span className="event-places">{t('events.freePlaces', { count: e.freePlaces ?? 0, n: f.number(e.freePlaces ?? 0), capacity: f.number(e.capacity) })}</span>
  );
}
