import { defineModule } from '../../core/module/module.js';
import { reportsMessages } from './messages.js';

/** Reports: problems in the city from a photo on the map to a confirmed fix; Open311 GeoReport v2. */
export const reportsModule = defineModule({
  name: 'reports',
  messages: reportsMessages,
});
