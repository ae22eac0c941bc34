import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../api/query.js';
import { CheckboxGroup } from '../../components/fields.js';

/**
 * People the person already writes with (the others in their conversations), as checkboxes: whom a group chat is
 * started with or who is added to one. `exclude`: those already in it. Nobody else is offered, so no one is found by
 * searching names.
 */
export function PeoplePicker({
  idPrefix,
  legend,
  picked,
  onChange,
  exclude = [],
  empty,
  error,
}: {
  idPrefix: string;
  legend: string;
  picked: string[];
  onChange(ids: string[]): void;
  exclude?: string[];
  /** Said when there is nobody to offer. */
  empty: string;
  error?: string | undefined;
}) {
  const { t } = useTranslation();
  const list = useApiQuery('/api/messages');
  const people = new Map<string, string>();
  for (const c of list.data?.items ?? []) for (const m of c.members) if (!exclude.includes(m.id)) people.set(m.id, m.displayName);
  const options = [...people].map(([value, label]) => ({ value, label })).sort((a, b) => a.label.localeCompare(b.label));
  if (list.data && !options.length) return <p className="muted">{empty}</p>;
  return (
    <CheckboxGroup idPrefix={idPrefix} legend={legend} hint={t('messages.peopleHint')} error={error} values={picked} onChange={onChange} options={options} />
  );
}
