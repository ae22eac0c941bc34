import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

/** The folder holding initdb and postgres, or null when this machine has no PostgreSQL server binaries. */
export function findPostgresBinaries(): string | null {
  const candidates: string[] = [];
  if (process.env.PG_BINDIR) candidates.push(process.env.PG_BINDIR);
  const root = '/usr/lib/postgresql';
  if (fs.existsSync(root)) {
    for (const v of fs.readdirSync(root).sort((a, b) => Number(b) - Number(a))) candidates.push(path.join(root, v, 'bin'));
  }
  const pgConfig = spawnSync('pg_config', ['--bindir'], { encoding: 'utf8' });
  if (pgConfig.status === 0) candidates.push(pgConfig.stdout.trim());
  return candidates.find((dir) => fs.existsSync(path.join(dir, 'initdb')) && fs.existsSync(path.join(dir, 'postgres'))) ?? null;
}

/** A free TCP port on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

export interface PostgresServer {
  url: string;
  /** Fast shutdown (clients are disconnected, new connections refused) keeping the data, as in a restart or failover. */
  halt(): Promise<void>;
  /** Starts a halted server again on the same port and data; resolves when it accepts connections. */
  resume(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Starts a throwaway PostgreSQL cluster in a temporary folder on a free port. initdb and postgres
 * refuse to run as root, so as root they run as the `postgres` user.
 */
export async function startPostgres(bindir: string): Promise<PostgresServer> {
  const asRoot = process.getuid?.() === 0;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gorod-pg-'));
  const dataDir = path.join(dir, 'data');
  const run = (cmd: string, args: string[]) => (asRoot ? { cmd: 'runuser', args: ['-u', 'postgres', '--', cmd, ...args] } : { cmd, args });
  if (asRoot) {
    fs.chmodSync(dir, 0o755);
    spawnSync('chown', ['postgres', dir]);
  }
  const init = run(path.join(bindir, 'initdb'), ['-D', dataDir, '-U', 'postgres', '--auth=trust', '--encoding=UTF8', '--locale=C.UTF-8', '--no-sync']);
  const res = spawnSync(init.cmd, init.args, { encoding: 'utf8' });
  if (res.status !== 0) throw new Error(`initdb failed: ${res.stderr || res.stdout}`);
  const port = await freePort();
  const start = run(path.join(bindir, 'postgres'), [
    '-D',
    dataDir,
    '-p',
    String(port),
    '-h',
    '127.0.0.1',
    '-k',
    dir,
    '-c',
    'fsync=off',
    '-c',
    'synchronous_commit=off',
    '-c',
    'full_page_writes=off',
    '-c',
    'max_connections=200',
  ]);
  const url = `postgres://postgres@127.0.0.1:${port}/postgres`;
  let child = await launch(start);
  const running = () => child.exitCode === null && child.signalCode === null;
  const halt = async () => {
    if (!running()) return;
    const exited = new Promise((r) => child.once('exit', r));
    // signal the postmaster itself: runuser does not pass signals on to it
    const pid = Number(fs.readFileSync(path.join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
    process.kill(pid, 'SIGINT'); // fast shutdown: disconnect clients, no checkpoint wait
    await exited;
  };
  return {
    url,
    halt,
    async resume() {
      if (running()) return;
      child = await launch(start);
    },
    async stop() {
      await halt();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Starts the postmaster; resolves once it accepts connections. */
async function launch(start: { cmd: string; args: string[] }): Promise<ChildProcess> {
  const child = spawn(start.cmd, start.args, { stdio: ['ignore', 'ignore', 'pipe'] });
  let log = '';
  child.stderr!.on('data', (d: Buffer) => (log += d.toString()));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`postgres did not start in 30 s: ${log}`)), 30_000);
    child.stderr!.on('data', () => {
      if (log.includes('ready to accept connections')) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.once('exit', () => {
      clearTimeout(timer);
      reject(new Error(`postgres exited: ${log}`));
    });
  });
  return child;
}
