// Lists that change only with an administrator's edit or a release (districts, departments, the
// site's settings): loaded once per visit through the query cache and shared by every page.
import type { AreaGeometry } from '@server/core/geo/geo.js';
import { useFormat } from '../format.js';
import { apiQuery, queryClient, useApiQuery } from './query.js';
import type { Department, District, Schema } from './types.js';

const forTheVisit = { staleTime: Infinity } as const;

/** A district with its simplified boundary (GET /api/districts?geometry=simplified), in the server's own geometry type. */
export type DistrictWithGeometry = District & { geometry: AreaGeometry };

// the route describes the boundary as any JSON (it is GeoJSON from core/geo's simplify); the web reads it as that type
const withGeometry = (r: Schema<'CityDistrictList'>) => r.items as DistrictWithGeometry[];

/** The city's districts. */
export const useDistricts = () => useApiQuery('/api/districts', undefined, { ...forTheVisit, select: (r): District[] => r.items });
/** The districts with their boundaries, for drawing. */
export const useDistrictShapes = (enabled = true) =>
  useApiQuery('/api/districts', { query: { geometry: 'simplified' } }, { ...forTheVisit, enabled, select: withGeometry });
// retired departments too: past reports, answers, roles and audit entries still name them
const allDepartments = { query: { retired: 'include' } } as const;
/** The city's departments with their contacts, retired ones included (to name what refers to them). */
export const useDepartments = () => useApiQuery('/api/departments', allDepartments, { ...forTheVisit, select: (r): Department[] => r.items });
/** The departments still working: what pickers offer (routing, redirecting, roles, assignments), never a retired one. */
export const useWorkingDepartments = () =>
  useApiQuery('/api/departments', allDepartments, { ...forTheVisit, select: (r): Department[] => r.items.filter((d) => !d.retiredAt) });
/** How the web app draws maps and dates. */
export const useSite = () => useApiQuery('/api/site', undefined, forTheVisit);
/** Asks for the site's settings before the first render (main.tsx): every page's header needs them (settled, never rejected, when the answer is in the cache or failed). */
export const prefetchSite = (language: string): Promise<void> => queryClient.prefetchQuery({ ...apiQuery('/api/site', undefined, language), ...forTheVisit });

/** A district's name in the interface language by its id ('' for none, and while the list loads). */
export function useDistrictName(): (id: string | null | undefined) => string {
  const f = useFormat();
  const { data } = useDistricts();
  return (id) => {
    if (!id) return '';
    const d = data?.find((x) => x.id === id);
    return d ? f.name(d) : data ? id : '';
  };
}

/** The same lists for code outside React (and pages not yet on useApiQuery): the same cache, the same one request. */
export const cachedList = {
  districts: () => queryClient.fetchQuery({ ...apiQuery('/api/districts', undefined), ...forTheVisit }).then((r) => r.items),
  districtShapes: () => queryClient.fetchQuery({ ...apiQuery('/api/districts', { query: { geometry: 'simplified' } }), ...forTheVisit }).then(withGeometry),
  departments: () => queryClient.fetchQuery({ ...apiQuery('/api/departments', allDepartments), ...forTheVisit }).then((r) => r.items),
  site: () => queryClient.fetchQuery({ ...apiQuery('/api/site', undefined), ...forTheVisit }),
};
