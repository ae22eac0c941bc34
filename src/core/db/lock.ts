import crypto from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';

/** Raised when another live Gorod process serves the same embedded database folder. */
export class DataDirLockedError extends Error {
  constructor(
    readonly dataDir: string,
    readonly holder: string,
  ) {
    super(
      `Another Gorod process holds ${dataDir}${holder ? ` (${holder})` : ''}. ` +
        'Embedded PGlite allows one process per folder: stop that process, or use another DATA_DIR, ' +
        'or set DATABASE_URL to share a PostgreSQL server between processes.',
    );
  }
}

export interface DataDirLock {
  release(): Promise<void>;
}

/**
 * Takes the exclusive lock on an embedded database folder.
 *
 * The lock is a Linux abstract-namespace Unix socket named after the folder's real path: the kernel
 * frees it the moment its process dies (kill -9, power loss), so a crashed process never blocks the
 * next start, and binding it is atomic, so two starting processes cannot both win. A `gorod.pid`
 * file beside the database only tells people who holds it. Elsewhere than Linux a regular socket
 * file is used, removed when stale (nobody accepts connections on it).
 */
export async function lockDataDir(dataDir: string): Promise<DataDirLock> {
  const real = fs.realpathSync(dataDir);
  const digest = crypto.createHash('sha256').update(real).digest('hex').slice(0, 32);
  const abstract = process.platform === 'linux';
  const address = abstract ? `\0gorod-datadir-${digest}` : path.join(real, '.gorod.lock.sock');
  const pidFile = path.join(real, 'gorod.pid');
  const server = net.createServer((socket) => socket.end());
  server.unref();

  const listen = () =>
    new Promise<void>((resolve, reject) => {
      const onError = (err: Error) => reject(err);
      server.once('error', onError);
      server.listen(address, () => {
        server.off('error', onError);
        resolve();
      });
    });

  try {
    await listen();
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw err;
    if (abstract || (await isAlive(address))) {
      throw new DataDirLockedError(real, readHolder(pidFile));
    }
    fs.rmSync(address, { force: true });
    await listen();
  }
  fs.writeFileSync(pidFile, `${process.pid} ${new Date().toISOString()}\n`);
  return {
    release: () =>
      new Promise<void>((resolve) => {
        try {
          const [pid] = fs.readFileSync(pidFile, 'utf8').split(' ');
          if (pid === String(process.pid)) fs.rmSync(pidFile, { force: true });
        } catch {
          // the pid file is informational; a missing one changes nothing
        }
        server.close(() => resolve());
      }),
  };
}

function readHolder(pidFile: string): string {
  try {
    const [pid, since] = fs.readFileSync(pidFile, 'utf8').trim().split(' ');
    return `pid ${pid}, since ${since}`;
  } catch {
    return '';
  }
}

function isAlive(address: string): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(address);
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}
