import type { CliCommand } from '../../core/module/module.js';

/** `gorod apikey create --name N`, list, revoke. */
export const apiKeyCli: CliCommand[] = [];
