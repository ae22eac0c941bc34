import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { initiativeScopes, initiativeTypes } from '@server/modules/initiatives/domain/lifecycle.js';
import { useApiQuery } from '../../api/query.js';
import { PageHeading, useTitle } from '../../components/page.js';
import { useDistrictName } from '../../components/person.js';
import { QueryView } from '../../components/query-view.js';
import { useFormat } from '../../format.js';
import { useSession } from '../../session.js';
import { InitiativeStatusTag, SupportProgress, type InitiativeSummary } from './initiative-bits.js';
import { InitiativeFilters, listStatuses, pick, type ListQuery } from './initiative-filters.js';
import './initiatives.css';

/** One initiative in the list: number, title, status, where, and what happens now. */
function InitiativeCard({ i, level = 2 }: { i: InitiativeSummary; level?: 2 | 3 }) {
  const { t } = useTranslation();
  const f = useFormat();
  const districtName = useDistrictName();
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <li className="in-card">
      <Heading className="in-card__title">
        <Link to={`/initiatives/${i.number}`}>
          <span className="in-card__number">{t('common.number', { number: i.number })}.</span> {i.title}
        </Link>
      </Heading>
      <p className="in-card__meta">
        <InitiativeStatusTag i={i} /> {t(`initiatives.type.${i.type}`)} · {i.scope === 'city' ? t('initiatives.scope.city') : districtName(i.districtId)}
      </p>
      {i.status === 'collecting' || i.status === 'awaiting_answer' || i.status === 'not_reached' || i.status === 'answered' ? <SupportProgress i={i} /> : null}
      <p className={`in-card__dates ${i.overdue ? 'in-card__dates--overdue' : 'muted'}`}>
        {i.status === 'awaiting_answer' && i.answerDueAt
          ? t(i.overdue ? 'initiatives.card.overdueSince' : 'initiatives.card.answerBy', { date: f.dueDate(i.answerDueAt) })
          : i.status === 'collecting' && i.supportClosesAt
            ? t('initiatives.card.collectingUntil', { date: f.date(i.supportClosesAt) })
            : i.submittedAt
              ? t('initiatives.card.submitted', { date: f.date(i.submittedAt) })
              : null}
      </p>
    </li>
  );
}

/** /initiatives — residents' initiatives with filters kept in the address, and the way to start one. */
export function InitiativesPage() {
  const { t } = useTranslation();
  const f = useFormat();
  const { me } = useSession();
  useTitle(t('initiatives.title'));
  const [params] = useSearchParams();
  const status = pick(listStatuses, params.get('status'));
  const scope = pick(initiativeScopes, params.get('scope'));
  const type = pick(initiativeTypes, params.get('type'));
  const districtId = params.get('districtId') ?? '';
  const q = params.get('q') ?? '';
  const page = Math.max(1, Math.floor(Number(params.get('page')) || 1));

  const query: ListQuery = {
    ...(status ? { status } : {}),
    ...(scope ? { scope } : {}),
    ...(districtId && scope !== 'city' ? { districtId } : {}),
    ...(type ? { type } : {}),
    ...(q ? { q } : {}),
    ...(page > 1 ? { page } : {}),
  };
  const list = useApiQuery('/api/initiatives', { query });
  // my own, drafts included: a draft is not in the public list, and this is where its author finds it again
  const mine = useApiQuery('/api/initiatives', me ? { query: { mine: 'true' } } : null);
  const pageHref = (n: number) => {
    const next = new URLSearchParams(params);
    if (n > 1) next.set('page', String(n));
    else next.delete('page');
    return `/initiatives?${next.toString()}`;
  };
  const filtered = !!(status || scope || type || districtId || q);

  return (
    <div className="in">
      <div className="page-top">
        <PageHeading>{t('initiatives.title')}</PageHeading>
        {me === null ? (
          <Link className="button button--secondary page-top__action" to={`/login?next=${encodeURIComponent('/initiatives/new')}`}>
            {t('initiatives.signInToStart')}
          </Link>
        ) : (
          <Link className="button page-top__action" to="/initiatives/new">
            {t('initiatives.start')}
          </Link>
        )}
      </div>
      <p className="lead">{t('initiatives.lead')}</p>
      <details className="in-how">
        <summary>{t('initiatives.how.title')}</summary>
        <ol>
          <li>{t('initiatives.how.draft')}</li>
          <li>{t('initiatives.how.screening')}</li>
          <li>{t('initiatives.how.collecting')}</li>
          <li>{t('initiatives.how.answer')}</li>
        </ol>
      </details>

      {/* on the unfiltered first page only: a filtered list is a search, mine would be noise there */}
      {mine.data?.items.length && !filtered && page === 1 ? (
        <section aria-labelledby="in-mine" className="in-mine">
          <h2 id="in-mine">{t('initiatives.mine')}</h2>
          <ul className="in-list">
            {mine.data.items.map((i) => (
              <InitiativeCard key={i.number} i={i} level={3} />
            ))}
          </ul>
        </section>
      ) : null}

      <InitiativeFilters applied={{ status, scope, type, districtId, q }} filtered={filtered} />

      <QueryView query={list}>
        {(found) => {
          const lastPage = Math.max(1, Math.ceil(found.total / found.pageSize));
          return (
            <>
              <p className="result-count" role="status">
                {t('initiatives.found', { count: found.total, n: f.number(found.total) })}
              </p>
              {found.items.length ? (
                <ul className="in-list">
                  {found.items.map((i) => (
                    <InitiativeCard key={i.number} i={i} />
                  ))}
                </ul>
              ) : (
                <p className="muted">{filtered ? t('initiatives.noneFiltered') : t('initiatives.none')}</p>
              )}
              {lastPage > 1 ? (
                <nav className="pagination" aria-label={t('initiatives.pages')}>
                  {page > 1 ? (
                    <Link className="button button--secondary" to={pageHref(page - 1)}>
                      {t('admin.previous')}
                    </Link>
                  ) : null}
                  <span className="muted">{t('initiatives.pageOf', { page, pages: lastPage })}</span>
                  {page < lastPage ? (
                    <Link className="button button--secondary" to={pageHref(page + 1)}>
                      {t('admin.next')}
                    </Link>
                  ) : null}
                </nav>
              ) : null}
            </>
          );
        }}
      </QueryView>
    </div>
  );
}
