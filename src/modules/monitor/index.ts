export { monitorModule } from './module.js';
