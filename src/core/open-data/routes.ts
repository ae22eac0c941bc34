import { z } from 'zod';
import { languageFromHeader } from '../i18n/i18n.js';
import { datasetFormats, datasetLicences } from '../module/datasets.js';
import type { App, GorodModule, ModuleContext } from '../module/module.js';
import { collectDatasets, dcatCatalogue, presentDataset } from './catalogue.js';

const datasetSchema = z
  .object({
    id: z.string(),
    title: z.string(),
    description: z.string(),
    format: z.enum(datasetFormats),
    /** The download's absolute, stable address. */
    url: z.string(),
    licence: z.object({ id: z.enum(datasetLicences), name: z.string(), url: z.string() }),
    /** The OpenAPI component its records follow, or its columns, or a description of its records. */
    schema: z.object({ url: z.string().nullable(), columns: z.array(z.string()).nullable(), text: z.string().nullable() }),
    updatedAt: z.string().nullable(),
  })
  .meta({ id: 'OpenDataset' });

/** The open-data catalogue: every module's public datasets, as JSON for the page and as DCAT-AP JSON-LD for harvesters. */
export function openDataRoutes(app: App, ctx: ModuleContext, modules: readonly GorodModule[]): void {
  // Who may call: anyone. Only what the public may already download.
  app.get(
    '/api/open-data',
    {
      config: { policy: 'public' },
      schema: {
        tags: ['open data'],
        summary: 'The open-data catalogue',
        response: { 200: z.object({ datasets: z.array(datasetSchema) }).meta({ id: 'OpenDataCatalogue' }) },
      },
    },
    async (req, reply) => {
      // a public page: the reader's language
      const lang = req.headers['accept-language'] ? languageFromHeader(req.headers['accept-language']) : req.lang;
      reply.header('cache-control', 'public, max-age=300');
      return { datasets: (await collectDatasets(ctx, modules)).map((d) => presentDataset(d, lang, ctx.config.publicUrl)) };
    },
  );

  // Who may call: anyone. The same catalogue as DCAT-AP JSON-LD at the address harvesters look for.
  app.get(
    '/data.json',
    { config: { policy: 'public' }, schema: { tags: ['open data'], summary: 'The open-data catalogue as DCAT-AP JSON-LD' } },
    async (_req, reply) => {
      const catalogue = dcatCatalogue(await collectDatasets(ctx, modules), ctx.config.publicUrl);
      return reply.type('application/ld+json; charset=utf-8').header('cache-control', 'public, max-age=300').send(JSON.stringify(catalogue));
    },
  );
}
