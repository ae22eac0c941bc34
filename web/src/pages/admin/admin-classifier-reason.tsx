import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { extraFieldNames, locationKinds } from '@server/modules/reports/domain/classifier-rules.js';
import { api } from '../../api/client.js';
import { invalidate } from '../../api/query.js';
import type { Schema } from '../../api/types.js';
import { ErrorSummary, fieldMessage } from '../../components/errors.js';
import { Checkbox, SelectField, TextArea, TextField } from '../../components/fields.js';
import { Notice } from '../../components/notice.js';
import { useErrorTitle } from '../../components/page.js';
import { useSubmit } from '../../use-submit.js';

type ReasonPublic = Schema<'ClassifierReason'>;
type ExtraFieldName = (typeof extraFieldNames)[number];

type ReasonForm = Omit<
  ReasonPublic,
  | 'id'
  | 'categoryId'
  | 'inSeason'
  | 'premoderationDays'
  | 'resolutionDays'
  | 'answerModerationDays'
  | 'nameEn'
  | 'seasonFrom'
  | 'seasonTo'
  | 'seasonMessage'
  | 'departmentKind'
> & {
  nameEn: string;
  seasonFrom: string;
  seasonTo: string;
  seasonMessage: string;
  departmentKind: string;
  premoderationDays: string;
  resolutionDays: string;
  answerModerationDays: string;
};

const toForm = (r: ReasonPublic): ReasonForm => ({
  ...r,
  nameEn: r.nameEn ?? '',
  seasonFrom: r.seasonFrom ?? '',
  seasonTo: r.seasonTo ?? '',
  seasonMessage: r.seasonMessage ?? '',
  departmentKind: r.departmentKind ?? '',
  premoderationDays: String(r.premoderationDays),
  resolutionDays: String(r.resolutionDays),
  answerModerationDays: String(r.answerModerationDays),
});

const targets = {
  nameRu: 'f-nameRu',
  nameEn: 'f-nameEn',
  helpText: 'f-helpText',
  description: 'f-description',
  premoderationDays: 'f-premoderationDays',
  resolutionDays: 'f-resolutionDays',
  answerModerationDays: 'f-answerModerationDays',
  seasonFrom: 'f-seasonFrom',
  seasonTo: 'f-seasonTo',
  seasonMessage: 'f-seasonMessage',
  extraFields: 'f-extra-stairs',
  locationKind: 'f-locationKind',
  departmentKind: 'f-departmentKind',
};

/**
 * A problem type, everything about it: texts, deadlines in working days, photo required, extra
 * fields, season, verified accounts only, public, archived. Every change is audited by the server.
 */
