/**
 * bench/budgeting: (1) the winners of the real elections in ../shared/data/pabulib/ (and more/) — or
 * data/pabulib/ when that folder is absent — largest file first, under every rule: greedy, and equal shares
 * with utility cost/approval × completion none/add1/add1-full/add1-greedy, each against the time the same
 * process takes just to parse the file; Wieliczka 2023 equal-shares + add1 against pabutools' ~9 s.
 * (2) Ballot casting throughput on a throwaway PostgreSQL server with 100,000 verified voters: the real use
 * case (castBallot: heading + phase, eligibility, rules, upsert with a receipt) against a plain insert of the
 * same rows, in turns in the same run; target: at least half the plain insert's rate.
 * Each rule runs in a worker thread so that one taking longer than BENCH_PB_LIMIT_S (default 60) is stopped
 * and reported as such. Prints figures to stdout, progress to stderr; no timed assertions.
 * Run: `node --import tsx bench/budgeting.ts` (also part of `npm run bench`). BENCH_PB_FILES=n keeps the n
 * largest files; BENCH_PB_BALLOTS_ONLY=1 runs only the ballot casting; BENCH_BALLOTS sets how many ballots are cast (default 5,000).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import type { Completion, Utility } from '../src/modules/budgeting/domain/equal-shares.js';
import type { Actor } from '../src/core/auth/actor.js';
import { throughputInTurns } from './measure.js';

interface Case {
  rule: 'greedy' | 'equal-shares';
  utility?: Utility;
  completion?: Completion;
}
interface CaseResult {
  ms: number;
  runs: number;
  winners: number;
  repeats: number;
}
type FromWorker = { kind: 'parsed'; ms: number; voters: number; projects: number } | { kind: 'case'; index: number; result: CaseResult };

const cases: Case[] = [{ rule: 'greedy' }];
for (const utility of ['cost', 'approval'] as const) {
  for (const completion of ['none', 'add1', 'add1-full', 'add1-greedy'] as const) cases.push({ rule: 'equal-shares', utility, completion });
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function worker(file: string, from: number): Promise<void> {
  const { parsePb } = await import('../src/modules/budgeting/domain/pabulib.js');
  const { instanceFromPb } = await import('../src/modules/budgeting/domain/instance.js');
  const { greedy } = await import('../src/modules/budgeting/domain/greedy.js');
  const { equalShares } = await import('../src/modules/budgeting/domain/equal-shares.js');
  const text = fs.readFileSync(file, 'utf8');
  const parse = () => instanceFromPb(parsePb(text));
  const parseTimes: number[] = [];
  let inst = parse();
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    inst = parse();
    parseTimes.push(performance.now() - t0);
  }
  parentPort!.postMessage({ kind: 'parsed', ms: median(parseTimes), voters: inst.ballots.length, projects: inst.projects.length } satisfies FromWorker);
  for (let index = from; index < cases.length; index++) {
    const c = cases[index]!;
    const once = () => (c.rule === 'greedy' ? { ...greedy(inst), runs: 1 } : equalShares(inst, { utility: c.utility!, completion: c.completion! }));
    const first = performance.now();
    let out = once(); // a warm-up, or the only run of a slow case
    const firstMs = performance.now() - first;
    const times: number[] = firstMs > 500 ? [firstMs] : [];
    let spent = 0;
    while (times.length < 5 && spent < 1000 && firstMs <= 500) {
      const t0 = performance.now();
      out = once();
      const ms = performance.now() - t0;
      times.push(ms);
      spent += ms;
      if (ms > 500) break;
    }
    parentPort!.postMessage({
      kind: 'case',
      index,
      result: { ms: median(times), runs: out.runs, winners: out.selected.length, repeats: times.length },
    } satisfies FromWorker);
  }
}

if (!isMainThread && (workerData as { role?: string } | null)?.role === 'pb-rules') {
  const { file, from } = workerData as { file: string; from: number };
  await worker(file, from);
} else if (isMainThread) {
  await main();
}

async function main(): Promise<void> {
  const progress = (m: string) => process.stderr.write(`${m}\n`);
  const here = path.dirname(fileURLToPath(import.meta.url));
  const shared = path.resolve(here, '../../shared/data/pabulib');
  const dirs = fs.existsSync(shared) ? [shared, path.join(shared, 'more')] : [path.resolve(here, '../data/pabulib')];
  let files = dirs
    .filter((d) => fs.existsSync(d))
    .flatMap((d) =>
      fs
        .readdirSync(d)
        .filter((f) => f.endsWith('.pb'))
        .map((f) => path.join(d, f)),
    );
  files.sort((a, b) => fs.statSync(b).size - fs.statSync(a).size);
  if (process.env.BENCH_PB_FILES) files = files.slice(0, Number(process.env.BENCH_PB_FILES));
  const limitMs = Number(process.env.BENCH_PB_LIMIT_S ?? 60) * 1000;
  // a worker does not inherit the TypeScript loader: it registers tsx, then loads this file
  const bootstrap = new URL(
    `data:text/javascript,${encodeURIComponent(`import { register } from ${JSON.stringify(import.meta.resolve('tsx/esm/api'))}; register(); await import(${JSON.stringify(import.meta.url)});`)}`,
  );

  interface Row {
    file: string;
    bytes: number;
    voters: number;
    projects: number;
    parseMs: number;
    results: (CaseResult | 'limit')[];
  }
  if (process.env.BENCH_PB_BALLOTS_ONLY) {
    await castingBench(progress);
    return;
  }
  if (process.env.BENCH_PB_ADD1_ONLY) {
    await add1Bench(shared, progress);
    return;
  }
  const rows: Row[] = [];
  const started = performance.now();
  for (const file of files) {
    const row: Row = { file: path.basename(file), bytes: fs.statSync(file).size, voters: 0, projects: 0, parseMs: 0, results: [] };
    progress(`${row.file} (${(row.bytes / 1e6).toFixed(2)} MB)`);
    let from = 0;
    while (from < cases.length) {
      from = await new Promise<number>((resolve, reject) => {
        const w = new Worker(bootstrap, { workerData: { role: 'pb-rules', file, from } });
        let next = from;
        let timer: NodeJS.Timeout | undefined;
        const arm = () => {
          clearTimeout(timer);
          timer = setTimeout(() => {
            row.results[next] = 'limit';
            progress(`  ${label(cases[next]!)}: stopped after ${limitMs / 1000} s`);
            void w.terminate().then(() => resolve(next + 1));
          }, limitMs);
        };
        w.on('message', (m: FromWorker) => {
          if (m.kind === 'parsed') Object.assign(row, { parseMs: m.ms, voters: m.voters, projects: m.projects });
          else {
            row.results[m.index] = m.result;
            progress(`  ${label(cases[m.index]!)}: ${m.result.ms.toFixed(1)} ms${m.result.runs > 1 ? ` (${m.result.runs} runs)` : ''}`);
            next = m.index + 1;
          }
          arm();
        });
        w.on('error', (e) => {
          clearTimeout(timer);
          reject(e);
        });
        w.on('exit', () => {
          clearTimeout(timer);
          if (next >= cases.length) resolve(next);
        });
        arm();
      });
    }
    rows.push(row);
  }
  const rulesSeconds = (performance.now() - started) / 1000;

  process.stdout.write(
    `bench/budgeting — ${new Date().toISOString()} — node ${process.version}, ${os.cpus().length} cores, load average ${os.loadavg()[0]!.toFixed(1)}\n\n`,
  );
  process.stdout.write(
    `Winner rules on ${rows.length} real elections (${dirs.map((d) => path.relative(process.cwd(), d)).join(', ')}), largest first: median of up to 5 timed runs after a warm-up (a single run when one takes over 0.5 s); "× parse" is the time over the time the same process takes to parse the file into an instance.\n\n`,
  );
  process.stdout.write(
    `| file | voters | projects | parse ms | ${cases.map(label).join(' | ')} |\n| --- | ---: | ---: | ---: |${cases.map(() => ' ---: |').join('')}\n`,
  );
  for (const r of rows) {
    const cells = r.results.map((x) =>
      x === 'limit' ? `> ${limitMs / 1000} s` : `${fmt(x.ms)} (${(x.ms / r.parseMs).toFixed(1)}×${x.runs > 1 ? `, ${x.runs} runs` : ''})`,
    );
    process.stdout.write(`| ${r.file.replace(/\.pb$/, '')} | ${r.voters} | ${r.projects} | ${r.parseMs.toFixed(1)} | ${cells.join(' | ')} |\n`);
  }
  const wieliczka = rows.find((r) => r.file === 'poland_wieliczka_2023_green-budget.pb');
  const add1 = wieliczka?.results[cases.findIndex((c) => c.utility === 'cost' && c.completion === 'add1')];
  if (add1 && add1 !== 'limit') {
    process.stdout.write(
      `\nWieliczka 2023 (${wieliczka!.voters} voters, ${wieliczka!.projects} projects), equal-shares + cost + add1 (${add1.runs} runs): ${fmt(add1.ms)} — pabutools took about 9 s on this kind of machine: ${(9000 / add1.ms).toFixed(0)}× faster.\n`,
    );
  }
  process.stdout.write(`All rules on all files: ${rulesSeconds.toFixed(0)} s of wall time (workers included).\n`);

  await add1Bench(shared, progress);
  await castingBench(progress);
}

/**
 * add1 that jumps to the next raise of the share whose outcome may differ, against the 1 zł steps of the
 * definition (the reference loop, `stepByStep`), in the same process, in turns; CPU time of this thread; the
 * outcomes (share, projects, explanations) must be identical. BENCH_ADD1_REPEATS sets the turns (default 3 on
 * Wieliczka after a warm-up, 1 on Mokotów, whose runs take seconds). BENCH_PB_ADD1_ONLY=1 runs only this part.
 */
