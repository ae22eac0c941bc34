import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { descriptionLimits, groupKinds, memberListVisibilities, membershipModes, nameLimits, type GroupKind } from '@server/modules/groups/domain/groups.js';
import { api } from '../../api/client.js';
import { useDistricts } from '../../api/lists.js';
import { invalidate, useApiQuery } from '../../api/query.js';
import type { Schema } from '../../api/types.js';
import type { MapPoint } from '../../components/city-map.js';
import { ErrorSummary, fieldMessage } from '../../components/errors.js';
import { RadioGroup, SelectField, TextArea, TextField } from '../../components/fields.js';
import { Notice } from '../../components/notice.js';
import { PageHeading, useTitle } from '../../components/page.js';
import { PhotoUpload, type AttachedPhoto } from '../../components/photo-upload.js';
import { QueryView } from '../../components/query-view.js';
import { useFormat } from '../../format.js';
import { useSession } from '../../session.js';
import { useSubmit } from '../../use-submit.js';
import { GroupPointField, groupPointCodes } from './group-place.js';

const targets = {
  kind: 'f-kind-building',
  name: 'f-name',
  description: 'f-description',
  districtId: 'f-districtId',
  address: 'f-address',
  lat: 'f-map',
  lon: 'f-map',
  rules: 'f-rules',
  membership: 'f-membership-open',
  memberListVisibility: 'f-memberListVisibility',
  memberCap: 'f-memberCap',
  registrationNumber: 'f-registrationNumber',
  officeHours: 'f-officeHours',
  responsibilities: 'f-responsibilities',
  imageFileId: 'f-image',
};

/** Create a community (verified residents). */
export function NewGroupPage() {
  const { t } = useTranslation();
  const { me } = useSession();
  useTitle(t('groups.newTitle'));
  if (me && me.verification !== 'verified') {
    return (
      <div className="narrow">
        <PageHeading>{t('groups.newTitle')}</PageHeading>
        <Notice kind="info">
          <p>{t('groups.form.needVerified')}</p>
          <p>
            <Link to="/verification">{t('groups.form.verifyLink')}</Link>
          </p>
        </Notice>
      </div>
    );
  }
  return <GroupForm />;
}

/** Edit a community (its owners and admins; anyone else is told they cannot). */
export function EditGroupPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const group = useApiQuery('/api/groups/{id}', { path: { id } });
  useTitle(t('groups.editTitle'));
  return (
    <QueryView query={group}>
      {(g) =>
        g.me.canManage ? (
          <GroupForm current={g} />
        ) : (
          // the same rule as saving (403 there): the form is not offered to those who cannot save it
          <div className="narrow">
            <PageHeading>{t('groups.editTitle')}</PageHeading>
            <Notice kind="warning">
              <p>{t('groups.form.notAllowed')}</p>
              <p>
                <Link to={`/groups/${g.id}`}>{t('groups.toGroup', { name: g.name })}</Link>
              </p>
            </Notice>
          </div>
        )
      }
    </QueryView>
  );
}

