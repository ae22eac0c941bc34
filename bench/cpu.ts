import fs from 'node:fs';
import { sql } from 'drizzle-orm';
import { queryRows, type Database } from '../src/core/db/client.js';
import type { TimedOperation } from './measure.js';

/** CPU time of the processes of a database server, in microseconds (0 when it runs in this process). */
export type ServerCpu = () => number;

/** CPU time a Linux process has run, in microseconds, from /proc/<pid>/schedstat (nanoseconds); 0 when gone. */
function processCpuUs(pid: number): number {
  try {
    return Number(fs.readFileSync(`/proc/${pid}/schedstat`, 'utf8').split(' ')[0]) / 1000;
  } catch {
    return 0;
  }
}

/** The parent of a Linux process, or null. */
function parentOf(pid: number): number | null {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
  } catch {
    return null;
  }
}

/**
 * The CPU time of a PostgreSQL server on this machine: its postmaster and every process it started (the
 * backends serving our pool, the writers, autovacuum), read from /proc. PGlite runs in this process (or one of
 * its threads), so process.cpuUsage already counts it: its server time is 0.
 */
export async function serverCpuOf(database: Database): Promise<ServerCpu> {
  if (database.kind !== 'postgres' || !fs.existsSync('/proc/self/schedstat')) return () => 0;
  const [me] = await queryRows<{ pid: number }>(database.db, sql`select pg_backend_pid() as pid`);
  const postmaster = parentOf(Number(me!.pid));
  if (!postmaster) return () => 0;
  let pids: number[] = [];
  const refresh = () => {
    pids = [postmaster];
    for (const name of fs.readdirSync('/proc')) {
      const pid = Number(name);
      if (Number.isInteger(pid) && parentOf(pid) === postmaster) pids.push(pid);
    }
  };
  refresh();
  let reads = 0;
  let refreshedAt = performance.now();
  // a backend that exits (the pool closes an idle connection during a long operation) keeps the time it had run, so
  // the total never goes back
  const last = new Map<number, number>();
  return () => {
    // a new backend may have started (the pool opens connections on demand): look again now and then
    if (++reads % 50 === 0 || performance.now() - refreshedAt > 1000) {
      refresh();
      refreshedAt = performance.now();
    }
    for (const pid of pids) last.set(pid, Math.max(last.get(pid) ?? 0, processCpuUs(pid)));
    let sum = 0;
    for (const v of last.values()) sum += v;
    return sum;
  };
}

/** Per operation: the median CPU time of one request (this process + the server) and the median wall time, in ms. */
export interface CpuFigure {
  label: string;
  cpuMs: number;
  appCpuMs: number;
  serverCpuMs: number;
  wallMs: number;
}

/**
 * CPU per request of several operations, in turns: each round runs `batch` calls of every operation one after the
 * other and reads the CPU time this process (process.cpuUsage: every thread, PGlite's included) and the database
 * server (`server`) spent on each batch; the figures are medians over rounds, per request. CPU time, unlike wall
 * time, barely moves when other work shares the machine, so ratios stay honest on a busy one.
 */
export async function measureCpuInTurns(rounds: number, ops: TimedOperation[], server: ServerCpu, batch = 10, warmupRounds = 3): Promise<CpuFigure[]> {
  const app = ops.map(() => [] as number[]);
  const srv = ops.map(() => [] as number[]);
  const wall = ops.map(() => [] as number[]);
  let call = 0;
  for (let r = -warmupRounds; r < rounds; r++) {
    for (const [k, op] of ops.entries()) {
      const s0 = server();
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      for (let i = 0; i < batch; i++) await op.fn(call++);
      const t1 = performance.now();
      const c = process.cpuUsage(c0);
      const s1 = server();
      if (r < 0) continue;
      app[k]!.push((c.user + c.system) / 1000 / batch);
      srv[k]!.push((s1 - s0) / 1000 / batch);
      wall[k]!.push((t1 - t0) / batch);
    }
    if (r >= 0) process.stderr.write(`\r  round ${r + 1}/${rounds}`);
  }
  process.stderr.write('\n');
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  return ops.map((op, k) => {
    const total = app[k]!.map((a, i) => a + srv[k]![i]!);
    return { label: op.label, cpuMs: median(total), appCpuMs: median(app[k]!), serverCpuMs: median(srv[k]!), wallMs: median(wall[k]!) };
  });
}

/** One markdown table row of a CPU figure against its baseline: CPU (app + server), × baseline, wall, × baseline. */
export function cpuTableRow(backend: string, row: CpuFigure, base: CpuFigure, wallDigits = 2): string {
  return `| ${backend} | ${row.label} | ${row.cpuMs.toFixed(2)} (${row.appCpuMs.toFixed(2)} + ${row.serverCpuMs.toFixed(2)}) | ${(row.cpuMs / base.cpuMs).toFixed(1)} | ${row.wallMs.toFixed(wallDigits)} | ${(row.wallMs / base.wallMs).toFixed(1)} |\n`;
}
