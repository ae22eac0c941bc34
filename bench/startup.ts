/**
 * bench/startup: the CPU a `gorod` command spends before its work, compiled (dist/server/, what bin/gorod.js runs)
 * against two baselines in the same run, in turns: the sources run through tsx (GOROD_TSX=1), and how every command
 * started before the build (through tsx, loading every module, the server and the database code first): `gorod --help` and `gorod pb compute` on a small pabulib file (its computing takes milliseconds, so
 * the figure is the start-up). Each run's CPU (user + system, every thread of the process) is read by the process
 * itself as it exits. Target: under 0.5 s of CPU each, compiled. Prints figures to stdout, progress to stderr; no
 * timed assertions. Run: `node --import tsx bench/startup.ts` (also part of `npm run bench`); BENCH_STARTUP_ROUNDS
 * sets the runs per command (default 3).
 */
import { spawnSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

if (process.env.BENCH_STARTUP_BEFORE === '1') {
  // the baseline: what `gorod` loaded before any command ran, until the command line loaded only what a command runs
  await Promise.all([import('../src/modules.js'), import('../src/app.js'), import('../src/runtime.js')]);
  await import('../src/main.js');
} else await main();

async function main() {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const bin = path.join(root, 'bin', 'gorod.js');
  const rounds = Math.max(1, Number(process.env.BENCH_STARTUP_ROUNDS ?? 3));
  const targetSeconds = 0.5;
  const smallElection = path.join(root, 'data', 'pabulib', 'poland_czestochowa_2020_grabowka.pb');

  // the compiled server must be current, or the first compiled run would include compiling it
  const build = spawnSync(process.execPath, [path.join(root, 'scripts', 'build-server.mjs')], { stdio: ['ignore', 'ignore', 'inherit'] });
  if (build.status !== 0) throw new Error('compiling the server failed');

  // loaded before the command: on exit, prints the process's own CPU seconds (all its threads) to stderr
  const reportCpu = `data:text/javascript,${encodeURIComponent(
    "process.on('exit', () => { const u = process.cpuUsage(); process.stderr.write(`\\nGOROD_CPU ${(u.user + u.system) / 1e6}\\n`); });",
  )}`;

  type Way = 'compiled' | 'tsx' | 'before';
  /** One run's CPU seconds. */
  function cpuSeconds(args: string[], way: Way): number {
    const env = { ...process.env, GOROD_TSX: way === 'tsx' ? '1' : '0', BENCH_STARTUP_BEFORE: way === 'before' ? '1' : '0' };
    const entry = way === 'before' ? ['--import', 'tsx', fileURLToPath(import.meta.url)] : [bin];
    const res = spawnSync(process.execPath, ['--import', reportCpu, ...entry, ...args], { cwd: root, env, encoding: 'utf8' });
    // a source edited since the build makes this run compile first: not start-up, so it runs again
    if (way === 'compiled' && res.stderr.includes('gorod: compiled the server')) return cpuSeconds(args, way);
    const m = /GOROD_CPU ([\d.]+)/.exec(res.stderr);
    if (res.status !== 0 || !m) throw new Error(`gorod ${args.join(' ')} failed (${res.status}):\n${res.stderr}`);
    return Number(m[1]);
  }

  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const commands = [
    { label: 'gorod --help', args: ['--help'] },
    { label: 'gorod pb compute (small file)', args: ['pb', 'compute', smallElection] },
  ];

  const rows = [];
  for (const c of commands) {
    const compiled: number[] = [];
    const tsx: number[] = [];
    const before: number[] = [];
    // warm the file cache and tsx's cache of transpiled files
    for (const way of ['compiled', 'tsx', 'before'] as const) cpuSeconds(c.args, way);
    for (let i = 0; i < rounds; i++) {
      process.stderr.write(`\r${c.label}: ${i}/${rounds}`);
      compiled.push(cpuSeconds(c.args, 'compiled'));
      tsx.push(cpuSeconds(c.args, 'tsx'));
      before.push(cpuSeconds(c.args, 'before'));
    }
    process.stderr.write(`\r${c.label}: ${rounds}/${rounds}\n`);
    rows.push({ label: c.label, compiled: median(compiled), tsx: median(tsx), before: median(before) });
  }

  process.stdout.write(`Start-up — ${new Date().toISOString()} — node ${process.version}, ${os.cpus().length} cores, medians of ${rounds} runs in turns\n\n`);
  process.stdout.write(
    '| command | compiled CPU s | sources through tsx CPU s | before: tsx, everything loaded CPU s | before / compiled |\n| --- | ---: | ---: | ---: | ---: |\n',
  );
  for (const r of rows) {
    process.stdout.write(`| ${r.label} | ${r.compiled.toFixed(2)} | ${r.tsx.toFixed(2)} | ${r.before.toFixed(2)} | ${(r.before / r.compiled).toFixed(1)}× |\n`);
  }
  process.stdout.write('\n');
  for (const r of rows) {
    process.stdout.write(
      `${r.label}: ${r.compiled.toFixed(2)} s CPU compiled, ${r.before.toFixed(2)} s as before (target < ${targetSeconds} s): ${r.compiled < targetSeconds ? 'holds' : 'MISSED'}\n`,
    );
  }
}
