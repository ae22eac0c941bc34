import { useTranslation } from 'react-i18next';
import { useWorkingDepartments } from '../../api/lists.js';
import type { ApiError } from '../../api/client.js';
import { fieldMessage } from '../../components/errors.js';
import { SelectField, TextField } from '../../components/fields.js';
import { useFormat } from '../../format.js';

/**
 * Who carries out what is accepted and by when (a working day), as a form names them before the acceptance that makes
 * the commitment: a binding poll, a «Родной район» poll. `none` labels the empty choice (a default the server fills).
 */
export function CommitmentTerms(p: {
  idPrefix: string;
  hint: string;
  departmentId: string;
  dueOn: string;
  none?: string;
  error: ApiError | null;
  onChange(change: { departmentId?: string; dueOn?: string }): void;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  const departments = useWorkingDepartments();
  return (
    <>
      <SelectField
        id={`${p.idPrefix}-department`}
        label={t('commitments.answer.department')}
        hint={p.hint}
        value={p.departmentId}
        onChange={(departmentId) => p.onChange({ departmentId })}
        error={fieldMessage(p.error, 'departmentId')}
        options={[
          { value: '', label: p.none ?? t('commitments.answer.chooseDepartment') },
          ...(departments.data ?? []).map((d) => ({ value: d.id, label: f.name(d) })).sort((a, b) => f.collator.compare(a.label, b.label)),
        ]}
      />
      <TextField
        id={`${p.idPrefix}-due`}
        type="date"
        width="medium"
        label={t('commitments.answer.dueOn')}
        value={p.dueOn}
        onChange={(dueOn) => p.onChange({ dueOn })}
        error={fieldMessage(p.error, 'dueOn')}
      />
    </>
  );
}
