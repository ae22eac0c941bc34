import { useTranslation } from 'react-i18next';
import { useWorkingDepartments, useDistricts } from '../../api/lists.js';
import { useApiQuery } from '../../api/query.js';
import { useNamed } from '../../components/report-bits.js';
import { useFormat } from '../../format.js';

/** The choices of the routing page (problem types, categories, districts, departments, sorted by name) and names by id. */
export function useRoutingOptions() {
  const { t } = useTranslation();
  const f = useFormat();
  const named = useNamed();
  const tree = useApiQuery('/api/classifier');
  const districts = useDistricts();
  const departments = useWorkingDepartments();
  const byLabel = (a: { label: string }, b: { label: string }) => f.collator.compare(a.label, b.label);
  const objects = tree.data?.objects ?? [];
  const reasons = objects
    .flatMap((o) => o.categories.flatMap((c) => c.reasons.map((r) => ({ value: String(r.id), label: `${named(r)} (${named(c)})` }))))
    .sort(byLabel);
  const categories = objects.flatMap((o) => o.categories.map((c) => ({ value: String(c.id), label: `${named(o)} — ${named(c)}` })));
  const districtOptions = (districts.data ?? []).map((d) => ({ value: d.id, label: f.name(d) })).sort(byLabel);
  const departmentOptions = (departments.data ?? []).map((d) => ({ value: d.id, label: f.name(d) })).sort(byLabel);
  return {
    reasons,
    categories,
    districts: districtOptions,
    departments: departmentOptions,
    departmentName: (id: string) => departmentOptions.find((d) => d.value === id)?.label ?? id,
    districtName: (id: string | null) => (id ? (districtOptions.find((d) => d.value === id)?.label ?? id) : t('scopeType.city')),
  };
}
