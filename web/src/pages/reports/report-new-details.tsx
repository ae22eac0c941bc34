import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { cleanText, textLength } from '@server/core/text/text.js';
import { extraFieldNames } from '@server/modules/reports/domain/classifier-rules.js';
import { descriptionLimits, extraValueMax, maxPhotos } from '@server/modules/reports/domain/report-rules.js';
import { fieldMessage, type FieldTargets } from '../../components/errors.js';
import { TextArea, TextField } from '../../components/fields.js';
import { PhotoUpload } from '../../components/photo-upload.js';
import { refuse, type ChosenReason, type StepProps } from './report-new-draft.js';
import { StepForm } from './report-new-step.js';

/** Details: the description (within the server's limits) and the reason's extra fields (entrance, floor…). */
export function DetailsStep({ draft, setDraft, error, setError, onContinue, reason }: StepProps & { reason: ChosenReason | undefined }) {
  const { t } = useTranslation();
  const fields = reason?.extraFields ?? [];
  const targets: FieldTargets = { description: 'f-description', ...Object.fromEntries(extraFieldNames.map((n) => [`extra.${n}`, `f-extra-${n}`])) };

  function submit(e: FormEvent) {
    e.preventDefault();
    // counted as the server counts: the cleaned text, in characters as people count them
    const length = textLength(cleanText(draft.description));
    if (length < descriptionLimits.min) return setError(refuse('description', t('newReport.descriptionShort', { min: descriptionLimits.min })));
    if (length > descriptionLimits.max) return setError(refuse('description', t('newReport.descriptionLong', { max: descriptionLimits.max })));
    for (const f of fields)
      if (f.required && !draft.extra[f.name]?.trim()) return setError(refuse(`extra.${f.name}`, t('newReport.extraRequired', { name: t(`extra.${f.name}`) })));
    onContinue();
  }

  return (
    <StepForm title={t('newReport.step.details')} lead={t('newReport.detailsLead')} error={error} targets={targets} onSubmit={submit}>
      <TextArea
        id="f-description"
        label={t('newReport.description')}
        hint={t('newReport.descriptionHint', { min: descriptionLimits.min, max: descriptionLimits.max })}
        value={draft.description}
        onChange={(v) => setDraft((d) => ({ ...d, description: v }))}
        rows={6}
        maxLength={descriptionLimits.max}
        error={fieldMessage(error, 'description')}
      />
      {fields.map((fd) => (
        <TextField
          key={fd.name}
          id={`f-extra-${fd.name}`}
          label={fd.required ? t(`extra.${fd.name}`) : t('newReport.optional', { label: t(`extra.${fd.name}`) })}
          hint={t(`extra.${fd.name}.hint`)}
          value={draft.extra[fd.name] ?? ''}
          onChange={(v) => setDraft((d) => ({ ...d, extra: { ...d.extra, [fd.name]: v } }))}
          width={fd.name === 'phone' ? 'medium' : 'short'}
          autoComplete={fd.name === 'phone' ? 'tel' : 'off'}
          maxLength={extraValueMax}
          error={fieldMessage(error, `extra.${fd.name}`)}
        />
      ))}
    </StepForm>
  );
}

/** Photos: up to the server's limit, required when the reason asks for them. */
export function PhotosStep({ draft, setDraft, error, setError, onContinue, reason }: StepProps & { reason: ChosenReason | undefined }) {
  const { t } = useTranslation();
  const required = !!reason?.photoRequired;

  function submit(e: FormEvent) {
    e.preventDefault();
    if (required && !draft.photos.length) return setError(refuse('photoIds', t('newReport.photoRequired')));
    onContinue();
  }

  return (
    <StepForm
      title={required ? t('newReport.step.photosRequired') : t('newReport.step.photos')}
      lead={required ? t('newReport.photosLeadRequired') : t('newReport.photosLead')}
      error={error}
      targets={{ photoIds: 'f-photos' }}
      onSubmit={submit}
    >
      <PhotoUpload
        id="f-photos"
        label={t('newReport.photosLabel', { max: maxPhotos })}
        hint={t('newReport.photosHint')}
        photos={draft.photos}
        onChange={(update) => setDraft((d) => ({ ...d, photos: update(d.photos) }))}
        max={maxPhotos}
        error={fieldMessage(error, 'photoIds')}
      />
    </StepForm>
  );
}
