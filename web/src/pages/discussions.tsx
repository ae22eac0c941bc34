import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { discussionKinds, type DiscussionKind, type DiscussionSort } from '@server/modules/discussions/domain/discussion-rules.js';
import { useApiQuery } from '../api/query.js';
import { PageHeading, useTitle } from '../components/page.js';
import { Pagination } from '../components/pagination.js';
import { QueryView } from '../components/query-view.js';
import { useFormat } from '../format.js';
import { useSession } from '../session.js';
import { DiscussionCard } from './discussion-card.js';
import { DiscussionSearch, DiscussionTagFilter, offeredSorts, type DiscussionFilter } from './discussion-filters.js';

const pageSize = 20;
const isKind = (v: string | null): v is DiscussionKind => (discussionKinds as readonly (string | null)[]).includes(v);
const isSort = (v: string | null): v is DiscussionSort => (offeredSorts as readonly (string | null)[]).includes(v);

/** The filter and the page the address names (anything it does not understand is left out). */
function readAddress(params: URLSearchParams): DiscussionFilter & { offset: number } {
  const kind = params.get('kind');
  const sort = params.get('sort');
  return {
    q: params.get('q') ?? '',
    district: params.get('district') ?? '',
    tag: params.get('tag') ?? '',
    kind: isKind(kind) ? kind : '',
    sort: isSort(sort) ? sort : 'activity',
    offset: Math.max(0, Math.floor(Number(params.get('offset')) || 0)),
  };
}

/** Discussions: search, filters and sort kept in the address (a list can be shared), pages of 20. */
export function DiscussionsPage() {
  const { t } = useTranslation();
  const f = useFormat();
  const { me } = useSession();
  useTitle(t('discussions.title'));
  const [params, setParams] = useSearchParams();
  const { offset, ...filter } = readAddress(params);
  const { q, district, tag, kind, sort } = filter;
  const list = useApiQuery('/api/discussions', {
    query: { sort, limit: pageSize, offset, ...(q ? { q } : {}), ...(district ? { district } : {}), ...(tag ? { tag } : {}), ...(kind ? { kind } : {}) },
  });
  const filtered = !!(q || district || tag || kind);

  function search(next: DiscussionFilter) {
    const p = new URLSearchParams();
    for (const k of ['q', 'district', 'tag', 'kind'] as const) if (next[k]) p.set(k, next[k]);
    if (next.sort !== 'activity') p.set('sort', next.sort);
    setParams(p);
  }

  /** The address with some parameters changed (and back to the first page unless the page is what changes). */
  const withParams = (changes: Record<string, string | null>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(changes)) {
      if (v) next.set(k, v);
      else next.delete(k);
    }
    if (!('offset' in changes)) next.delete('offset');
    const s = next.toString();
    return s ? `?${s}` : '/discussions';
  };

  return (
    <>
      <div className="page-top">
        <PageHeading>{t('discussions.title')}</PageHeading>
        {me ? (
          <Link className="button page-top__action" to="/discussions/new">
            {t('discussions.start')}
          </Link>
        ) : me === null ? (
          <Link className="button button--secondary page-top__action" to={`/login?next=${encodeURIComponent('/discussions/new')}`}>
            {t('discussions.signInToStart')}
          </Link>
        ) : null}
      </div>
      <p className="lead">{t('discussions.lead')}</p>

      <DiscussionSearch key={params.toString()} filter={filter} onSearch={search} />
      <DiscussionTagFilter tag={tag} href={(x) => withParams({ tag: x })} />

      <QueryView query={list}>
        {({ items, total }) => (
          <>
            <p role="status" className="result-count">
              {items.length
                ? t('discussions.showing', { from: f.number(offset + 1), to: f.number(offset + items.length), count: total, total: f.number(total) })
                : filtered
                  ? t('discussions.noneFound')
                  : t('discussions.none')}
            </p>
            <ul className="discussion-list">
              {items.map((d) => (
                <DiscussionCard key={d.id} d={d} />
              ))}
            </ul>
            <Pagination offset={offset} pageSize={pageSize} total={total} href={(n) => withParams({ offset: n > 0 ? String(n) : null })} />
          </>
        )}
      </QueryView>
    </>
  );
}
