/** What other modules may use from groups. */
export { shareAGroup } from './db/share.js';
