import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { causeLimits } from '@server/modules/charity/domain/charity.js';
import { api } from '../../api/client.js';
import { useDistricts } from '../../api/lists.js';
import { invalidate, useApiQuery } from '../../api/query.js';
import type { Schema } from '../../api/types.js';
import { useConfirm } from '../../components/confirm-dialog.js';
import { ErrorSummary, fieldMessage } from '../../components/errors.js';
import { RadioGroup, SelectField, TextArea, TextField } from '../../components/fields.js';
import { Notice } from '../../components/notice.js';
import { PageHeading, useErrorTitle, useTitle } from '../../components/page.js';
import { PhotoUpload, type AttachedPhoto } from '../../components/photo-upload.js';
import { QueryView } from '../../components/query-view.js';
import { useFormat } from '../../format.js';
import { useSubmit } from '../../use-submit.js';
import { AdminNav } from '../admin/admin-nav.js';
import { NotFoundPage } from '../not-found.js';
import { CauseProgress, CauseStateTag } from './cause-bits.js';
import { CauseReportForm } from './cause-report-form.js';
import './charity.css';

type CauseView = Schema<'CauseView'>;
type CauseDraft = Schema<'CauseDraft'>;

/** /admin/charity: every cause, drafts first, and the way to a new one. */
export function AdminCharityPage() {
  const { t } = useTranslation();
  useTitle(t('charity.admin.title'));
  const causes = useApiQuery('/api/admin/charity/causes');
  return (
    <>
      <AdminNav />
      <div className="charity">
        <PageHeading>{t('charity.admin.title')}</PageHeading>
        <p>{t('charity.admin.intro')}</p>
        <p>
          <Link className="button" to="/admin/charity/new">
            {t('charity.admin.new')}
          </Link>
        </p>
        <QueryView query={causes}>
          {({ items }) =>
            items.length === 0 ? (
              <p>{t('charity.none')}</p>
            ) : (
              <ul className="charity__list">
                {items.map((c) => (
                  <li key={c.id} className="card charity__item">
                    <h2 className="charity__item-title">
                      <Link to={`/admin/charity/${c.id}`}>{c.title}</Link> <CauseStateTag state={c.state} />
                    </h2>
                    <p className="charity__org">{c.organisation}</p>
                    <CauseProgress c={c} />
                  </li>
                ))}
              </ul>
            )
          }
        </QueryView>
      </div>
    </>
  );
}

interface Draft {
  title: string;
  organisation: string;
  inn: string;
  ogrn: string;
  goal: string;
  spending: string;
  targetRubles: string;
  collectedRubles: string;
  districtId: string;
  givingMethod: 'link' | 'bank';
  paymentUrl: string;
  recipient: string;
  bankName: string;
  bik: string;
  account: string;
  correspondentAccount: string;
  /** The cause's image (one at most) and what it shows. */
  photos: AttachedPhoto[];
  imageAlt: string;
  /** The verified organisation's community whose admins post the reports ('' for none). */
  groupId: string;
}
type TextKey = Exclude<keyof Draft, 'photos'>;
const empty: Draft = {
  title: '',
  organisation: '',
  inn: '',
  ogrn: '',
  goal: '',
  spending: '',
  targetRubles: '',
  collectedRubles: '0',
  districtId: '',
  givingMethod: 'link',
  paymentUrl: 'https://',
  recipient: '',
  bankName: '',
  bik: '',
  account: '',
  correspondentAccount: '',
  photos: [],
  imageAlt: '',
  groupId: '',
};
const draftOf = (c: CauseView): Draft => ({
  title: c.title,
  organisation: c.organisation,
  inn: c.inn,
  ogrn: c.ogrn ?? '',
  goal: c.goal,
  spending: c.spending,
  targetRubles: String(c.targetRubles),
  collectedRubles: String(c.collectedRubles),
  districtId: c.districtId ?? '',
  givingMethod: c.giving.method,
  paymentUrl: c.giving.paymentUrl ?? 'https://',
  recipient: c.giving.bank?.recipient ?? '',
  bankName: c.giving.bank?.bankName ?? '',
  bik: c.giving.bank?.bik ?? '',
  account: c.giving.bank?.account ?? '',
  correspondentAccount: c.giving.bank?.correspondentAccount ?? '',
  photos: c.image ? [{ id: c.image.id, thumbUrl: c.image.thumbUrl }] : [],
  imageAlt: c.image?.alt ?? '',
  groupId: c.group?.id ?? '',
});
const orNull = (s: string) => (s.trim() === '' ? null : s.trim());
const bodyOf = (d: Draft): CauseDraft => {
  const bank = d.givingMethod === 'bank';
  return {
    title: d.title,
    organisation: d.organisation,
    inn: d.inn.trim(),
    ogrn: orNull(d.ogrn),
    goal: d.goal,
    spending: d.spending,
    targetRubles: Number(d.targetRubles) || 0,
    collectedRubles: Number(d.collectedRubles) || 0,
    districtId: orNull(d.districtId),
    givingMethod: d.givingMethod,
    paymentUrl: bank ? null : orNull(d.paymentUrl),
    recipient: bank ? orNull(d.recipient) : null,
    bankName: bank ? orNull(d.bankName) : null,
    bik: bank ? orNull(d.bik) : null,
    account: bank ? orNull(d.account) : null,
    correspondentAccount: bank ? orNull(d.correspondentAccount) : null,
    imageFileId: d.photos[0]?.id ?? null,
    imageAlt: d.photos[0] ? orNull(d.imageAlt) : null,
    groupId: orNull(d.groupId),
  };
};

