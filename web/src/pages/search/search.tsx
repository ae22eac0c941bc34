import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useDistricts } from '../../api/lists.js';
import { useApiQuery } from '../../api/query.js';
import type { Schema } from '../../api/types.js';
import { SelectField, TextField } from '../../components/fields.js';
import { PageHeading, useTitle } from '../../components/page.js';
import { Pagination } from '../../components/pagination.js';
import { QueryView } from '../../components/query-view.js';
import { useFormat } from '../../format.js';
import './search.css';

type Hit = Schema<'SearchHit'>;
const pageSize = 20;
/** Without a kind chosen the page shows this many of each kind, best first, and links to the rest. */
const perGroup = 4;
const statuses = ['open', 'closed'] as const;
const isDay = (v: string | null): v is string => !!v && /^\d{4}-\d{2}-\d{2}$/.test(v);

/** What the address asks for (anything it does not understand is left out), so a search can be shared. */
interface SearchFilter {
  q: string;
  kind: string;
  district: string;
  status: '' | (typeof statuses)[number];
  from: string;
  to: string;
}

function readAddress(params: URLSearchParams): SearchFilter & { offset: number } {
  const status = params.get('status');
  return {
    q: (params.get('q') ?? '').trim().slice(0, 200),
    kind: /^[a-z][a-z0-9_]{0,39}$/.test(params.get('kind') ?? '') ? params.get('kind')! : '',
    district: params.get('district') ?? '',
    status: status === 'open' || status === 'closed' ? status : '',
    from: isDay(params.get('from')) ? params.get('from')! : '',
    to: isDay(params.get('to')) ? params.get('to')! : '',
    offset: Math.max(0, Math.min(1000, Math.floor(Number(params.get('offset')) || 0))),
  };
}

/** The city-wide search: results grouped by kind with counts, filters by kind, district, state and dates, kept in the address. */
export function SearchPage() {
  const { t } = useTranslation();
  useTitle(t('search.title'));
  const [params, setParams] = useSearchParams();
  const { offset, ...filter } = readAddress(params);

  function search(next: SearchFilter) {
    const p = new URLSearchParams();
    for (const k of ['q', 'kind', 'district', 'status', 'from', 'to'] as const) if (next[k]) p.set(k, next[k]);
    setParams(p);
  }
  const href = (changes: Record<string, string | null>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(changes)) {
      if (v) next.set(k, v);
      else next.delete(k);
    }
    if (!('offset' in changes)) next.delete('offset');
    return `/search?${next.toString()}`;
  };

  return (
    <>
      <PageHeading>{t('search.title')}</PageHeading>
      <p className="lead">{t('search.lead')}</p>
      <SearchForm key={params.toString()} filter={filter} onSearch={search} />
      {filter.q ? <Results filter={filter} offset={offset} href={href} /> : <p>{t('search.enterWords')}</p>}
    </>
  );
}

function SearchForm({ filter, onSearch }: { filter: SearchFilter; onSearch(next: SearchFilter): void }) {
  const { t } = useTranslation();
  const f = useFormat();
  const districts = useDistricts();
  const [form, setForm] = useState(filter);
  const set = (k: keyof SearchFilter) => (v: string) => setForm((s) => ({ ...s, [k]: v }));
  const districtOptions = [...(districts.data ?? [])].sort((a, b) => f.collator.compare(f.name(a), f.name(b))).map((d) => ({ value: d.id, label: f.name(d) }));
  const filtered = !!(filter.kind || filter.district || filter.status || filter.from || filter.to);

  function submit(e: FormEvent) {
    e.preventDefault();
    onSearch({ ...form, q: form.q.trim() });
  }

  return (
    <form className="filters search-filters" role="search" aria-label={t('search.filtersLabel')} onSubmit={submit}>
      <div className="search-filters__query">
        <TextField id="s-q" type="search" label={t('search.query')} hint={t('search.queryHint')} value={form.q} onChange={set('q')} maxLength={200} />
      </div>
      <SelectField
        id="s-district"
        label={t('field.district')}
        value={form.district}
        onChange={set('district')}
        options={[{ value: '', label: t('search.anyDistrict') }, ...districtOptions]}
      />
      <SelectField
        id="s-status"
        label={t('search.status')}
        value={form.status}
        onChange={set('status')}
        options={[{ value: '', label: t('search.anyStatus') }, ...statuses.map((s) => ({ value: s, label: t(`search.status.${s}`) }))]}
      />
      <TextField id="s-from" type="date" label={t('search.from')} value={form.from} onChange={set('from')} width="medium" />
      <TextField id="s-to" type="date" label={t('search.to')} value={form.to} onChange={set('to')} width="medium" />
      <div className="filters__actions">
        <button type="submit" className="button">
          {t('search.find')}
        </button>
        {filtered ? (
          <Link className="button button--secondary" to={`/search?q=${encodeURIComponent(filter.q)}`}>
            {t('search.clear')}
          </Link>
        ) : null}
      </div>
    </form>
  );
}

