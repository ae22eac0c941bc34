import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ErrorSummary, fieldMessage } from '../../components/errors.js';
import { Checkbox, TextArea, TextField } from '../../components/fields.js';
import { Notice, Tag } from '../../components/notice.js';
import { Pagination } from '../../components/pagination.js';
import { LoadError, Loading, PageHeading, useErrorTitle, useTitle } from '../../components/page.js';
import { PhotoUpload, type AttachedPhoto } from '../../components/photo-upload.js';
import { useFormat } from '../../format.js';
import { useLoad } from '../../use-load.js';
import { useSubmit } from '../../use-submit.js';
import {
  adminAdjust,
  adminCreateReward,
  adminGetRedemptions,
  adminGetRewards,
  adminSetLevels,
  adminSetRule,
  adminUpdateReward,
  getLevels,
  getRules,
  type Level,
  type Reward,
  type Rule,
} from '../points-api.js';
import { AdminNav } from './admin-nav.js';

/** /admin/points: points per action, levels, the rewards catalogue, rewards received, and manual adjustments. */
export function AdminPointsPage() {
  const { t } = useTranslation();
  useTitle(t('adminPoints.title'));
  return (
    <>
      <AdminNav />
      <PageHeading>{t('adminPoints.title')}</PageHeading>
      <Rewards />
      <Rules />
      <Levels />
      <Adjust />
      <Redemptions />
    </>
  );
}

