import type { z } from 'zod';
import type { commitmentEntries } from '../db/schema.js';
import type { CommitmentSourceKind } from '../domain/commitments.js';
import type { CommitmentRow } from '../use-cases/common.js';
import type { commitmentSchema, commitmentSummarySchema } from './schemas.js';

type Names = { nameRu: string; nameEn: string } | null | undefined;

/** A commitment as lists show it. */
export function presentSummary(r: CommitmentRow, department: Names, overdue: boolean): z.input<typeof commitmentSummarySchema> {
  return {
    number: r.number,
    title: r.title,
    promise: r.promise,
    sourceType: r.sourceType as CommitmentSourceKind,
    sourceId: r.sourceId,
    department: { id: r.departmentId, nameRu: department?.nameRu ?? r.departmentId, nameEn: department?.nameEn ?? r.departmentId },
    dueOn: r.dueOn,
    districtId: r.districtId,
    lat: r.lat,
    lon: r.lon,
    status: r.status,
    overdue,
    stage: r.stage,
    percent: r.percent,
    spent: r.spent,
    deliveredOn: r.deliveredOn,
    createdAt: r.createdAt.toISOString(),
  };
}

/** One commitment with its history (photos served from its own address). */
export function presentCommitment(v: {
  row: CommitmentRow;
  entries: (typeof commitmentEntries.$inferSelect)[];
  department: Names;
  source: { title: string; path: string } | null;
  overdue: boolean;
  may: { progress: boolean; deliver: boolean; dispute: boolean };
}): z.input<typeof commitmentSchema> {
  const base = `/api/commitments/${v.row.number}/photos`;
  return {
    ...presentSummary(v.row, v.department, v.overdue),
    source: v.source,
    entries: v.entries.map((e) => ({
      id: e.id,
      kind: e.kind,
      at: e.at.toISOString(),
      stage: e.stage,
      percent: e.percent,
      spent: e.spent,
      note: e.note,
      photos: e.photoIds.map((id) => ({ id, url: `${base}/${id}`, thumbUrl: `${base}/${id}/thumb` })),
    })),
    may: v.may,
  };
}
