import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { getDistricts } from '../../api.js';
import { SelectField, TextField } from '../../components/fields.js';
import { LoadError, Loading, PageHeading, useTitle } from '../../components/page.js';
import { useDistrictName } from '../../components/person.js';
import { useFormat } from '../../format.js';
import { useSession } from '../../session.js';
import { useLoad } from '../../use-load.js';
import { InitiativeStatusTag, SupportProgress } from './initiative-bits.js';
import { getInitiatives, initiativeScopes, initiativeTypes, listStatuses, type InitiativeSummary } from './initiatives-api.js';
import './initiatives.css';

const pick = <T extends string>(list: readonly T[], v: string | null): T | '' => (v && (list as readonly string[]).includes(v) ? (v as T) : '');

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
          <span className="in-card__number">№ {i.number}.</span> {i.title}
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
  const [params, setParams] = useSearchParams();
  const status = pick(listStatuses, params.get('status'));
  const scope = pick(initiativeScopes, params.get('scope'));
  const type = pick(initiativeTypes, params.get('type'));
  const districtId = params.get('districtId') ?? '';
  const q = params.get('q') ?? '';
  const page = Math.max(1, Math.floor(Number(params.get('page')) || 1));
  const [form, setForm] = useState({ status: status as string, scope: scope as string, type: type as string, districtId, q });
  useEffect(() => setForm({ status, scope, type, districtId, q }), [status, scope, type, districtId, q]);

  const query = new URLSearchParams();
  if (status) query.set('status', status);
  if (scope) query.set('scope', scope);
  if (districtId && scope !== 'city') query.set('districtId', districtId);
  if (type) query.set('type', type);
  if (q) query.set('q', q);
  if (page > 1) query.set('page', String(page));
  const list = useLoad(`initiatives?${query.toString()}`, () => getInitiatives(query));
  // my own, drafts included: a draft is not in the public list, and this is where its author finds it again
  const mine = useLoad(me ? `initiatives-mine-${me.id}` : null, () => getInitiatives(new URLSearchParams({ mine: 'true' })));
  const districts = useLoad('districts', getDistricts);

  function search(e: FormEvent) {
    e.preventDefault();
    const next = new URLSearchParams();
    for (const [k, v] of Object.entries(form)) if (v.trim() && !(k === 'districtId' && form.scope === 'city')) next.set(k, v.trim());
    setParams(next);
  }
  const pageHref = (n: number) => {
    const next = new URLSearchParams(params);
    if (n > 1) next.set('page', String(n));
    else next.delete('page');
    return `/initiatives?${next.toString()}`;
  };
  const filtered = !!(status || scope || type || districtId || q);
  const districtOptions = [...(districts.data ?? [])].sort((a, b) => f.collator.compare(f.name(a), f.name(b))).map((d) => ({ value: d.id, label: f.name(d) }));
  const lastPage = list.data ? Math.max(1, Math.ceil(list.data.total / list.data.pageSize)) : 1;

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

      <form className="filters in-filters" role="search" aria-label={t('initiatives.filters')} onSubmit={search}>
        <SelectField
          id="f-status"
          label={t('initiatives.filter.status')}
          value={form.status}
          onChange={(v) => setForm((s) => ({ ...s, status: v }))}
          options={[
            { value: '', label: t('initiatives.filter.anyStatus') },
            ...listStatuses.map((s) => ({ value: s, label: s === 'overdue' ? t('initiatives.filter.overdue') : t(`initiatives.status.${s}`) })),
          ]}
        />
        <SelectField
          id="f-scope"
          label={t('initiatives.filter.scope')}
          value={form.scope}
          onChange={(v) => setForm((s) => ({ ...s, scope: v }))}
          options={[{ value: '', label: t('initiatives.filter.anyScope') }, ...initiativeScopes.map((s) => ({ value: s, label: t(`initiatives.scope.${s}`) }))]}
        />
        {form.scope !== 'city' ? (
          <SelectField
            id="f-district"
            label={t('field.district')}
            value={form.districtId}
            onChange={(v) => setForm((s) => ({ ...s, districtId: v }))}
            options={[{ value: '', label: t('initiatives.filter.anyDistrict') }, ...districtOptions]}
          />
        ) : null}
        <SelectField
          id="f-type"
          label={t('initiatives.filter.type')}
          value={form.type}
          onChange={(v) => setForm((s) => ({ ...s, type: v }))}
          options={[{ value: '', label: t('initiatives.filter.anyType') }, ...initiativeTypes.map((k) => ({ value: k, label: t(`initiatives.type.${k}`) }))]}
        />
        <TextField id="f-q" type="search" label={t('initiatives.filter.q')} value={form.q} onChange={(v) => setForm((s) => ({ ...s, q: v }))} />
        <div className="filters__actions">
          <button type="submit" className="button">
            {t('initiatives.filter.apply')}
          </button>
          {filtered ? (
            <Link className="button button--secondary" to="/initiatives">
              {t('initiatives.filter.clear')}
            </Link>
          ) : null}
        </div>
      </form>

      {list.error ? (
        <LoadError error={list.error} retry={list.reload} />
      ) : !list.data ? (
        <Loading />
      ) : (
        <>
          <p className="result-count" role="status">
            {t('initiatives.found', { count: list.data.total, n: f.number(list.data.total) })}
          </p>
          {list.data.items.length ? (
            <ul className="in-list">
              {list.data.items.map((i) => (
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
      )}
    </div>
  );
}
