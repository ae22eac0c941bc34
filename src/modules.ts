import type { GorodModule } from './core/module/module.js';
import { accountsModule } from './modules/accounts/index.js';
import { cityModule } from './modules/city/index.js';

/** The enabled modules, in order (authentication asks them in this order too). */
export const modules: GorodModule[] = [cityModule, accountsModule];