/** /admin/charity/new and /admin/charity/:id: the cause's form; for an existing cause also approve, close and its reports. */
export function AdminCausePage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const cause = useApiQuery('/api/charity/causes/{id}', id ? { path: { id } } : null);
  useTitle(id ? t('charity.admin.editTitle', { title: cause.data?.title ?? '' }) : t('charity.admin.newTitle'));
  if (cause.error?.status === 404 || cause.error?.status === 400) return <NotFoundPage />;
  return (
    <>
      <AdminNav />
      <div className="charity">
        <p>
          <Link className="back-link" to="/admin/charity">
            {t('charity.admin.title')}
          </Link>
        </p>
        {id ? (
          <QueryView query={cause}>
            {(c) => (
              <>
                <PageHeading>{t('charity.admin.editTitle', { title: c.title })}</PageHeading>
                <p>
                  <CauseStateTag state={c.state} /> <Link to={`/charity/${c.id}`}>{t('charity.admin.viewPublic')}</Link>
                </p>
                <CauseProgress c={c} />
                <StateActions c={c} />
                <CauseForm key={c.id} editing={c} />
                <CauseReportForm c={c} hint={t('charity.admin.organisationsLater')} />
              </>
            )}
          </QueryView>
        ) : (
          <>
            <PageHeading>{t('charity.admin.newTitle')}</PageHeading>
            <CauseForm editing={null} />
          </>
        )}
      </div>
    </>
  );
}

function StateActions({ c }: { c: CauseView }) {
  const { t } = useTranslation();
  const s = useSubmit();
  const { ask, dialog } = useConfirm();
  const refresh = () => void invalidate('/api/charity/causes/{id}', '/api/admin/charity/causes', '/api/charity/causes');
  return (
    <div>
      {s.error ? <Notice kind="error" title={s.error.message} /> : null}
      <div className="cause__actions">
        {c.state === 'draft' ? (
          <button
            type="button"
            className="button"
            disabled={s.busy}
            onClick={() => void s.run(() => api.POST('/api/admin/charity/causes/{id}/approve', { params: { path: { id: c.id } } }), refresh)}
          >
            {t('charity.admin.approve')}
          </button>
        ) : null}
        {c.state === 'approved' ? (
          <button
            type="button"
            className="button button--secondary"
            disabled={s.busy}
            onClick={async () => {
              if (
                !(await ask({
                  title: t('charity.admin.closeConfirm', { title: c.title }),
                  body: <p>{t('charity.admin.closeBody')}</p>,
                  confirm: t('charity.admin.close'),
                }))
              )
                return;
              void s.run(() => api.POST('/api/admin/charity/causes/{id}/close', { params: { path: { id: c.id } } }), refresh);
            }}
          >
            {t('charity.admin.close')}
          </button>
        ) : null}
      </div>
      {c.state === 'approved' ? <OfferDonation c={c} /> : null}
      {dialog}
    </div>
  );
}