function GroupForm({ current }: { current?: Schema<'Group'> }) {
  const { t } = useTranslation();
  const f = useFormat();
  const navigate = useNavigate();
  const { me } = useSession();
  const districts = useDistricts();
  const { busy, error, submit } = useSubmit();
  useTitle(current ? t('groups.editTitle') : t('groups.newTitle'), !!error);
  const [d, setD] = useState({
    kind: (current?.kind ?? 'building') as GroupKind,
    name: current?.name ?? '',
    description: current?.description ?? '',
    districtId: current?.districtId ?? me?.districtId ?? '',
    address: current?.address ?? '',
    rules: current?.rules ?? '',
    membership: current?.membership ?? 'open',
    memberListVisibility: current?.memberListVisibility ?? 'members',
    memberCap: current?.memberCap ? String(current.memberCap) : '',
    registrationNumber: current?.registrationNumber ?? '',
    officeHours: current?.officeHours ?? '',
    responsibilities: current?.responsibilities ?? '',
  });
  const [point, setPoint] = useState<MapPoint | null>(current?.lat != null && current.lon != null ? { lat: current.lat, lon: current.lon } : null);
  const [image, setImage] = useState<AttachedPhoto[]>(current?.imageUrl ? [{ id: 'kept', thumbUrl: `${current.imageUrl}/thumb` }] : []);
  const set = (k: keyof typeof d) => (v: string) => setD((x) => ({ ...x, [k]: v }));
  const verifiedKind = d.kind === 'organisation' || d.kind === 'public_figure';
  const figure = d.kind === 'public_figure';

  const body = {
    name: d.name,
    description: d.description,
    districtId: d.districtId || null,
    ...(d.kind === 'building' ? { address: d.address, lat: point?.lat ?? null, lon: point?.lon ?? null } : {}),
    rules: d.rules,
    membership: d.membership,
    memberListVisibility: d.memberListVisibility,
    memberCap: d.memberCap ? Number(d.memberCap) : null,
    ...(verifiedKind ? { registrationNumber: d.registrationNumber || null } : {}),
    ...(figure ? { officeHours: d.officeHours, responsibilities: d.responsibilities } : {}),
    ...(image[0] && image[0].id !== 'kept' ? { imageFileId: image[0].id } : !image.length && current?.imageUrl ? { imageFileId: null } : {}),
  };
  const save = submit(
    () =>
      current ? api.PATCH('/api/groups/{id}', { params: { path: { id: current.id } }, body }) : api.POST('/api/groups', { body: { ...body, kind: d.kind } }),
    (g) => {
      void invalidate('/api/groups', '/api/groups/{id}');
      void navigate(`/groups/${g.id}`);
    },
    { leaving: true },
  );
  const districtOptions = [...(districts.data ?? [])].sort((a, b) => f.collator.compare(f.name(a), f.name(b))).map((x) => ({ value: x.id, label: f.name(x) }));

  return (
    <div className="narrow">
      <p>
        <Link className="back-link" to={current ? `/groups/${current.id}` : '/groups'}>
          {current ? t('groups.toGroup', { name: current.name }) : t('groups.back')}
        </Link>
      </p>
      <ErrorSummary error={error} targets={targets} codeFields={groupPointCodes} />
      <PageHeading>{current ? t('groups.editTitle') : t('groups.newTitle')}</PageHeading>
      <form onSubmit={save} noValidate>
        {current ? null : (
          <RadioGroup
            idPrefix="f-kind"
            legend={t('groups.form.kind')}
            hint={t('groups.form.kindHint')}
            value={d.kind}
            onChange={set('kind')}
            error={fieldMessage(error, 'kind')}
            options={groupKinds.map((k) => ({ value: k, label: t(`groups.kind.${k}`) }))}
          />
        )}
        <TextField
          id="f-name"
          label={t('groups.form.name')}
          value={d.name}
          onChange={set('name')}
          maxLength={nameLimits.max}
          error={fieldMessage(error, 'name')}
        />
        <TextArea
          id="f-description"
          label={t('groups.form.description')}
          value={d.description}
          onChange={set('description')}
          rows={5}
          maxLength={descriptionLimits.max}
          error={fieldMessage(error, 'description')}
        />
        <SelectField
          id="f-districtId"
          label={t('groups.form.district')}
          value={d.districtId}
          onChange={set('districtId')}
          error={fieldMessage(error, 'districtId')}
          options={[{ value: '', label: t('groups.form.noDistrict') }, ...districtOptions]}
        />
        {d.kind === 'building' ? (
          <>
            <TextField id="f-address" label={t('groups.form.address')} value={d.address} onChange={set('address')} error={fieldMessage(error, 'address')} />
            <GroupPointField point={point} onPoint={setPoint} address={d.address} onAddress={set('address')} error={error} />
          </>
        ) : null}
        {verifiedKind ? (
          <TextField
            id="f-registrationNumber"
            label={t('groups.form.registration')}
            hint={t('groups.form.registrationHint')}
            value={d.registrationNumber}
            onChange={set('registrationNumber')}
            error={fieldMessage(error, 'registrationNumber')}
          />
        ) : null}
        {figure ? (
          <>
            <TextArea
              id="f-responsibilities"
              label={t('groups.form.responsibilities')}
              value={d.responsibilities}
              onChange={set('responsibilities')}
              rows={3}
              error={fieldMessage(error, 'responsibilities')}
            />
            <TextArea
              id="f-officeHours"
              label={t('groups.form.officeHours')}
              value={d.officeHours}
              onChange={set('officeHours')}
              rows={2}
              error={fieldMessage(error, 'officeHours')}
            />
          </>
        ) : null}
        <TextArea id="f-rules" label={t('groups.form.rules')} value={d.rules} onChange={set('rules')} rows={3} error={fieldMessage(error, 'rules')} />
        <RadioGroup
          idPrefix="f-membership"
          legend={t('groups.form.membership')}
          value={d.membership}
          onChange={set('membership')}
          error={fieldMessage(error, 'membership')}
          options={membershipModes.map((m) => ({ value: m, label: t(`groups.membership.${m}`) }))}
        />
        <SelectField
          id="f-memberListVisibility"
          label={t('groups.form.visibility')}
          value={d.memberListVisibility}
          onChange={set('memberListVisibility')}
          error={fieldMessage(error, 'memberListVisibility')}
          options={memberListVisibilities.map((v) => ({ value: v, label: t(`groups.visibility.${v}`) }))}
        />
        <TextField
          id="f-memberCap"
          type="number"
          width="short"
          label={t('groups.form.cap')}
          value={d.memberCap}
          onChange={set('memberCap')}
          error={fieldMessage(error, 'memberCap')}
        />
        <PhotoUpload id="f-image" label={t('groups.form.image')} photos={image} onChange={setImage} max={1} error={fieldMessage(error, 'imageFileId')} />
        <button className="button" type="submit" disabled={busy}>
          {current ? t('groups.form.save') : t('groups.form.submit')}
        </button>
      </form>
    </div>
  );
}
