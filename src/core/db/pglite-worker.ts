import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';

/**
 * The embedded database off the HTTP thread. A worker thread owns PGlite and serves it over the PostgreSQL wire
 * protocol on a private Unix socket (a folder only this user can enter); the main thread talks to it with the same
 * node-postgres driver as a PostgreSQL server, so queries, transactions and errors take one path on both backends, and
 * while PGlite executes a query the HTTP thread goes on parsing requests and writing answers.
 *
 * PGlite is one session: the worker serves one connection at a time (the pool has one), a second waits until the
 * first closes, and a connection that closes inside a transaction has it rolled back before the next one starts.
 *
 * The worker's code is a string, not a file: it runs the same under tsx, in tests and in a compiled or bundled
 * server, and imports PGlite through URLs resolved here.
 */
export interface PgliteServer {
  /** The folder of the socket, as node-postgres' `host`. */
  socketDir: string;
  /** The port that names the socket file (`.s.PGSQL.<port>`). */
  port: number;
  /** Closes PGlite (flushing it to disk), stops the worker and removes the socket folder. */
  close(): Promise<void>;
  /** Hears of the worker dying (an out-of-memory or a PGlite crash): every query after fails. */
  onExit(listener: (err: Error) => void): void;
}

const port = 5432;

const workerCode = String.raw`
const { parentPort, workerData } = require('node:worker_threads');
const net = require('node:net');
const SSL_REQUEST = 80877103, CANCEL_REQUEST = 80877102, GSS_REQUEST = 80877104, PROTOCOL_3 = 196608;
const sync = Buffer.from([0x53, 0, 0, 0, 4]);
(async () => {
  const { PGlite } = await import(workerData.pglite);
  const { cube } = await import(workerData.cube);
  const { earthdistance } = await import(workerData.earthdistance);
  const { pg_trgm } = await import(workerData.pg_trgm);
  let db;
  try {
    db = await PGlite.create(workerData.dataDir, { extensions: { cube, earthdistance, pg_trgm } });
  } catch (err) {
    parentPort.postMessage({ type: 'failed', message: String((err && err.message) || err) });
    return;
  }
  // one session: connections take turns, each holds it from its first byte until it closes
  let turn = Promise.resolve();
  const server = net.createServer((socket) => {
    socket.setNoDelay?.(true);
    let release;
    const mine = new Promise((resolve) => (release = resolve));
    const ready = turn.then(() => undefined);
    turn = ready.then(() => mine);
    let buffer = Buffer.alloc(0);
    let started = false;
    let work = ready;
    const drain = async () => {
      for (;;) {
        if (!started && buffer.length >= 8) {
          const len = buffer.readInt32BE(0), code = buffer.readInt32BE(4);
          if (len === 8 && (code === SSL_REQUEST || code === GSS_REQUEST)) {
            socket.write('N');
            buffer = buffer.subarray(8);
            continue;
          }
          if (code === CANCEL_REQUEST) {
            socket.destroy();
            return;
          }
        }
        let length;
        if (!started) {
          if (buffer.length < 8) return;
          if (buffer.readInt32BE(4) !== PROTOCOL_3) {
            socket.destroy();
            return;
          }
          length = buffer.readInt32BE(0);
        } else {
          if (buffer.length < 5) return;
          length = 1 + buffer.readInt32BE(1);
        }
        if (buffer.length < length) return;
        const message = buffer.subarray(0, length);
        buffer = buffer.subarray(length);
        started = true;
        if (message[0] === 0x58) {
          socket.end();
          return;
        }
        const out = await db.execProtocolRaw(new Uint8Array(message));
        if (out.length && !socket.destroyed) socket.write(out);
      }
    };
    socket.on('data', (data) => {
      buffer = buffer.length ? Buffer.concat([buffer, data]) : data;
      work = work.then(drain).catch(() => socket.destroy());
    });
    socket.on('error', () => undefined);
    socket.on('close', () => {
      // whatever the connection left half done is undone before the next one starts
      work = work
        .then(async () => {
          if (!started) return;
          await db.execProtocolRaw(new Uint8Array(sync));
          await db.exec('rollback');
        })
        .catch(() => undefined)
        .finally(() => release());
    });
  });
  server.on('error', (err) => parentPort.postMessage({ type: 'failed', message: err.message }));
  server.listen(workerData.socketPath, () => parentPort.postMessage({ type: 'ready' }));
  parentPort.on('message', (m) => {
    if (!m || m.type !== 'close') return;
    server.close();
    for (const s of sockets) s.destroy();
    turn
      .then(() => db.close())
      .then(
        () => parentPort.postMessage({ type: 'closed' }),
        (err) => parentPort.postMessage({ type: 'closed', message: String((err && err.message) || err) }),
      );
  });
  const sockets = new Set();
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
})().catch((err) => parentPort.postMessage({ type: 'failed', message: String((err && err.message) || err) }));
`;