async function add1Bench(shared: string, progress: (m: string) => void): Promise<void> {
  const { parsePb } = await import('../src/modules/budgeting/domain/pabulib.js');
  const { instanceFromPb } = await import('../src/modules/budgeting/domain/instance.js');
  const { equalShares } = await import('../src/modules/budgeting/domain/equal-shares.js');
  const { toString } = await import('../src/modules/budgeting/domain/fraction.js');
  const turns = (n: number) => Number(process.env.BENCH_ADD1_REPEATS ?? n);
  const targets: { name: string; file: string; utility: Utility; targetMs?: number; repeats: number }[] = [
    { name: 'Wieliczka 2023', file: path.join(shared, 'poland_wieliczka_2023_green-budget.pb'), utility: 'cost', targetMs: 300, repeats: turns(3) },
    { name: 'Warszawa 2023 Mokotów', file: path.join(shared, 'more/poland_warszawa_2023_mokotow.pb'), utility: 'cost', targetMs: 2000, repeats: turns(1) },
    { name: 'Warszawa 2023 Mokotów', file: path.join(shared, 'more/poland_warszawa_2023_mokotow.pb'), utility: 'approval', repeats: turns(1) },
  ];
  process.stdout.write(
    `\nadd1 (float-proved raises, affine jumps, exact final run) vs 1 zł steps (same process, in turns, CPU time of the thread, median):\n\n`,
  );
  let warm = false;
  for (const t of targets) {
    if (!fs.existsSync(t.file)) {
      progress(`add1: ${t.file} is missing, skipped`);
      continue;
    }
    const inst = instanceFromPb(parsePb(fs.readFileSync(t.file, 'utf8')));
    const cpu = (f: () => unknown) => {
      const u0 = process.cpuUsage();
      const out = f();
      const u = process.cpuUsage(u0);
      return { ms: (u.user + u.system) / 1000, out };
    };
    if (!warm) {
      equalShares(inst, { utility: t.utility, completion: 'add1' });
      equalShares(inst, { utility: t.utility, completion: 'add1', stepByStep: true });
      warm = true;
    }
    const fast: number[] = [];
    const steps: number[] = [];
    let same = true;
    let runs = [0, 0];
    for (let i = 0; i < t.repeats; i++) {
      const a = cpu(() => equalShares(inst, { utility: t.utility, completion: 'add1' }));
      const b = cpu(() => equalShares(inst, { utility: t.utility, completion: 'add1', stepByStep: true }));
      fast.push(a.ms);
      steps.push(b.ms);
      const x = a.out as ReturnType<typeof equalShares>;
      const y = b.out as ReturnType<typeof equalShares>;
      runs = [x.runs, y.runs];
      same &&=
        toString(x.share) === toString(y.share) &&
        JSON.stringify({ ...x, runs: 0, share: 0, cost: 0 }) === JSON.stringify({ ...y, runs: 0, share: 0, cost: 0 });
      progress(`  ${t.name} ${t.utility} add1: ${a.ms.toFixed(0)} ms, 1 zł steps ${b.ms.toFixed(0)} ms`);
    }
    const f = median(fast);
    const s = median(steps);
    const target = t.targetMs === undefined ? '' : ` (target ≤ ${fmt(t.targetMs)}): ${f <= t.targetMs ? 'holds' : 'does not hold'}`;
    process.stdout.write(
      `- ${t.name}, equal-shares + ${t.utility} + add1: ${fmt(f)} CPU, ${runs[0]} runs${target}; 1 zł steps ${fmt(s)} (${runs[1]} runs), ${(s / f).toFixed(1)}× — outcomes ${same ? 'identical' : 'DIFFERENT'}\n`,
    );
  }
}

