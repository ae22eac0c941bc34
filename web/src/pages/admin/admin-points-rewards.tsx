import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../../api/client.js';
import { invalidate, useApiQuery } from '../../api/query.js';
import type { Schema } from '../../api/types.js';
import { cityDayEnd, cityDayOf } from '../../city-time.js';
import { ErrorSummary, fieldMessage } from '../../components/errors.js';
import { Checkbox, TextArea, TextField } from '../../components/fields.js';
import { Tag } from '../../components/notice.js';
import { useErrorTitle } from '../../components/page.js';
import { PhotoUpload, type AttachedPhoto } from '../../components/photo-upload.js';
import { QueryView } from '../../components/query-view.js';
import { useFormat } from '../../format.js';
import { useSubmit } from '../../use-submit.js';

type Reward = Schema<'PointsReward'>;
type AdminReward = Schema<'PointsAdminReward'>;

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
  validUntil: r.validUntil ? cityDayOf(r.validUntil) : '',
  active: r.active,
  photos: r.imageFileId ? [{ id: r.imageFileId, thumbUrl: `/api/files/${r.imageFileId}/thumb` }] : [],
});

/** The rewards catalogue: its table and the form that adds a reward or changes the one picked. */
export function Rewards() {
  const { t } = useTranslation();
  const f = useFormat();
  const rewards = useApiQuery('/api/admin/points/rewards');
  const [editing, setEditing] = useState<Reward | null>(null);
  return (
    <section className="section" aria-labelledby="ap-rewards-title">
      <h2 id="ap-rewards-title">{t('adminPoints.rewardsTitle')}</h2>
      <QueryView query={rewards}>
        {({ items }) => (
          <div className="table-wrap">
            <table className="table table--stack">
              <thead>
                <tr>
                  <th scope="col">{t('adminPoints.rewardTitle')}</th>
                  <th scope="col">{t('adminPoints.kind')}</th>
                  <th scope="col" className="numeric">
                    {t('adminPoints.cost')}
                  </th>
                  <th scope="col" className="numeric">
                    {t('adminPoints.stock')}
                  </th>
                  <th scope="col">{t('adminPoints.validUntilColumn')}</th>
                  <th scope="col">
                    <span className="visually-hidden">{t('adminPoints.change')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {items.map((r) => (
                  <tr key={r.id}>
                    <td className="admin-points__reward-title">
                      {r.title} {r.active ? null : <Tag kind="warning">{t('adminPoints.inactive')}</Tag>}
                    </td>
                    <td data-label={t('adminPoints.kind')}>
                      <RewardKind r={r} />
                    </td>
                    <td className="numeric" data-label={t('adminPoints.cost')}>
                      {f.number(r.cost)}
                    </td>
                    <td className="numeric" data-label={t('adminPoints.stock')}>
                      {f.number(r.stock)}
                    </td>
                    <td data-label={t('adminPoints.validUntilColumn')}>{r.validUntil ? f.date(r.validUntil) : '—'}</td>
                    <td>
                      <button
                        type="button"
                        className="button button--secondary"
                        onClick={() => {
                          setEditing(r);
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
      </QueryView>
      <RewardForm key={editing?.id ?? 'new'} editing={editing} onDone={() => setEditing(null)} />
    </section>
  );
}

/** An item, or a donation with the cause it gives to (a link to its page; said when it is gone or not public). */
function RewardKind({ r }: { r: AdminReward }) {
  const { t } = useTranslation();
  if (r.kind !== 'donation') return <>{t('adminPoints.kind.item')}</>;
  return (
    <span data-testid="reward-donation">
      <Tag kind="accent">{t('adminPoints.kind.donation')}</Tag>{' '}
      {r.target ? (
        <>
          {t('adminPoints.givesTo')} <Link to={r.target.path}>{r.target.title}</Link>
          {r.target.visible ? null : <span className="muted"> ({t('adminPoints.targetHidden')})</span>}
        </>
      ) : (
        <span className="muted">{t('adminPoints.targetGone')}</span>
      )}
    </span>
  );
}

/** Adds a reward, or changes `editing` (keyed by it, so picking another reward starts from its values). */
function RewardForm({ editing, onDone }: { editing: Reward | null; onDone(): void }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<RewardDraft>(editing ? draftOf(editing) : emptyDraft);
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
          validUntil: draft.validUntil ? cityDayEnd(draft.validUntil) : null,
          active: draft.active,
          imageFileId: draft.photos[0]?.id ?? null,
        };
        return editing
          ? api.PATCH('/api/admin/points/rewards/{id}', { params: { path: { id: editing.id } }, body: input })
          : api.POST('/api/admin/points/rewards', { body: input });
      },
      () => {
        setDraft(emptyDraft);
        onDone();
        void invalidate('/api/admin/points/rewards', '/api/points/rewards');
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
  );
}