function Rules() {
  const { t } = useTranslation();
  const rules = useLoad('admin-point-rules', getRules);
  const [items, setItems] = useState<Rule[] | null>(null);
  const [draft, setDraft] = useState<Record<string, string>>({});
  const s = useSubmit();
  const shown = items ?? rules.data;
  return (
    <section className="section" aria-labelledby="ap-rules-title">
      <h2 id="ap-rules-title">{t('adminPoints.rulesTitle')}</h2>
      <p>{t('adminPoints.rulesText')}</p>
      {s.error ? <Notice kind="error" title={s.error.message} /> : null}
      {rules.error ? (
        <LoadError error={rules.error} retry={rules.reload} />
      ) : !shown ? (
        <Loading />
      ) : (
        <ul className="admin-points__rules">
          {shown.map((r) => (
            <li key={r.action} className="card">
              <form className="admin-points__rule" onSubmit={s.submit(() => adminSetRule(r.action, Number(draft[r.action] ?? r.points)), setItems)}>
                <TextField
                  id={`rule-${r.action}`}
                  label={t(`points.action.${r.action}`)}
                  hint={[t('adminPoints.default', { points: r.defaultPoints }), r.available ? '' : t('adminPoints.coming')].filter(Boolean).join(' · ')}
                  type="number"
                  width="short"
                  min="0"
                  value={draft[r.action] ?? String(r.points)}
                  onChange={(v) => setDraft((d) => ({ ...d, [r.action]: v }))}
                />
                <button type="submit" className="button button--secondary" disabled={s.busy}>
                  {t('adminPoints.save')}
                </button>
              </form>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function Levels() {
  const { t } = useTranslation();
  const levels = useLoad('admin-point-levels', getLevels);
  const [draft, setDraft] = useState<Level[] | null>(null);
  const [saved, setSaved] = useState(false);
  const s = useSubmit();
  const shown = draft ?? levels.data;
  const change = (i: number, patch: Partial<Level>) => setDraft((shown ?? []).map((l, j) => (j === i ? { ...l, ...patch } : l)));
  return (
    <section className="section" aria-labelledby="ap-levels-title">
      <h2 id="ap-levels-title">{t('adminPoints.levelsTitle')}</h2>
      <p>{t('adminPoints.levelsText')}</p>
      {s.error ? <Notice kind="error" title={s.error.message} /> : saved ? <Notice kind="success" title={t('adminPoints.saved')} /> : null}
      {levels.error ? (
        <LoadError error={levels.error} retry={levels.reload} />
      ) : !shown ? (
        <Loading />
      ) : (
        <form
          onSubmit={s.submit(
            () => adminSetLevels(shown),
            (items) => {
              setDraft(items);
              setSaved(true);
            },
          )}
        >
          {shown.map((l, i) => (
            <fieldset key={i} className="card admin-points__level">
              <legend>{`${i + 1}. ${l.nameRu || '…'}`}</legend>
              <TextField
                id={`level-${i}-threshold`}
                label={t('adminPoints.threshold')}
                type="number"
                width="short"
                min="0"
                value={String(l.threshold)}
                onChange={(v) => change(i, { threshold: Number(v) })}
              />
              <TextField id={`level-${i}-ru`} label={t('adminPoints.nameRu')} value={l.nameRu} onChange={(v) => change(i, { nameRu: v })} />
              <TextField id={`level-${i}-en`} label={t('adminPoints.nameEn')} value={l.nameEn} onChange={(v) => change(i, { nameEn: v })} />
              <button type="button" className="button button--secondary" onClick={() => setDraft(shown.filter((_, j) => j !== i))}>
                {t('adminPoints.removeLevel', { n: i + 1 })}
              </button>
            </fieldset>
          ))}
          <div className="form-actions">
            <button
              type="button"
              className="button button--secondary"
              onClick={() => setDraft([...shown, { threshold: (shown.at(-1)?.threshold ?? 0) + 1000, nameRu: '', nameEn: '' }])}
            >
              {t('adminPoints.addLevel')}
            </button>
            <button type="submit" className="button" disabled={s.busy}>
              {t('adminPoints.saveLevels')}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}

interface RewardDraft {
  title: string;
  description: string;
  cost: string;
  stock: string;
  validUntil: string;
  active: boolean;
  photos: AttachedPhoto[];
}
const emptyDraft: RewardDraft = { title: '', description: '', cost: '100', stock: '10', validUntil: '', active: true, photos: [] };
const draftOf = (r: Reward): RewardDraft => ({
  title: r.title,
  description: r.description,
  cost: String(r.cost),
  stock: String(r.stock),
  validUntil: r.validUntil ? r.validUntil.slice(0, 10) : '',
  active: r.active,
  photos: r.imageFileId ? [{ id: r.imageFileId, thumbUrl: `/api/files/${r.imageFileId}/thumb` }] : [],
});

function Rewards() {
  const { t } = useTranslation();
  const f = useFormat();
  const rewards = useLoad('admin-rewards', adminGetRewards);
  const [editing, setEditing] = useState<Reward | null>(null);
  const [draft, setDraft] = useState<RewardDraft>(emptyDraft);
  const s = useSubmit();
  useErrorTitle(s.error !== null);
  const set = (patch: Partial<RewardDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const send = (e: FormEvent) =>
    s.submit(
      () => {
        const input = {
          title: draft.title,
          description: draft.description,
          cost: Number(draft.cost),
          stock: Number(draft.stock),
          validUntil: draft.validUntil ? new Date(`${draft.validUntil}T23:59:59`).toISOString() : null,
          active: draft.active,
          imageFileId: draft.photos[0]?.id ?? null,
        };
        return editing ? adminUpdateReward(editing.id, input) : adminCreateReward(input);
      },
      () => {
        setEditing(null);
        setDraft(emptyDraft);
        rewards.reload();
      },
    )(e);
  const targets = {
    title: 'reward-title',
    description: 'reward-description',
    cost: 'reward-cost',
    stock: 'reward-stock',
    validUntil: 'reward-valid',
    imageFileId: 'reward-image',
  };
  return (
    <section className="section" aria-labelledby="ap-rewards-title">
      <h2 id="ap-rewards-title">{t('adminPoints.rewardsTitle')}</h2>
      {rewards.error ? (
        <LoadError error={rewards.error} retry={rewards.reload} />
      ) : !rewards.data ? (
        <Loading />
      ) : (
        <div className="table-wrap">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('adminPoints.rewardTitle')}</th>
                <th scope="col" className="numeric">
                  {t('adminPoints.cost')}
                </th>
                <th scope="col" className="numeric">
                  {t('adminPoints.stock')}
                </th>
                <th scope="col">{t('adminPoints.validUntil')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('adminPoints.change')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {rewards.data.map((r) => (
                <tr key={r.id}>
                  <td>
                    {r.title} {r.active ? null : <Tag kind="warning">{t('adminPoints.inactive')}</Tag>}
                  </td>
                  <td className="numeric">{f.number(r.cost)}</td>
                  <td className="numeric">{f.number(r.stock)}</td>
                  <td>{r.validUntil ? f.date(r.validUntil) : '—'}</td>
                  <td>
                    <button
                      type="button"
                      className="button button--secondary"
                      onClick={() => {
                        setEditing(r);
                        setDraft(draftOf(r));
                        document.getElementById('ap-reward-form')?.scrollIntoView();
                      }}
                    >
                      <span aria-hidden="true">{t('adminPoints.change')}</span>
                      <span className="visually-hidden">{t('adminPoints.editReward', { title: r.title })}</span>
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <form id="ap-reward-form" className="card admin-points__reward-form" onSubmit={send} noValidate>
        <h3>{editing ? t('adminPoints.editReward', { title: editing.title }) : t('adminPoints.newReward')}</h3>
        <ErrorSummary error={s.error} targets={targets} id="reward-errors" />
        <TextField
          id="reward-title"
          label={t('adminPoints.rewardTitle')}
          value={draft.title}
          onChange={(v) => set({ title: v })}
          error={fieldMessage(s.error, 'title')}
          maxLength={120}
        />
        <TextArea
          id="reward-description"
          label={t('adminPoints.description')}
          value={draft.description}
          onChange={(v) => set({ description: v })}
          error={fieldMessage(s.error, 'description')}
          rows={3}
          maxLength={2000}
        />
        <TextField
          id="reward-cost"
          label={t('adminPoints.cost')}
          type="number"
          width="short"
          min="1"
          value={draft.cost}
          onChange={(v) => set({ cost: v })}
          error={fieldMessage(s.error, 'cost')}
        />
        <TextField
          id="reward-stock"
          label={t('adminPoints.stock')}
          type="number"
          width="short"
          min="0"
          value={draft.stock}
          onChange={(v) => set({ stock: v })}
          error={fieldMessage(s.error, 'stock')}
        />
        <TextField
          id="reward-valid"
          label={t('adminPoints.validUntil')}
          type="date"
          width="short"
          value={draft.validUntil}
          onChange={(v) => set({ validUntil: v })}
          error={fieldMessage(s.error, 'validUntil')}
        />
        <PhotoUpload
          id="reward-image"
          label={t('adminPoints.image')}
          photos={draft.photos}
          max={1}
          onChange={(update) => setDraft((d) => ({ ...d, photos: update(d.photos) }))}
          error={fieldMessage(s.error, 'imageFileId')}
        />
        <Checkbox id="reward-active" label={t('adminPoints.active')} checked={draft.active} onChange={(v) => set({ active: v })} />
        <div className="form-actions">
          <button type="submit" className="button" disabled={s.busy}>
            {editing ? t('adminPoints.save') : t('adminPoints.create')}
          </button>
        </div>
      </form>
    </section>
  );
}

function Adjust() {
  const { t } = useTranslation();
  const [userId, setUserId] = useState('');
  const [delta, setDelta] = useState('');
  const [reason, setReason] = useState('');
  const [done, setDone] = useState<{ displayName: string; balance: number } | null>(null);
  const s = useSubmit();
  return (
    <section className="section" aria-labelledby="ap-adjust-title">
      <h2 id="ap-adjust-title">{t('adminPoints.adjustTitle')}</h2>
      <p>{t('adminPoints.adjustText')}</p>
      <form
        className="card"
        noValidate
        onSubmit={s.submit(
          () => adminAdjust({ userId: userId.trim(), delta: Number(delta), reason }),
          (r) => setDone(r),
        )}
      >
        <ErrorSummary error={s.error} targets={{ userId: 'adjust-user', delta: 'adjust-delta', reason: 'adjust-reason' }} id="adjust-errors" />
        {done && !s.error ? <Notice kind="success" title={t('adminPoints.adjusted', { name: done.displayName, balance: done.balance })} /> : null}
        <TextField
          id="adjust-user"
          label={t('adminPoints.userId')}
          value={userId}
          onChange={setUserId}
          error={fieldMessage(s.error, 'userId')}
          spellCheck={false}
        />
        <TextField
          id="adjust-delta"
          label={t('adminPoints.delta')}
          type="number"
          width="short"
          value={delta}
          onChange={setDelta}
          error={fieldMessage(s.error, 'delta')}
        />
        <TextField
          id="adjust-reason"
          label={t('adminPoints.reason')}
          value={reason}
          onChange={setReason}
          error={fieldMessage(s.error, 'reason')}
          maxLength={500}
        />
        <button type="submit" className="button" disabled={s.busy}>
          {t('adminPoints.adjust')}
        </button>
      </form>
    </section>
  );
}

/** How many redemptions a page lists (the route's own limit is 100). */
const redemptionsPageSize = 50;

function Redemptions() {
  const { t } = useTranslation();
  const f = useFormat();
  // the page of redemptions is in the address (?redemptions=offset), so Back and a shared link keep it
  const [params] = useSearchParams();
  const offset = Math.max(0, Math.floor(Number(params.get('redemptions')) || 0));
  const list = useLoad(`admin-redemptions-${offset}`, () => adminGetRedemptions(offset, redemptionsPageSize));
  const href = (o: number) => {
    const next = new URLSearchParams(params);
    if (o > 0) next.set('redemptions', String(o));
    else next.delete('redemptions');
    return `/admin/points${next.toString() ? `?${next.toString()}` : ''}#ap-redemptions-title`;
  };
  return (
    <section className="section" aria-labelledby="ap-redemptions-title">
      <h2 id="ap-redemptions-title">{t('adminPoints.redemptionsTitle')}</h2>
      {list.error ? (
        <LoadError error={list.error} retry={list.reload} />
      ) : !list.data ? (
        <Loading />
      ) : list.data.items.length === 0 ? (
        <p>{t('adminPoints.noRedemptions')}</p>
      ) : (
        <div className="table-wrap">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('adminPoints.when')}</th>
                <th scope="col">{t('adminPoints.who')}</th>
                <th scope="col">{t('adminPoints.rewardTitle')}</th>
                <th scope="col">{t('points.codeFor')}</th>
              </tr>
            </thead>
            <tbody>
              {list.data.items.map((r) => (
                <tr key={r.id}>
                  <td>{f.dateTime(r.createdAt)}</td>
                  <td>{r.displayName}</td>
                  <td>{r.rewardTitle}</td>
                  <td>
                    <code>{r.code}</code>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <Pagination offset={offset} pageSize={redemptionsPageSize} total={list.data.total} href={href} />
        </div>
      )}
    </section>
  );
}
