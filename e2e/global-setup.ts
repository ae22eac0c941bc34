import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { startOidcProvider } from './oidc-provider.js';

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
    dataDir: string;
    adminEmail: string;
    adminPassword: string;
    /** A signed-in session of the e2e administrator (the `gorod_session` cookie value). */
    adminSession: string;
  }
}

const root = fileURLToPath(new URL('..', import.meta.url));
const gorod = path.join(root, 'bin', 'gorod.js');
const outputDir = path.join(root, '.test-output');
const adminEmail = 'e2e-admin@gorod.test';

function freePort(): Promise<number> {
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

function runCli(args: string[], env: NodeJS.ProcessEnv): string {
  const res = spawnSync(process.execPath, [gorod, ...args], { cwd: root, env, encoding: 'utf8', timeout: 120_000 });
  if (res.status !== 0) throw new Error(`gorod ${args[0]} failed (${res.status}):\n${res.stderr}\n${res.stdout}`);
  return res.stderr;
}

async function waitForHealth(baseURL: string, server: ChildProcess, logFile: string): Promise<void> {
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
async function signIn(baseURL: string, email: string, password: string): Promise<{ cookie: string; csrf: string }> {
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

/**
 * The demo seed creates its own administrator; the journeys need the e2e administrator to be the
 * city's only one (to see the "last administrator" refusal), so the seed's grant is revoked here.
 */
async function makeOnlyAdministrator(baseURL: string, session: { cookie: string; csrf: string }): Promise<void> {
  const headers = { cookie: `gorod_session=${session.cookie}`, 'x-csrf-token': session.csrf };
  const res = await fetch(`${baseURL}/api/admin/users?role=administrator&limit=100`, { headers });
  if (!res.ok) throw new Error(`listing administrators failed: ${res.status} ${await res.text()}`);
  const { items } = (await res.json()) as { items: { id: string; email: string; roles: { id: string; role: string }[] }[] };
  for (const user of items) {
    if (user.email === adminEmail) continue;
    for (const grant of user.roles.filter((g) => g.role === 'administrator')) {
      const del = await fetch(`${baseURL}/api/admin/users/${user.id}/roles/${grant.id}`, { method: 'DELETE', headers });
      if (!del.ok) throw new Error(`revoking ${user.email}'s administrator role failed: ${del.status} ${await del.text()}`);
    }
  }
}

/**
 * Builds the web app if stale, seeds a throwaway city in a temp DATA_DIR, creates the e2e
 * administrator and serves it on a free port (with an OpenID Connect provider beside it) until the
 * journeys end.
 */
export default async function setup(project: TestProject) {
  fs.mkdirSync(outputDir, { recursive: true });
  const build = spawnSync(process.execPath, [path.join(root, 'scripts', 'build-web-if-stale.mjs')], { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
  if (build.status !== 0) throw new Error('building the web app failed');

  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'gorod-e2e-'));
  const port = await freePort();
  const baseURL = `http://127.0.0.1:${port}`;
  // MAP_TILE_URL=none: the maps draw district outlines, so no tile is fetched from the internet
  // an identity provider on this machine: the city may switch «Sign in with …» on (it starts off)
  const oidc = await startOidcProvider(baseURL);
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATA_DIR: dataDir,
    HOST: '127.0.0.1',
    PORT: String(port),
    LOG_LEVEL: 'warn',
    PUBLIC_URL: baseURL,
    MAP_TILE_URL: 'none',
    ...oidc.env,
  };
  delete env.DATABASE_URL;
  delete env.SMTP_URL;
  const adminPassword = `E2e-${crypto.randomBytes(12).toString('base64url')}`;

  try {
    runCli(['seed'], env);
    runCli(['admin', 'create', '--email', adminEmail, '--password', adminPassword, '--name', 'E2E Admin'], env);
  } catch (err) {
    await oidc.close();
    throw err;
  }

  const logFile = path.join(outputDir, 'e2e-server.log');
  const log = fs.openSync(logFile, 'w');
  const server = spawn(process.execPath, [gorod, 'serve'], { cwd: root, env, stdio: ['ignore', log, log] });
  fs.closeSync(log);

  const teardown = async () => {
    if (server.exitCode === null && server.signalCode === null) {
      const exited = new Promise<void>((resolve) => server.once('exit', () => resolve()));
      server.kill('SIGTERM');
      const timer = setTimeout(() => server.kill('SIGKILL'), 25_000);
      await exited;
      clearTimeout(timer);
    }
    await oidc.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  };

  try {
    await waitForHealth(baseURL, server, logFile);
    const session = await signIn(baseURL, adminEmail, adminPassword);
    await makeOnlyAdministrator(baseURL, session);
    project.provide('baseURL', baseURL);
    project.provide('dataDir', dataDir);
    project.provide('adminEmail', adminEmail);
    project.provide('adminPassword', adminPassword);
    project.provide('adminSession', session.cookie);
  } catch (err) {
    await teardown();
    throw err;
  }
  return teardown;
}
