import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

// Starting a real Gorod server for browser journeys: the shared one (global-setup.ts) and a journey's own city.

export const root = fileURLToPath(new URL('..', import.meta.url));
const gorod = path.join(root, 'bin', 'gorod.js');
export const outputDir = path.join(root, '.test-output');

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

export function runCli(args: string[], env: NodeJS.ProcessEnv): string {
  const res = spawnSync(process.execPath, [gorod, ...args], { cwd: root, env, encoding: 'utf8', timeout: 300_000 });
  if (res.status !== 0) throw new Error(`gorod ${args[0]} failed (${res.status}):\n${res.stderr}\n${res.stdout}`);
  return res.stderr;
}

export async function waitForHealth(baseURL: string, server: ChildProcess, logFile: string): Promise<void> {
  const deadline = Date.now() + 90_000;
  let exited: number | null = null;
  server.once('exit', (code) => (exited = code ?? -1));
  while (Date.now() < deadline) {
    if (exited !== null) throw new Error(`the server exited (${exited}) before answering; log:\n${fs.readFileSync(logFile, 'utf8').slice(-3000)}`);
    try {
      const res = await fetch(`${baseURL}/api/health`);
      if (res.ok && ((await res.json()) as { status?: string }).status === 'ok') return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`the server did not answer /api/health within 90 s; log:\n${fs.readFileSync(logFile, 'utf8').slice(-3000)}`);
}

/** Signs in over HTTP; returns the session cookie and CSRF token. */
export async function signIn(baseURL: string, email: string, password: string): Promise<{ cookie: string; csrf: string }> {
  const res = await fetch(`${baseURL}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (!res.ok) throw new Error(`sign-in of ${email} failed: ${res.status} ${await res.text()}`);
  const body = (await res.json()) as { csrfToken: string };
  const cookie = res.headers
    .getSetCookie()
    .map((c) => /^gorod_session=([^;]+)/.exec(c)?.[1])
    .find(Boolean);
  if (!cookie) throw new Error('no session cookie after sign-in');
  return { cookie, csrf: body.csrfToken };
}

/** Stops a server process: SIGTERM for a graceful stop, SIGKILL after 25 s. */
export async function stopServer(server: ChildProcess): Promise<void> {
  if (server.exitCode !== null || server.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => server.once('exit', () => resolve()));
  server.kill('SIGTERM');
  const timer = setTimeout(() => server.kill('SIGKILL'), 25_000);
  await exited;
  clearTimeout(timer);
}

/** A server of its own for one journey: a temp DATA_DIR, a free port, the CLI run first, stopped by `stop()`. */
export interface GorodServer {
  baseURL: string;
  dataDir: string;
  env: NodeJS.ProcessEnv;
  cli(args: string[]): string;
  stop(): Promise<void>;
}

/**
 * Starts `gorod serve` on 127.0.0.1 with `env` added (e.g. `SEED_DEMO: '0'`) after running `before` (CLI commands on
 * the same DATA_DIR, e.g. `admin create`); maps draw outlines only (no tiles fetched). The log is .test-output/<name>.log.
 */
export async function startGorodServer(name: string, extra: NodeJS.ProcessEnv, before: string[][] = []): Promise<GorodServer> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `gorod-${name}-`));
  const port = await freePort();
  const baseURL = `http://127.0.0.1:${port}`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATA_DIR: dataDir,
    HOST: '127.0.0.1',
    PORT: String(port),
    LOG_LEVEL: 'warn',
    PUBLIC_URL: baseURL,
    MAP_TILE_URL: 'none',
    ...extra,
  };
  delete env.DATABASE_URL;
  delete env.SMTP_URL;
  const cli = (args: string[]) => runCli(args, env);
  for (const args of before) cli(args);
  fs.mkdirSync(outputDir, { recursive: true });
  const logFile = path.join(outputDir, `${name}.log`);
  const log = fs.openSync(logFile, 'w');
  const server = spawn(process.execPath, [gorod, 'serve'], { cwd: root, env, stdio: ['ignore', log, log] });
  fs.closeSync(log);
  const stop = async () => {
    await stopServer(server);
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    await waitForHealth(baseURL, server, logFile);
  } catch (err) {
    await stop();
    throw err;
  }
  return { baseURL, dataDir, env, cli, stop };
}
