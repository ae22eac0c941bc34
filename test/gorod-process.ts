import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

const bin = path.resolve('bin/gorod.js');

export interface GorodProcess {
  child: ChildProcess;
  output: () => string;
  /** Resolves when stderr+stdout matches; rejects if the process exits first. */
  waitFor: (re: RegExp, timeoutMs?: number) => Promise<RegExpMatchArray>;
  exited: Promise<number | null>;
}

/** Runs the real `gorod` command as a separate process (what an operator runs). */
export function runGorod(args: string[], env: Record<string, string>): GorodProcess {
  const child = spawn(process.execPath, [bin, ...args], { env: { ...process.env, LOG_LEVEL: 'warn', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  const listeners = new Set<() => void>();
  const onData = (d: Buffer) => {
    out += d.toString();
    for (const l of listeners) l();
  };
  child.stdout!.on('data', onData);
  child.stderr!.on('data', onData);
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return {
    child,
    output: () => out,
    exited,
    waitFor: (re, timeoutMs = 60_000) =>
      new Promise((resolve, reject) => {
        const check = () => {
          const m = out.match(re);
          if (m) {
            cleanup();
            resolve(m);
          }
        };
        const timer = setTimeout(() => {
          cleanup();
          reject(new Error(`timed out waiting for ${re}; output:\n${out}`));
        }, timeoutMs);
        const cleanup = () => {
          clearTimeout(timer);
          listeners.delete(check);
        };
        listeners.add(check);
        void exited.then((code) => {
          if (listeners.has(check)) {
            check();
            if (listeners.has(check)) {
              cleanup();
              reject(new Error(`exited (${code}) before ${re}; output:\n${out}`));
            }
          }
        });
        check();
      }),
  };
}

/** Runs a command to completion. */
export async function runGorodToEnd(args: string[], env: Record<string, string>) {
  const p = runGorod(args, env);
  const code = await p.exited;
  return { code, output: p.output() };
}