function label(c: Case): string {
  return c.rule === 'greedy' ? 'greedy' : `ES ${c.utility} ${c.completion}`;
}
function fmt(ms: number): string {
  return ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(ms < 10 ? 2 : 1)} ms`;
}

/** Ballot casting on PostgreSQL with 100,000 verified voters: castBallot against a plain insert of the same rows. */
async function castingBench(progress: (m: string) => void): Promise<void> {
  const { sql } = await import('drizzle-orm');
  const { queryRows } = await import('../src/core/db/client.js');
  const { findPostgresBinaries } = await import('../test/postgres-server.js');
  const { cityContext, insertVerifiedResidents, withThrowawayDatabase } = await import('./throwaway-postgres.js');
  const { createCycle, createHeading, createProposal } = await import('../test/budgeting-fixtures.js');
  const { castBallot } = await import('../src/modules/budgeting/use-cases/ballots/cast-ballot.js');
  const { pbBallots } = await import('../src/modules/budgeting/db/schema.js');
  const { newReceiptCode, receiptHash } = await import('../src/modules/budgeting/use-cases/ballots/ballot-common.js');

  const voters = 100_000;
  const ballots = Math.min(voters / 2, Number(process.env.BENCH_BALLOTS ?? 5000));
  const concurrency = 8;
  const rounds = 5;
  const bindir = findPostgresBinaries();
  if (!bindir) {
    progress('No PostgreSQL server binaries: ballot casting skipped.');
    process.stdout.write('\nBallot casting: skipped (no PostgreSQL server binaries on this machine).\n');
    return;
  }
  progress(`Ballot casting: a throwaway PostgreSQL server from ${bindir}`);
  await withThrowawayDatabase(bindir, 'gorod_bench_ballots', concurrency + 2, async (database) => {
    const ctx = await cityContext(database);
    const db = database.db;
    const seconds = await insertVerifiedResidents(db, { prefix: 'voter', count: voters, districts: ['nevsky'], bornFrom: '1980-01-01', spreadDays: 8192 });
    progress(`  ${voters.toLocaleString('en')} verified voters in ${seconds.toFixed(1)} s`);
    const cycle = await createCycle(database, { phase: 'voting' });
    const heading = await createHeading(database, cycle.id, { districtId: 'nevsky', amount: '15000000.00' });
    const plain = await createHeading(database, cycle.id, { districtId: 'nevsky', amount: '15000000.00', title: 'Plain inserts' });
    const costs = ['5000000.00', '3000000.00', '2500000.00', '1200000.00', '800000.00', '4000000.00', '650000.00', '2000000.00'];
    const proposals: { id: string; number: number }[] = [];
    for (const cost of costs) proposals.push(await createProposal(database, heading, { cost }));
    const ids = (await queryRows<{ id: string }>(db, sql`select id from users where email like 'voter%' order by email limit ${2 * ballots}`)).map((r) => r.id);
    // each voter approves 1–4 projects within the budget
    const choicesOf = (i: number) => [0, 1, 2, 3].slice(0, 1 + (i % 4)).map((k) => ({ number: proposals[(i + k * 3) % proposals.length]!.number }));

    const voterActor = (userId: string): Actor => ({
      kind: 'user',
      userId,
      displayName: 'V',
      verification: 'verified',
      roles: [],
      language: 'ru',
      districtId: 'nevsky',
    });
    // in turns: a chunk of ballots through the use case, then a chunk of plain inserts, and so on; the events the
    // ballots queue (points for taking part) are dispatched by the job runner after each chunk, timed apart, as a
    // server's runner does after answering
    ctx.jobs.kick = () => undefined;
    const [cast, insert] = await throughputInTurns(ballots, concurrency, rounds, [
      { label: 'castBallot', fn: (i) => castBallot(ctx, voterActor(ids[i]!), heading.id, choicesOf(i)), settle: () => ctx.jobs.runDue() },
      {
        label: 'plain insert',
        fn: (i) => {
          const numbers = choicesOf(i).map((c) => c.number);
          return db
            .insert(pbBallots)
            .values({ headingId: plain.id, voterId: ids[ballots + i]!, receiptHash: receiptHash(newReceiptCode()), numbers, points: numbers.map(() => 1) });
        },
      },
    ]);
    const [count] = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from pb_ballots where heading_id = ${heading.id}`);
    if (count!.n !== ballots) throw new Error(`expected ${ballots} ballots, found ${count!.n}`);
    process.stdout.write(
      `\nBallot casting on PostgreSQL (throwaway server, fsync off), ${voters.toLocaleString('en')} verified voters, ${ballots.toLocaleString('en')} ballots from distinct voters, ${concurrency} at a time, in ${rounds} turns with the baseline (median turn):\n\n`,
    );
    process.stdout.write('| what | ballots/s | ms per ballot (one connection) |\n| --- | ---: | ---: |\n');
    process.stdout.write(`| plain insert of the same rows (baseline) | ${insert!.perSecond.toFixed(0)} | ${insert!.msEach.toFixed(2)} |\n`);
    process.stdout.write(
      `| castBallot (one statement once the process knows the heading: share lock, version check, the voter's verification checked, upsert with receipt, points event; the first ballot a process sees on a heading reads its facts first) | ${cast!.perSecond.toFixed(0)} | ${cast!.msEach.toFixed(2)} |\n`,
    );
    process.stdout.write(
      `\nThe job runner dispatching each first cast's event afterwards (points for taking part; between the turns, untimed above): ${cast!.settleMsEach.toFixed(2)} ms per ballot.\n`,
    );
    const ratio = cast!.perSecond / insert!.perSecond;
    process.stdout.write(`castBallot ${ratio.toFixed(2)}× the plain insert rate (target ≥ 0.5×): ${ratio >= 0.5 ? 'holds' : 'does not hold'}.\n`);
  });
}
