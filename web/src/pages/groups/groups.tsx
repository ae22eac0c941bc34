import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { groupKinds, type GroupKind } from '@server/modules/groups/domain/groups.js';
import { useDistrictName, useDistricts } from '../../api/lists.js';
import { useApiQuery } from '../../api/query.js';
import type { Schema } from '../../api/types.js';
import type { MapPoint } from '../../components/city-map.js';
import { SelectField } from '../../components/fields.js';
import { Tag } from '../../components/notice.js';
import { PageHeading, useTitle } from '../../components/page.js';
import { QueryView } from '../../components/query-view.js';
import { useFormat } from '../../format.js';
import { useSession } from '../../session.js';
import { distanceText } from '../areas/area-words.js';
import { GroupsMap, NearChoice } from './groups-map.js';
import './groups.css';

const isKind = (v: string | null): v is GroupKind => (groupKinds as readonly (string | null)[]).includes(v);
const views = ['list', 'map'] as const;
type View = (typeof views)[number];

/** The list's state in the address: kind, district, mine, the "near me" point and the view. */
function readParams(params: URLSearchParams) {
  const kindParam = params.get('kind');
  const lat = Number(params.get('lat'));
  const lon = Number(params.get('lon'));
  const near: MapPoint | null = params.get('lat') && params.get('lon') && Number.isFinite(lat) && Number.isFinite(lon) ? { lat, lon } : null;
  return {
    kind: isKind(kindParam) ? kindParam : ('' as const),
    district: params.get('district') ?? '',
    mine: params.get('mine') === 'true',
    near,
    view: views.find((v) => v === params.get('view')) ?? ('list' as View),
  };
}

/**
 * Communities: filtered by kind and district, or "near me" (a point from the browser or one of the person's saved
 * places: those with a point on the map, nearest first), as a list or on the map (all kept in the address); or the
 * person's own.
 */
export function GroupsPage() {
  const { t } = useTranslation();
  const f = useFormat();
  const { me } = useSession();
  useTitle(t('groups.title'));
  const [params, setParams] = useSearchParams();
  const { kind, district, mine, near, view } = readParams(params);
  const list = useApiQuery(
    '/api/groups',
    view === 'list'
      ? {
          query: {
            limit: 50,
            ...(kind ? { kind } : {}),
            ...(district ? { district } : {}),
            ...(mine ? { mine: 'true' } : {}),
            ...(near && !mine ? { lat: near.lat, lon: near.lon } : {}),
          },
        }
      : null,
  );
  const districts = useDistricts();
  const [draft, setDraft] = useState({ kind: kind as string, district });

  /** The address with these changes (the rest kept; `mine` only by its own link). */
  const go = (next: { kind?: string; district?: string; near?: MapPoint | null; view?: View }) => {
    const p = new URLSearchParams();
    const k = next.kind ?? kind;
    const d = next.district ?? district;
    const n = next.near === undefined ? near : next.near;
    const v = next.view ?? view;
    if (k) p.set('kind', k);
    if (d) p.set('district', d);
    if (n) {
      p.set('lat', String(n.lat));
      p.set('lon', String(n.lon));
    }
    if (v !== 'list') p.set('view', v);
    setParams(p);
  };
  const href = (v: View) => {
    const p = new URLSearchParams(params);
    p.delete('mine');
    if (v === 'list') p.delete('view');
    else p.set('view', v);
    const s = p.toString();
    return s ? `/groups?${s}` : '/groups';
  };

  function apply(e: FormEvent) {
    e.preventDefault();
    go(draft);
  }

  const districtOptions = [...(districts.data ?? [])].sort((a, b) => f.collator.compare(f.name(a), f.name(b))).map((d) => ({ value: d.id, label: f.name(d) }));
  return (
    <>
      <div className="page-top">
        <PageHeading>{t('groups.title')}</PageHeading>
        {me ? (
          <Link className="button page-top__action" to="/groups/new">
            {t('groups.create')}
          </Link>
        ) : me === null ? (
          <Link className="button button--secondary page-top__action" to={`/login?next=${encodeURIComponent('/groups/new')}`}>
            {t('groups.signInToCreate')}
          </Link>
        ) : null}
      </div>
      <p className="lead">{t('groups.lead')}</p>
      <nav className="tabs" aria-label={t('groups.view.label')}>
        <ul>
          {views.map((v) => (
            <li key={v}>
              <Link to={href(v)} aria-current={v === view && !mine ? 'page' : undefined}>
                {t(`groups.view.${v}`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <form className="group-filters" onSubmit={apply} aria-label={t('groups.filtersLabel')}>
        <SelectField
          id="f-kind"
          label={t('groups.kindLabel')}
          value={draft.kind}
          onChange={(v) => setDraft((d) => ({ ...d, kind: v }))}
          options={[{ value: '', label: t('groups.anyKind') }, ...groupKinds.map((k) => ({ value: k, label: t(`groups.kind.${k}`) }))]}
        />
        <SelectField
          id="f-district"
          label={t('groups.district')}
          value={draft.district}
          onChange={(v) => setDraft((d) => ({ ...d, district: v }))}
          options={[{ value: '', label: t('groups.anyDistrict') }, ...districtOptions]}
        />
        <button className="button button--secondary" type="submit">
          {t('groups.show')}
        </button>
        {me ? (
          <Link className="group-filters__mine" to="/groups?mine=true">
            {t('groups.mine')}
          </Link>
        ) : null}
      </form>
      {mine ? null : <NearChoice near={near} onNear={(p) => go({ near: p })} />}
      {view === 'map' && !mine ? (
        <GroupsMap kind={kind} district={district} near={near} />
      ) : (
        <QueryView query={list}>
          {({ items, total }) => (
            <>
              <p role="status" className="result-count">
                {items.length ? t('groups.count', { count: total }) : near ? t('groups.near.none') : t('groups.none')}
              </p>
              <ul className="group-list">
                {items.map((g) => (
                  <GroupCard key={g.id} g={g} />
                ))}
              </ul>
            </>
          )}
        </QueryView>
      )}
    </>
  );
}

/** One community in the list: its picture, kind, name, distance ("near me"), district, members and a line of its description. */
export function GroupCard({ g }: { g: Schema<'GroupSummary'> }) {
  const { t } = useTranslation();
  const f = useFormat();
  const districtName = useDistrictName();
  return (
    <li className="group-card">
      {g.imageUrl ? <img className="group-card__image" src={`${g.imageUrl}/thumb`} alt="" width={96} height={72} loading="lazy" /> : null}
      <div className="group-card__text">
        <p className="group-card__kind">
          <Tag kind={g.kind === 'public_figure' || g.kind === 'organisation' ? 'accent' : 'neutral'}>{t(`groups.kind.${g.kind}`)}</Tag>
          {g.verified ? <Tag kind="success">{t('groups.verified')}</Tag> : null}
        </p>
        <h2 className="group-card__name">
          <Link to={`/groups/${g.id}`}>{g.name}</Link>
        </h2>
        <p className="group-card__meta">
          {[
            g.distanceMeters !== null ? t('groups.near.distance', { distance: distanceText(f, g.distanceMeters) }) : null,
            g.districtId ? districtName(g.districtId) : null,
            t('groups.members', { count: g.memberCount }),
            t(`groups.membership.${g.membership}`),
          ]
            .filter(Boolean)
            .join(' · ')}
        </p>
        <p className="group-card__excerpt">{g.excerpt}</p>
      </div>
    </li>
  );
}