function CauseForm({ editing }: { editing: CauseView | null }) {
  const { t } = useTranslation();
  const f = useFormat();
  const navigate = useNavigate();
  const districts = useDistricts();
  const organisations = useApiQuery('/api/groups', { query: { kind: 'organisation', limit: 50 } });
  const [draft, setDraft] = useState<Draft>(editing ? draftOf(editing) : empty);
  const [saved, setSaved] = useState(false);
  const s = useSubmit();
  useErrorTitle(s.error !== null);
  const set = (patch: Partial<Draft>) => {
    setSaved(false);
    setDraft((d) => ({ ...d, ...patch }));
  };
  const send = (e: FormEvent) =>
    s.submit(
      () =>
        editing
          ? api.PUT('/api/admin/charity/causes/{id}', { params: { path: { id: editing.id } }, body: bodyOf(draft) })
          : api.POST('/api/admin/charity/causes', { body: bodyOf(draft) }),
      (c) => {
        void invalidate('/api/admin/charity/causes', '/api/charity/causes', '/api/charity/causes/{id}');
        if (editing) setSaved(true);
        else void navigate(`/admin/charity/${c.id}`);
      },
    )(e);
  const closed = editing?.state === 'closed';
  const field = (name: TextKey, label: string, extra: { type?: 'text' | 'number'; maxLength?: number; width?: 'short' | 'full' } = {}) => (
    <TextField
      id={`cause-${name}`}
      label={label}
      value={draft[name]}
      onChange={(v) => set({ [name]: v } as Partial<Draft>)}
      error={fieldMessage(s.error, name)}
      type={extra.type ?? 'text'}
      width={extra.width ?? 'full'}
      maxLength={extra.maxLength}
    />
  );
  const targets = { ...Object.fromEntries(Object.keys(empty).map((k) => [k, `cause-${k}`])), imageFileId: 'cause-image' };
  if (closed) return null;
  return (
    <form className="card cause-form" onSubmit={send} noValidate>
      <ErrorSummary error={s.error} targets={{ ...targets, bank: 'cause-account' }} id="cause-errors" />
      {saved ? <Notice kind="success" title={t('charity.admin.saved')} /> : null}
      {field('title', t('charity.admin.causeTitle'), { maxLength: causeLimits.title.max })}
      {field('organisation', t('charity.admin.organisation'), { maxLength: causeLimits.organisation.max })}
      <SelectField
        id="cause-groupId"
        label={t('charity.admin.group')}
        hint={t('charity.admin.groupHint')}
        value={draft.groupId}
        onChange={(v) => set({ groupId: v })}
        error={fieldMessage(s.error, 'groupId')}
        options={[
          { value: '', label: t('charity.admin.noGroup') },
          ...(organisations.data?.items ?? []).filter((g) => g.verified || g.id === draft.groupId).map((g) => ({ value: g.id, label: g.name })),
        ]}
      />
      {field('inn', t('charity.admin.inn'), { width: 'short', maxLength: 12 })}
      {field('ogrn', t('charity.admin.ogrn'), { width: 'short', maxLength: 15 })}
      <TextArea
        id="cause-goal"
        label={t('charity.admin.goal')}
        value={draft.goal}
        onChange={(v) => set({ goal: v })}
        error={fieldMessage(s.error, 'goal')}
        rows={3}
        maxLength={causeLimits.goal.max}
      />
      <TextArea
        id="cause-spending"
        label={t('charity.admin.spending')}
        value={draft.spending}
        onChange={(v) => set({ spending: v })}
        error={fieldMessage(s.error, 'spending')}
        rows={3}
        maxLength={causeLimits.spending.max}
      />
      {field('targetRubles', t('charity.admin.target'), { type: 'number', width: 'short' })}
      {field('collectedRubles', t('charity.admin.collected'), { type: 'number', width: 'short' })}
      <SelectField
        id="cause-districtId"
        label={t('charity.admin.district')}
        value={draft.districtId}
        onChange={(v) => set({ districtId: v })}
        error={fieldMessage(s.error, 'districtId')}
        options={[{ value: '', label: t('charity.admin.noDistrict') }, ...(districts.data ?? []).map((d) => ({ value: d.id, label: f.name(d) }))]}
      />
      <RadioGroup
        idPrefix="cause-givingMethod"
        legend={t('charity.admin.method')}
        value={draft.givingMethod}
        onChange={(v) => set({ givingMethod: v === 'bank' ? 'bank' : 'link' })}
        error={fieldMessage(s.error, 'givingMethod')}
        options={[
          { value: 'link', label: t('charity.admin.method.link') },
          { value: 'bank', label: t('charity.admin.method.bank') },
        ]}
      />
      <PhotoUpload
        id="cause-image"
        label={t('charity.admin.image')}
        hint={t('charity.admin.imageHint')}
        photos={draft.photos}
        max={1}
        onChange={(update) => {
          setSaved(false);
          setDraft((d) => ({ ...d, photos: update(d.photos) }));
        }}
        error={fieldMessage(s.error, 'imageFileId')}
      />
      {draft.photos.length ? (
        <TextField
          id="cause-imageAlt"
          label={t('charity.admin.imageAlt')}
          hint={t('charity.admin.imageAltHint')}
          value={draft.imageAlt}
          onChange={(v) => set({ imageAlt: v })}
          error={fieldMessage(s.error, 'imageAlt')}
          maxLength={causeLimits.imageAlt.max}
        />
      ) : null}
      {draft.givingMethod === 'link' ? (
        field('paymentUrl', t('charity.admin.paymentUrl'), { maxLength: causeLimits.paymentUrl.max })
      ) : (
        <>
          {field('recipient', t('charity.admin.recipient'), { maxLength: causeLimits.recipient.max })}
          {field('bankName', t('charity.admin.bankName'), { maxLength: causeLimits.bankName.max })}
          {field('bik', t('charity.admin.bik'), { width: 'short', maxLength: 9 })}
          {field('account', t('charity.admin.account'), { maxLength: 20 })}
          {field('correspondentAccount', t('charity.admin.correspondentAccount'), { maxLength: 20 })}
        </>
      )}
      <div className="form-actions">
        <button type="submit" className="button" disabled={s.busy}>
          {editing ? t('charity.admin.save') : t('charity.admin.create')}
        </button>
      </div>
    </form>
  );
}