export function ReasonEditor({ reason, path, onClose }: { reason: ReasonPublic; path: string; onClose(): void }) {
  const { t } = useTranslation();
  const [form, setForm] = useState<ReasonForm>(() => toForm(reason));
  const { busy, error, submit } = useSubmit();
  useErrorTitle(!!error);
  const [done, setDone] = useState(false);
  const set =
    <K extends keyof ReasonForm>(k: K) =>
    (v: ReasonForm[K]) => {
      setDone(false);
      setForm((f) => ({ ...f, [k]: v }));
    };
  const extra = (name: ExtraFieldName) => form.extraFields.find((x) => x.name === name);
  const setExtra = (name: ExtraFieldName, on: boolean, required: boolean) => {
    setDone(false);
    setForm((f) => ({
      ...f,
      extraFields: on
        ? [...f.extraFields.filter((x) => x.name !== name), { name, required }].sort(
            (a, b) => extraFieldNames.indexOf(a.name) - extraFieldNames.indexOf(b.name),
          )
        : f.extraFields.filter((x) => x.name !== name),
    }));
  };
  const days = (v: string) => (/^\d+$/.test(v.trim()) ? Number(v.trim()) : (v as unknown as number));

  const save = submit(
    () =>
      api.PATCH('/api/admin/classifier/reasons/{id}', {
        params: { path: { id: reason.id } },
        body: {
          nameRu: form.nameRu,
          nameEn: form.nameEn.trim() || null,
          helpText: form.helpText,
          description: form.description,
          photoRequired: form.photoRequired,
          extraFields: form.extraFields,
          locationKind: form.locationKind,
          seasonFrom: form.seasonFrom.trim() || null,
          seasonTo: form.seasonTo.trim() || null,
          seasonMessage: form.seasonMessage.trim() || null,
          verifiedRequired: form.verifiedRequired,
          premoderationDays: days(form.premoderationDays),
          resolutionDays: days(form.resolutionDays),
          answerModerationDays: days(form.answerModerationDays),
          departmentKind: form.departmentKind.trim() || null,
          isPublic: form.isPublic,
          archived: form.archived,
        },
      }),
    async () => {
      setDone(true);
      await invalidate('/api/classifier', '/api/classifier/reasons/{id}', '/api/classifier/search');
    },
  );

  return (
    <form onSubmit={save} noValidate className="reason-editor" aria-labelledby="edit-title">
      <p className="muted">{path}</p>
      <h2 id="edit-title">{t('adminClassifier.editReason', { id: reason.id })}</h2>
      <ErrorSummary id="reason-errors" error={error} targets={targets} />
      {done ? <Notice kind="success" title={t('adminClassifier.saved')} /> : null}
      <TextField id="f-nameRu" label={t('adminClassifier.nameRu')} value={form.nameRu} onChange={set('nameRu')} error={fieldMessage(error, 'nameRu')} />
      <TextField id="f-nameEn" label={t('adminClassifier.nameEn')} value={form.nameEn} onChange={set('nameEn')} error={fieldMessage(error, 'nameEn')} />
      <TextArea
        id="f-helpText"
        label={t('adminClassifier.helpText')}
        hint={t('adminClassifier.helpTextHint')}
        value={form.helpText}
        onChange={set('helpText')}
        rows={3}
        maxLength={2000}
        error={fieldMessage(error, 'helpText')}
      />
      <TextArea
        id="f-description"
        label={t('adminClassifier.description')}
        value={form.description}
        onChange={set('description')}
        rows={5}
        maxLength={20000}
        error={fieldMessage(error, 'description')}
      />
      <fieldset className="fieldset">
        <legend className="field__label">{t('adminClassifier.deadlines')}</legend>
        <p className="field__hint">{t('adminClassifier.deadlinesHint')}</p>
        <div className="field-row">
          <TextField
            id="f-premoderationDays"
            type="number"
            label={t('adminClassifier.premoderationDays')}
            value={form.premoderationDays}
            onChange={set('premoderationDays')}
            width="short"
            error={fieldMessage(error, 'premoderationDays')}
          />
          <TextField
            id="f-resolutionDays"
            type="number"
            label={t('adminClassifier.resolutionDays')}
            value={form.resolutionDays}
            onChange={set('resolutionDays')}
            width="short"
            error={fieldMessage(error, 'resolutionDays')}
          />
          <TextField
            id="f-answerModerationDays"
            type="number"
            label={t('adminClassifier.answerModerationDays')}
            value={form.answerModerationDays}
            onChange={set('answerModerationDays')}
            width="short"
            error={fieldMessage(error, 'answerModerationDays')}
          />
        </div>
      </fieldset>
      <fieldset className="fieldset">
        <legend className="field__label">{t('adminClassifier.rules')}</legend>
        <Checkbox id="f-photoRequired" label={t('adminClassifier.photoRequired')} checked={form.photoRequired} onChange={set('photoRequired')} />
        <Checkbox id="f-verifiedRequired" label={t('adminClassifier.verifiedRequired')} checked={form.verifiedRequired} onChange={set('verifiedRequired')} />
        <Checkbox
          id="f-isPublic"
          label={t('adminClassifier.isPublic')}
          hint={t('adminClassifier.isPublicHint')}
          checked={form.isPublic}
          onChange={set('isPublic')}
        />
        <Checkbox
          id="f-archived"
          label={t('adminClassifier.archivedLabel')}
          hint={t('adminClassifier.archivedHint')}
          checked={form.archived}
          onChange={set('archived')}
        />
      </fieldset>
      <fieldset className="fieldset">
        <legend className="field__label">{t('adminClassifier.extraFields')}</legend>
        <p className="field__hint">{t('adminClassifier.extraFieldsHint')}</p>
        {fieldMessage(error, 'extraFields') ? <p className="field__error">{fieldMessage(error, 'extraFields')}</p> : null}
        {extraFieldNames.map((n) => (
          <div className="field-row" key={n}>
            <Checkbox id={`f-extra-${n}`} label={t(`extra.${n}`)} checked={!!extra(n)} onChange={(on) => setExtra(n, on, extra(n)?.required ?? false)} />
            <Checkbox
              id={`f-extra-${n}-required`}
              label={t('adminClassifier.required')}
              checked={!!extra(n)?.required}
              disabled={!extra(n)}
              onChange={(req) => setExtra(n, true, req)}
            />
          </div>
        ))}
      </fieldset>
      <SelectField
        id="f-locationKind"
        label={t('adminClassifier.locationKind')}
        value={form.locationKind}
        onChange={(v) => set('locationKind')(v as ReasonForm['locationKind'])}
        options={locationKinds.map((k) => ({ value: k, label: t(`locationKind.${k}`) }))}
        error={fieldMessage(error, 'locationKind')}
      />
      <fieldset className="fieldset">
        <legend className="field__label">{t('adminClassifier.season')}</legend>
        <p className="field__hint">{t('adminClassifier.seasonHint')}</p>
        <div className="field-row">
          <TextField
            id="f-seasonFrom"
            label={t('adminClassifier.seasonFrom')}
            value={form.seasonFrom}
            onChange={set('seasonFrom')}
            width="short"
            error={fieldMessage(error, 'seasonFrom')}
          />
          <TextField
            id="f-seasonTo"
            label={t('adminClassifier.seasonTo')}
            value={form.seasonTo}
            onChange={set('seasonTo')}
            width="short"
            error={fieldMessage(error, 'seasonTo')}
          />
        </div>
        <TextArea
          id="f-seasonMessage"
          label={t('adminClassifier.seasonMessage')}
          value={form.seasonMessage}
          onChange={set('seasonMessage')}
          rows={2}
          maxLength={1000}
          error={fieldMessage(error, 'seasonMessage')}
        />
      </fieldset>
      <TextField
        id="f-departmentKind"
        label={t('adminClassifier.departmentKind')}
        hint={t('adminClassifier.departmentKindHint')}
        value={form.departmentKind}
        onChange={set('departmentKind')}
        width="medium"
        error={fieldMessage(error, 'departmentKind')}
      />
      <div className="form-actions">
        <button type="submit" className="button" disabled={busy}>
          {t('adminClassifier.save')}
        </button>
        <button type="button" className="button button--secondary" onClick={onClose}>
          {t('adminClassifier.close')}
        </button>
      </div>
    </form>
  );
}
