import { useTranslation } from 'react-i18next';
import { departmentKinds } from '@server/modules/reports/domain/department-rules.js';
import type { ApiError } from '../../api/client.js';
import { useDistricts } from '../../api/lists.js';
import { fieldMessage } from '../../components/errors.js';
import { SelectField, TextField } from '../../components/fields.js';
import { useFormat } from '../../format.js';

/** What the department form holds: every field as the text in its box. */
export interface DepartmentDraft {
  nameRu: string;
  nameEn: string;
  kind: string;
  districtId: string;
  phone: string;
  email: string;
  address: string;
  website: string;
}

export const emptyDraft: DepartmentDraft = {
  nameRu: '',
  nameEn: '',
  kind: 'district_administration',
  districtId: '',
  phone: '',
  email: '',
  address: '',
  website: '',
};

/** The request body's fields from the form: empty boxes are nulls (the server clears them). */
export function draftBody(d: DepartmentDraft) {
  const orNull = (v: string) => v.trim() || null;
  return {
    nameRu: d.nameRu.trim(),
    nameEn: d.nameEn.trim(),
    kind: d.kind,
    districtId: d.districtId || null,
    phone: orNull(d.phone),
    email: orNull(d.email),
    address: orNull(d.address),
    website: orNull(d.website),
  };
}

/** Where each field's error summary link goes. */
export const draftTargets = {
  id: 'f-id',
  nameRu: 'f-nameRu',
  nameEn: 'f-nameEn',
  kind: 'f-kind',
  districtId: 'f-district',
  phone: 'f-phone',
  email: 'f-email',
  address: 'f-address',
  website: 'f-website',
  headUserId: 'f-head',
};

/** The fields of a department shared by the new-department and the edit forms. */
export function DepartmentFields({
  value,
  set,
  error,
}: {
  value: DepartmentDraft;
  set: (k: keyof DepartmentDraft) => (v: string) => void;
  error: ApiError | null;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  const districts = useDistricts();
  return (
    <>
      <TextField id="f-nameRu" label={t('adminDepartments.nameRu')} value={value.nameRu} onChange={set('nameRu')} error={fieldMessage(error, 'nameRu')} />
      <TextField id="f-nameEn" label={t('adminDepartments.nameEn')} value={value.nameEn} onChange={set('nameEn')} error={fieldMessage(error, 'nameEn')} />
      <SelectField
        id="f-kind"
        label={t('adminDepartments.kind')}
        value={value.kind}
        onChange={set('kind')}
        error={fieldMessage(error, 'kind')}
        options={departmentKinds.map((k) => ({ value: k, label: t(`departmentKind.${k}`) }))}
      />
      <SelectField
        id="f-district"
        label={t('adminDepartments.district')}
        value={value.districtId}
        onChange={set('districtId')}
        error={fieldMessage(error, 'districtId')}
        options={[
          { value: '', label: t('adminDepartments.wholeCity') },
          ...(districts.data ?? []).map((d) => ({ value: d.id, label: f.name(d) })).sort((a, b) => f.collator.compare(a.label, b.label)),
        ]}
      />
      <TextField
        id="f-phone"
        type="tel"
        label={t('department.phone')}
        hint={t('adminDepartments.phoneHint')}
        value={value.phone}
        onChange={set('phone')}
        width="medium"
        error={fieldMessage(error, 'phone')}
      />
      <TextField id="f-email" type="email" label={t('department.email')} value={value.email} onChange={set('email')} error={fieldMessage(error, 'email')} />
      <TextField id="f-address" label={t('department.address')} value={value.address} onChange={set('address')} error={fieldMessage(error, 'address')} />
      <TextField
        id="f-website"
        type="url"
        label={t('department.website')}
        hint={t('adminDepartments.websiteHint')}
        value={value.website}
        onChange={set('website')}
        error={fieldMessage(error, 'website')}
      />
    </>
  );
}
