import { defineModule } from '../../core/module/module.js';
import { placesAudit } from './audit.js';
import { placesCli } from './cli.js';
import { placesRoutes } from './http/routes.js';
import { placesMessages } from './messages.js';
import { placeArea } from './use-cases/place-area.js';
import { placeSearch } from './use-cases/place-search.js';
import { seedDemoPlaces } from './use-cases/seed-demo-places.js';

/**
 * Places near me: layers of public places (kindergartens, schools, polyclinics, public service centres, libraries,
 * dog-walking areas, sports grounds, recycling points, places of interest) imported from open data (GeoJSON or CSV,
 * refreshed by re-import without losing ids), and the nearest places of chosen layers within walking distance of a
 * point, found through a GiST index on ll_to_earth (cube + earthdistance).
 */
export const placesModule = defineModule({
  name: 'places',
  audit: placesAudit,
  messages: placesMessages,
  cli: placesCli,
  search: [placeSearch],
  pages: [
    {
      path: '/places',
      title: { ru: 'Места рядом', en: 'Places near me' },
      description: {
        ru: 'Ближайшие детские сады, школы, поликлиники, МФЦ, библиотеки, спортивные площадки и пункты приёма вторсырья в пешей доступности.',
        en: 'The nearest kindergartens, schools, polyclinics, public service centres, libraries, sports grounds and recycling points within walking distance.',
      },
    },
  ],
  area: [placeArea],
  routes(app, ctx) {
    placesRoutes(app, ctx);
  },
  async seedDemo(ctx, progress) {
    await seedDemoPlaces(ctx, progress);
  },
});
