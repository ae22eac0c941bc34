import fs from 'node:fs';
import { eq } from 'drizzle-orm';
import type { ModuleContext, Progress } from '../../../core/module/module.js';
import { fromRoot } from '../../../core/paths.js';
import { places } from '../db/schema.js';
import { osmSource } from '../domain/places.js';
import { importPlaces } from './import-places.js';

/** The real OpenStreetMap places of interest (ODbL), copied from the shared data with provenance in data/SOURCES.md. */
export const demoPlacesFile = fromRoot('data', 'places', 'spb_osm_places_of_interest.geojson');
/** Layers without real open data here: a small invented sample each, every row marked `sample`. */
export const sampleLayers = ['kindergartens', 'schools', 'polyclinics', 'service-centres', 'libraries', 'dog-areas', 'sports-grounds', 'recycling'] as const;
export const sampleFile = (layerId: string) => fromRoot('data', 'places', `sample_${layerId}.csv`);
export const sampleSource = { source: 'Gorod demo sample (invented)', licence: 'CC0 1.0' } as const;

/**
 * Fills the demo city's places layers: the real OSM places of interest and a labelled sample in each other layer.
 * Idempotent: a layer that already has places (an earlier seed, or an administrator's real import) is left alone.
 */
export async function seedDemoPlaces(ctx: ModuleContext, progress: Progress): Promise<void> {
  const files = [
    { layerId: 'sights', format: 'geojson' as const, file: demoPlacesFile, ...osmSource, sample: false },
    ...sampleLayers.map((layerId) => ({ layerId, format: 'csv' as const, file: sampleFile(layerId), ...sampleSource, sample: true })),
  ];
  for (const f of files) {
    const [any] = await ctx.database.db.select({ id: places.id }).from(places).where(eq(places.layerId, f.layerId)).limit(1);
    if (any) continue;
    const result = await importPlaces(ctx, null, {
      layerId: f.layerId,
      format: f.format,
      content: fs.readFileSync(f.file, 'utf8'),
      source: f.source,
      licence: f.licence,
      sample: f.sample,
      dryRun: false,
      audited: false,
    });
    progress(`Places: ${result.added} in the layer ${f.layerId}${f.sample ? ' (sample)' : ''}`);
  }
}
