import fs from 'node:fs';
import { fromRoot } from './paths.js';

/** The running Gorod version, from package.json. */
export const version: string = (JSON.parse(fs.readFileSync(fromRoot('package.json'), 'utf8')) as { version: string }).version;