/** Offers a "donation to the cause" reward in the points catalogue (the points module's own route), so residents can donate points. */
function OfferDonation({ c }: { c: CauseView }) {
  const { t } = useTranslation();
  const [cost, setCost] = useState('50');
  const [offered, setOffered] = useState(false);
  const s = useSubmit();
  const send = s.submit(
    () =>
      api.POST('/api/admin/points/rewards', {
        body: {
          kind: 'donation',
          targetType: 'cause',
          targetId: c.id,
          title: t('charity.admin.rewardTitle', { title: c.title }).slice(0, 120),
          description: t('charity.admin.rewardDescription'),
          cost: Number(cost) || 0,
          stock: 1_000_000,
        },
      }),
    () => {
      setOffered(true);
      void invalidate('/api/points/rewards', '/api/admin/points/rewards');
    },
  );
  return (
    <form className="card section cause-form" onSubmit={send} noValidate aria-labelledby="cause-offer-title">
      <h2 id="cause-offer-title">{t('charity.admin.offerTitle')}</h2>
      <p className="muted">{t('charity.admin.rewardHint')}</p>
      <ErrorSummary error={s.error} targets={{ cost: 'offer-cost', targetId: 'offer-cost' }} id="offer-errors" />
      {offered ? <Notice kind="success" title={t('charity.admin.offered')} /> : null}
      <TextField
        id="offer-cost"
        label={t('charity.admin.offerCost')}
        type="number"
        width="short"
        value={cost}
        onChange={(v) => {
          setOffered(false);
          setCost(v);
        }}
        error={fieldMessage(s.error, 'cost')}
      />
      <div className="form-actions">
        <button type="submit" className="button button--secondary" disabled={s.busy}>
          {t('charity.admin.offer')}
        </button>
      </div>
    </form>
  );
}
