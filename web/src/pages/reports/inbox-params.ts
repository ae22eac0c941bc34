import { useSearchParams } from 'react-router';
import { reportStatuses, type ReportStatus } from '@server/modules/reports/domain/lifecycle.js';
import { officialDepartments } from '../../roles.js';
import type { ApiParams } from '../../api/types.js';
import { useSession } from '../../session.js';

export const inboxPageSize = 50;

/** The inbox's filters as the address keeps them ('' for "any"). */
export interface InboxFilters {
  status: ReportStatus | '';
  district: string;
  reason: string;
  overdue: '1' | '';
  assignee: 'me' | 'none' | '';
}
export const filterNames = ['status', 'district', 'reason', 'overdue', 'assignee'] as const satisfies readonly (keyof InboxFilters)[];

const isStatus = (v: string | null): v is ReportStatus => !!v && (reportStatuses as readonly string[]).includes(v);

/**
 * The inbox's address read once: the official's departments and the one shown (the first unless
 * `department` names another of theirs), the filters, the page, the list's query for the API, and
 * links to the same inbox with some parameters changed.
 */
export function useInboxParams() {
  const { me } = useSession();
  const [params, setParams] = useSearchParams();
  const mine = officialDepartments(me);
  const asked = params.get('department');
  const department = asked && mine.includes(asked) ? asked : (mine[0] ?? '');
  const status = params.get('status');
  const assignee = params.get('assignee');
  const filters: InboxFilters = {
    status: isStatus(status) ? status : '',
    district: params.get('district') ?? '',
    reason: /^\d{1,9}$/.test(params.get('reason') ?? '') ? params.get('reason')! : '',
    overdue: params.get('overdue') === '1' ? '1' : '',
    assignee: assignee === 'me' || assignee === 'none' ? assignee : '',
  };
  const offset = Math.max(0, Math.floor(Number(params.get('offset')) || 0));
  const query: ApiParams<'/api/reports/inbox'>['query'] = {
    limit: inboxPageSize,
    departmentId: department,
    ...(filters.status ? { status: filters.status } : {}),
    ...(filters.district ? { districtId: filters.district } : {}),
    ...(filters.reason ? { reasonId: Number(filters.reason) } : {}),
    ...(filters.overdue ? { overdue: '1' as const } : {}),
    ...(filters.assignee ? { assignee: filters.assignee } : {}),
    ...(offset ? { cursor: String(offset) } : {}),
  };
  /** The inbox of a department without filters. */
  const home = (d: string) => (d === mine[0] ? '/inbox' : `/inbox?department=${encodeURIComponent(d)}`);
  /** Shows these filters (from the first page). */
  const apply = (next: InboxFilters) => {
    const p = new URLSearchParams();
    if (department !== mine[0]) p.set('department', department);
    for (const k of filterNames) if (next[k]) p.set(k, next[k]);
    setParams(p);
  };
  /** This address with some parameters changed (null removes one). */
  const link = (changes: Record<string, string | null>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(changes)) {
      if (v) next.set(k, v);
      else next.delete(k);
    }
    return `?${next}`;
  };
  return { mine, department, filters, offset, query, home, apply, link, filtered: filterNames.some((k) => filters[k]) };
}
