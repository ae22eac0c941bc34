import { eq } from 'drizzle-orm';
import type { ModuleContext, Progress } from '../../../../core/module/module.js';
import { findDepartment } from '../../../city/index.js';
import { headingWinners, proposalCost } from '../../db/cycle-queries.js';
import { pbCycles, pbHeadings, pbProposals, pbResults, pbWorkMilestones, pbWorks, pbWorkUpdates } from '../../db/schema.js';
import { worksOfProposals } from '../../db/work-queries.js';
import { toMoney } from '../../domain/city-budget-sums.js';
import { divInt, mulInt, parseDecimal } from '../../domain/fraction.js';
import type { WorkStatusValue } from '../../domain/work-rules.js';
import { loadWorkCalendar } from '../../../../core/time/calendar-store.js';
import { isWorkingDay } from '../../../../core/time/calendar.js';
import { recordCommitment, syncCommitmentFromSource } from '../../../commitments/index.js';

/** The demo's department for works: the city's committee for urban improvement. */
const demoDepartment = 'committee-improvement';

/** How far along the demo works are, in turn: a finished one, one being built, and the earlier stages. */
const stages: { status: WorkStatusValue; progress: number; spentPercent: number; notes: string[] }[] = [
  {
    status: 'done',
    progress: 100,
    spentPercent: 97,
    notes: ['Проект согласован с жителями.', 'Подрядчик определён по итогам конкурса.', 'Работы завершены, объект принят комиссией.'],
  },
  { status: 'in_progress', progress: 60, spentPercent: 45, notes: ['Проект согласован с жителями.', 'Работы начаты: подготовлено основание.'] },
  { status: 'procurement', progress: 15, spentPercent: 5, notes: ['Проектная документация готова, объявлен конкурс на подрядчика.'] },
  { status: 'design', progress: 5, spentPercent: 0, notes: ['Начато проектирование.'] },
  { status: 'planned', progress: 0, spentPercent: 0, notes: [] },
];
const milestoneTitles = ['Проектирование', 'Закупка', 'Работы на месте', 'Приёмка'];

/**
 * Works for the winners of the demo's finished cycles (those with a tally): the committee for urban
 * improvement builds them, at different stages, with a history and milestones. Idempotent: winners
 * that have a work are left alone; nothing happens when no heading has results yet.
 */
export async function seedDemoWorks(ctx: ModuleContext, progress: Progress): Promise<void> {
  const db = ctx.database.db;
  if (!(await findDepartment(db, demoDepartment))) return;
  const calendar = await loadWorkCalendar(db);
  const headings = await db
    .select({ id: pbHeadings.id, year: pbCycles.year })
    .from(pbResults)
    .innerJoin(pbHeadings, eq(pbHeadings.id, pbResults.headingId))
    .innerJoin(pbCycles, eq(pbCycles.id, pbHeadings.cycleId));
  let made = 0;
  for (const heading of headings) {
    const winners = await headingWinners(db, heading.id);
    const existing = await worksOfProposals(db, winners);
    const todo = winners.filter((id) => !existing.has(id));
    if (!todo.length) continue;
    const proposals = (await Promise.all(todo.map(async (id) => (await db.select().from(pbProposals).where(eq(pbProposals.id, id)))[0]!))).sort(
      (a, b) => a.number - b.number,
    );
    await db.transaction(async (tx) => {
      for (const [i, p] of proposals.entries()) {
        const stage = stages[i % stages.length]!;
        const cost = parseDecimal(proposalCost(p));
        const spent = toMoney(divInt(mulInt(cost, BigInt(stage.spentPercent)), 100n));
        const year = heading.year + 1;
        const startedOn = stage.progress > 0 ? `${year}-04-${String(1 + (i % 20)).padStart(2, '0')}` : null;
        const finishedOn = stage.status === 'done' ? `${year}-09-${String(10 + (i % 15)).padStart(2, '0')}` : null;
        const [work] = await tx
          .insert(pbWorks)
          .values({ proposalId: p.id, departmentId: demoDepartment, status: stage.status, progress: stage.progress, spent, startedOn, finishedOn })
          .onConflictDoNothing()
          .returning({ id: pbWorks.id });
        if (!work) continue;
        const doneMilestones = stages.length - 1 - stages.indexOf(stage);
        await tx.insert(pbWorkMilestones).values(
          milestoneTitles.map((title, position) => ({
            workId: work.id,
            title,
            position,
            dueOn: `${year}-${String(3 + position * 2).padStart(2, '0')}-01`,
            doneOn: position < doneMilestones ? `${year}-${String(3 + position * 2).padStart(2, '0')}-0${1 + (i % 8)}` : null,
          })),
        );
        for (const [k, note] of stage.notes.entries()) {
          const last = k === stage.notes.length - 1;
          await tx.insert(pbWorkUpdates).values({
            workId: work.id,
            note,
            status: last ? stage.status : k === 0 ? 'design' : 'procurement',
            progress: last ? stage.progress : k * 10,
            spent: last ? spent : '0.00',
            createdAt: new Date(Date.UTC(year, 2 + k * 2, 5 + (i % 20), 9)),
          });
        }
        // each work is the city's commitment, made when the work was handed over and due by the end of November
        const handedOver = new Date(Date.UTC(year, 1, 1, 9));
        let dueOn = `${year}-11-30`;
        for (let d = 29; !isWorkingDay(dueOn, calendar); d--) dueOn = `${year}-11-${String(d).padStart(2, '0')}`;
        const source = { sourceType: 'proposal' as const, sourceId: String(p.number), timeZone: ctx.config.cityTimezone };
        await recordCommitment(tx, {
          ...source,
          title: p.title,
          promise: p.description,
          departmentId: demoDepartment,
          dueOn,
          districtId: p.districtId,
          lat: p.lat,
          lon: p.lon,
          actorId: null,
          now: handedOver,
        });
        const at = finishedOn ? new Date(`${finishedOn}T12:00:00Z`) : handedOver;
        await syncCommitmentFromSource(tx, { ...source, stage: stage.status, percent: stage.progress, spent, finishedOn, actorId: null, now: at });
        made++;
      }
    });
  }
  if (made) progress(`Works: ${made} winners being built`);
}
