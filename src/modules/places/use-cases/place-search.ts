import { eq, inArray } from 'drizzle-orm';
import type { SearchKind } from '../../../core/module/search.js';
import { searchIdsAfter } from '../../../core/search/pages.js';
import { placeLayers, places } from '../db/schema.js';

/** The search kind of a place (and the id the import's refresh names). */
export const placeSearchKind = 'place';

/** Where a place opens: /places looking from the place itself on its layer (a place has no page of its own). */
export const placePath = (p: { lat: number; lon: number; layerId: string }) => `/places?lat=${p.lat}&lon=${p.lon}&layers=${encodeURIComponent(p.layerId)}`;

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Places in the city-wide search, by name, layer, address and hours; a result opens /places looking from the place
 * itself on its layer (a place has no page of its own). Sample places are found too: the page labels them. Public
 * open data, so always visible; the import queues their refresh (it emits no domain event).
 */
export const placeSearch: SearchKind = {
  kind: placeSearchKind,
  ids: (db, after, limit) => searchIdsAfter(db, places, places.id, after, limit),
  async documents(db, ids) {
    const valid = ids.filter((id) => uuidPattern.test(id));
    if (valid.length === 0) return [];
    const rows = await db
      .select({ place: places, layerRu: placeLayers.nameRu, layerEn: placeLayers.nameEn })
      .from(places)
      .innerJoin(placeLayers, eq(placeLayers.id, places.layerId))
      .where(inArray(places.id, valid));
    return rows.map(({ place: p, layerRu, layerEn }) => ({
      id: p.id,
      title: p.name,
      body: [`${layerRu} / ${layerEn}`, p.address, p.openingHours, p.isSample ? 'образец / sample' : null].filter(Boolean).join('\n'),
      districtId: p.districtId,
      status: 'open' as const,
      date: p.importedAt,
      path: placePath(p),
      visible: true,
    }));
  },
};
