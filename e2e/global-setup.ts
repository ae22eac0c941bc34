import { spawn, spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { freePort, outputDir, root, runCli, signIn, stopServer, waitForHealth } from './gorod-server.js';
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

const gorod = path.join(root, 'bin', 'gorod.js');
const adminEmail = 'e2e-admin@gorod.test';

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
    await stopServer(server);
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