function Results({ filter, offset, href }: { filter: SearchFilter; offset: number; href(changes: Record<string, string | null>): string }) {
  const { t } = useTranslation();
  const f = useFormat();
  const query = useApiQuery('/api/search', {
    query: {
      q: filter.q,
      limit: filter.kind ? pageSize : 50,
      offset: filter.kind ? offset : 0,
      ...(filter.kind ? { kind: filter.kind } : {}),
      ...(filter.district ? { district: filter.district } : {}),
      ...(filter.status ? { status: filter.status } : {}),
      ...(filter.from ? { from: filter.from } : {}),
      ...(filter.to ? { to: filter.to } : {}),
    },
  });
  const kindName = (kind: string) => t(`search.kinds.${kind}`, { defaultValue: kind });

  return (
    <QueryView query={query}>
      {(r) => {
        const all = r.counts.reduce((n, c) => n + c.count, 0);
        return (
          <>
            <nav className="search-kinds" aria-label={t('search.kind')}>
              <ul className="chips">
                <li>
                  <Link className="chip" to={href({ kind: null })} aria-current={!filter.kind ? 'true' : undefined}>
                    {t('search.anyKind')} ({f.number(all)})
                  </Link>
                </li>
                {r.counts.map((c) => (
                  <li key={c.kind}>
                    <Link className="chip" to={href({ kind: c.kind })} aria-current={filter.kind === c.kind ? 'true' : undefined}>
                      {t('search.groupLabel', { kind: kindName(c.kind), n: f.number(c.count) })}
                    </Link>
                  </li>
                ))}
              </ul>
            </nav>
            <p className="search-total" role="status">
              {r.capped
                ? t('search.foundMore', { max: f.number(10_000) })
                : r.total === 0
                  ? t('search.none', { q: filter.q })
                  : t('search.found', { count: r.total })}
            </p>
            {filter.kind ? (
              <>
                <HitList items={r.items} />
                <Pagination offset={offset} pageSize={pageSize} total={Math.min(r.total, 1000)} href={(o) => href({ offset: o ? String(o) : null })} />
              </>
            ) : (
              r.counts.map((c) => {
                const items = r.items.filter((i) => i.kind === c.kind).slice(0, perGroup);
                return (
                  <section key={c.kind} className="search-group" aria-labelledby={`group-${c.kind}`}>
                    <h2 id={`group-${c.kind}`} className="search-group__title">
                      {kindName(c.kind)} <span className="search-group__count">{f.number(c.count)}</span>
                    </h2>
                    <HitList items={items} />
                    {c.count > items.length ? (
                      <Link to={href({ kind: c.kind })}>{t('search.showAll', { n: f.number(c.count), kind: kindName(c.kind) })}</Link>
                    ) : null}
                  </section>
                );
              })
            )}
          </>
        );
      }}
    </QueryView>
  );
}

function HitList({ items }: { items: Hit[] }) {
  const { t, i18n } = useTranslation();
  const f = useFormat();
  const districts = useDistricts();
  const districtName = (id: string | null) => {
    const d = id ? districts.data?.find((x) => x.id === id) : undefined;
    return d ? f.name(d) : null;
  };
  if (items.length === 0) return null;
  return (
    <ul className="search-hits">
      {items.map((hit) => {
        const district = districtName(hit.districtId);
        return (
          <li key={`${hit.kind}:${hit.id}`} className="search-hit">
            <Link className="search-hit__title" to={hit.path}>
              {i18n.language === 'en' && hit.titleEn ? hit.titleEn : hit.title}
            </Link>
            {hit.excerpt ? <p className="search-hit__excerpt">{hit.excerpt}</p> : null}
            {/* a page of the site (kind `page`) has no date and no state to tell */}
            {hit.date ? (
              <p className="search-hit__meta">
                <span className={`tag tag--${hit.status === 'open' ? 'success' : 'neutral'}`}>{t(`search.status.${hit.status}`)}</span>
                <span>{f.date(hit.date)}</span>
                {district ? <span>{district}</span> : null}
              </p>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
