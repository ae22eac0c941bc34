import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useApiQuery } from '../../api/query.js';
import { PageHeading, useTitle } from '../../components/page.js';
import { Pagination } from '../../components/pagination.js';
import { QueryView } from '../../components/query-view.js';
import { useFormat } from '../../format.js';
import { EventCalendar, monthOf } from './event-calendar.js';
import { EventCard } from './event-card.js';
import { EventFiltersForm, eventQuery, filterParams, isFiltered, readFilters, type EventFilters } from './event-filters.js';
import { EventMap } from './event-map.js';

const views = ['list', 'calendar', 'map'] as const;
type View = (typeof views)[number];
const pageSize = 20;

/**
 * The city's events: a list (soonest first, pages of 20), a month calendar and a map, with the same filters (district,
 * kind, organiser, free places; dates in the list and the map, the month in the calendar) kept in the address.
 */
export function EventsPage() {
  const { t } = useTranslation();
  useTitle(t('events.title'));
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const filters = readFilters(params);
  const viewParam = params.get('view');
  const view: View = views.find((v) => v === viewParam) ?? 'list';
  const month = monthOf(params.get('month'));
  const page = Math.max(1, Math.floor(Number(params.get('page')) || 1));

  /** The address of a view with filters (and the month for the calendar). */
  const addressOf = (next: { view?: View; filters?: EventFilters; month?: string; page?: number }) => {
    const v = next.view ?? view;
    const p = new URLSearchParams(filterParams(next.filters ?? filters));
    if (v !== 'list') p.set('view', v);
    if (v === 'calendar') {
      p.delete('from');
      p.delete('to');
      if (next.month ?? params.get('month')) p.set('month', next.month ?? month);
    }
    if (v === 'list' && next.page && next.page > 1) p.set('page', String(next.page));
    const s = p.toString();
    return s ? `/events?${s}` : '/events';
  };

  return (
    <>
      <div className="page-top">
        <PageHeading>{t('events.title')}</PageHeading>
        <Link className="button page-top__action" to="/events/new">
          {t('eventsOrganise.organiseAction')}
        </Link>
      </div>
      <p className="lead">{t('events.lead')}</p>

      <nav className="tabs" aria-label={t('events.viewsLabel')}>
        <ul>
          {views.map((v) => (
            <li key={v}>
              <Link to={addressOf({ view: v })} aria-current={v === view ? 'page' : undefined}>
                {t(`events.view.${v}`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>

      <EventFiltersForm
        key={params.toString()}
        filters={filters}
        dates={view !== 'calendar'}
        clearTo={
          isFiltered(filters, view === 'calendar')
            ? addressOf({ filters: { ...filters, district: '', kind: '', from: '', to: '', free: false, organiser: '' } })
            : null
        }
        onApply={(next) => void navigate(addressOf({ filters: next }))}
      />

      {view === 'calendar' ? (
        <EventCalendar filters={filters} month={month} monthHref={(m) => addressOf({ month: m })} />
      ) : view === 'map' ? (
        <EventMap filters={filters} />
      ) : (
        <EventList filters={filters} page={page} pageHref={(n) => addressOf({ page: n })} />
      )}
    </>
  );
}

/** The filtered events, soonest first, a page at a time. */
function EventList({ filters, page, pageHref }: { filters: EventFilters; page: number; pageHref(page: number): string }) {
  const { t } = useTranslation();
  const f = useFormat();
  const list = useApiQuery('/api/events', { query: { ...eventQuery(filters), ...(page > 1 ? { page } : {}) } });
  return (
    <QueryView query={list}>
      {({ items, total, totalCapped, pageSize: size }) => {
        const offset = (page - 1) * size;
        return (
          <>
            <p role="status" className="result-count">
              {items.length
                ? t(totalCapped ? 'events.showingMore' : 'events.showing', {
                    from: f.number(offset + 1),
                    to: f.number(offset + items.length),
                    count: total,
                    total: f.number(total),
                  })
                : isFiltered(filters)
                  ? t('events.noneFound')
                  : t('events.none')}
            </p>
            <ul className="event-list">
              {items.map((e) => (
                <EventCard key={e.id} e={e} />
              ))}
            </ul>
            <Pagination offset={offset} pageSize={size || pageSize} total={total} href={(n) => pageHref(Math.floor(n / (size || pageSize)) + 1)} />
          </>
        );
      }}
    </QueryView>
  );
}
