import { and, eq, lte, sql } from 'drizzle-orm';
import type { Executor } from '../../../core/db/client.js';
import { cellMonth, cellOf, cellZooms, rollupCategoryId, rollupMonth } from '../domain/map-cells.js';
import { reportCells } from './schema.js';

/** What the map grid needs of a report: where, in which status and category, filed in which month. */
export interface CellFacts {
  lat: number;
  lon: number;
  status: string;
  categoryId: number;
  createdAt: Date;
}

/**
 * Adds (`delta` 1) or removes (-1) a report from the map grid at every stored zoom (its category-and-month row and the cell's roll-up row), in the caller's
 * transaction: call it with +1 when a report is filed, and with -1 for the old status and +1 for the
 * new one on every status change. Cells that reach zero are deleted.
 */
export async function applyCellDelta(tx: Executor, report: CellFacts, delta: number): Promise<void> {
  if (delta === 0) return;
  const month = cellMonth(report.createdAt);
  const rows = cellZooms.flatMap((zoom) => {
    const { x, y } = cellOf(report.lat, report.lon, zoom);
    const cell = { zoom, cellX: x, cellY: y, status: report.status, count: delta, sumLat: report.lat * delta, sumLon: report.lon * delta };
    return [
      { ...cell, categoryId: report.categoryId, month },
      { ...cell, categoryId: rollupCategoryId, month: rollupMonth },
    ];
  });
  await tx
    .insert(reportCells)
    .values(rows)
    .onConflictDoUpdate({
      target: [reportCells.zoom, reportCells.cellX, reportCells.cellY, reportCells.status, reportCells.categoryId, reportCells.month],
      set: {
        count: sql`${reportCells.count} + excluded.count`,
        sumLat: sql`${reportCells.sumLat} + excluded.sum_lat`,
        sumLon: sql`${reportCells.sumLon} + excluded.sum_lon`,
      },
    });
  if (delta < 0) {
    for (const r of rows) {
      await tx
        .delete(reportCells)
        .where(
          and(
            eq(reportCells.zoom, r.zoom),
            eq(reportCells.cellX, r.cellX),
            eq(reportCells.cellY, r.cellY),
            eq(reportCells.status, r.status),
            eq(reportCells.categoryId, r.categoryId),
            eq(reportCells.month, r.month),
            lte(reportCells.count, 0),
          ),
        );
    }
  }
}

/** Moves a report between statuses in the grid (one call per status change). */
export async function moveCells(tx: Executor, report: Omit<CellFacts, 'status'>, from: string, to: string): Promise<void> {
  if (from === to) return;
  await applyCellDelta(tx, { ...report, status: from }, -1);
  await applyCellDelta(tx, { ...report, status: to }, 1);
}