/** Starts a worker thread serving the PGlite data folder `dbDir`; rejects with PGlite's reason when it cannot open it. */
export async function startPgliteServer(dbDir: string): Promise<PgliteServer> {
  const socketDir = fs.mkdtempSync(path.join(os.tmpdir(), 'gorod-db-'));
  fs.chmodSync(socketDir, 0o700);
  const worker = new Worker(workerCode, {
    eval: true,
    workerData: {
      dataDir: dbDir,
      socketPath: path.join(socketDir, `.s.PGSQL.${port}`),
      pglite: import.meta.resolve('@electric-sql/pglite'),
      cube: import.meta.resolve('@electric-sql/pglite/contrib/cube'),
      earthdistance: import.meta.resolve('@electric-sql/pglite/contrib/earthdistance'),
      pg_trgm: import.meta.resolve('@electric-sql/pglite/contrib/pg_trgm'),
    },
  });
  const exitListeners = new Set<(err: Error) => void>();
  let closing = false;
  const removeSocketDir = () => fs.rmSync(socketDir, { recursive: true, force: true });
  const starting: { onMessage?: (m: { type: string; message?: string }) => void; onError?: (err: Error) => void; onExit?: (code: number) => void } = {};
  try {
    await new Promise<void>((resolve, reject) => {
      starting.onMessage = (m) => {
        if (m.type === 'ready') resolve();
        else if (m.type === 'failed') reject(new Error(m.message));
      };
      starting.onError = reject;
      starting.onExit = (code) => reject(new Error(`the database worker stopped (exit code ${code})`));
      worker.on('message', starting.onMessage);
      worker.on('error', starting.onError);
      worker.on('exit', starting.onExit);
    });
  } catch (err) {
    await worker.terminate();
    removeSocketDir();
    throw err;
  } finally {
    worker.off('message', starting.onMessage!);
    worker.off('error', starting.onError!);
    worker.off('exit', starting.onExit!);
  }
  worker.on('error', () => undefined);
  worker.on('exit', (code) => {
    removeSocketDir();
    if (closing) return;
    const err = new Error(`the embedded database's worker stopped (exit code ${code})`);
    for (const l of exitListeners) l(err);
  });
  // the worker must not keep a process alive that has nothing else to do (a CLI command that forgot to close)
  worker.unref();
  let closed: Promise<void> | undefined;
  return {
    socketDir,
    port,
    onExit(listener) {
      exitListeners.add(listener);
    },
    close() {
      closed ??= new Promise<void>((resolve, reject) => {
        closing = true;
        // held until PGlite has written everything: a process whose last work is closing must not exit before
        worker.ref();
        worker.on('message', (m: { type: string; message?: string }) => {
          if (m.type !== 'closed') return;
          void worker.terminate().then(() => (m.message ? reject(new Error(m.message)) : resolve()));
        });
        worker.once('exit', () => resolve());
        worker.postMessage({ type: 'close' });
      }).finally(removeSocketDir);
      return closed;
    },
  };
}
