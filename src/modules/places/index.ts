/** What other modules may use from places: the module. */
export { placesModule } from './module.js';
