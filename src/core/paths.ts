import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The project's folder (where package.json, data/, migrations/ and web/dist are), found by walking up
 * from this file: the sources (src/core/) and the compiled server (dist/server/, where this code is
 * bundled into some chunk) sit at different depths, so no file counts `../` to reach it.
 */
function findProjectRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (fs.existsSync(path.join(dir, 'package.json')) && fs.existsSync(path.join(dir, 'migrations'))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`Cannot find the Gorod folder (package.json beside migrations/) above ${fileURLToPath(import.meta.url)}`);
    dir = parent;
  }
}

export const projectRoot: string = findProjectRoot();

/** A path inside the project's folder, e.g. `fromRoot('data', 'ru_calendar_2026.csv')`. */
export const fromRoot = (...parts: string[]): string => path.join(projectRoot, ...parts);
