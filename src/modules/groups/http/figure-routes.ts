import { t } from '../../../core/i18n/i18n.js';
import type { App, ModuleContext } from '../../../core/module/module.js';
import { canSeeFigureAnswers } from '../policy.js';
import { listFigureAnswers } from '../use-cases/figure-answers.js';
import { figureAnswersQuerySchema, figureAnswersSchema } from './figure-schemas.js';
import { idParamsSchema } from './schemas.js';

/** A verified public figure's page: the answers to residents' reports its person wrote as an official. */
export function figureRoutes(app: App, ctx: ModuleContext): void {
  // Who may call: anyone, for a verified public figure's page (active, verified, not hidden); 404 for any other group.
  app.get(
    '/api/groups/:id/answers',
    {
      config: { policy: canSeeFigureAnswers },
      schema: {
        tags: ['groups'],
        summary: 'Answers to reports a public figure wrote as an official',
        params: idParamsSchema,
        querystring: figureAnswersQuerySchema,
        response: { 200: figureAnswersSchema },
      },
    },
    async (req) => {
      const page = await listFigureAnswers(ctx, req.actor, req.params.id, req.query);
      return {
        items: page.items.map((a) => ({
          number: a.number,
          path: a.path,
          reason: { id: a.names.reasonId, nameRu: a.names.nameRu, nameEn: a.names.nameEn },
          category: { id: a.names.categoryId, nameRu: a.names.categoryNameRu, nameEn: a.names.categoryNameEn },
          districtId: a.districtId,
          status: a.status,
          statusText: t(req.lang, `report.status.${a.status}`),
          answeredAt: a.answeredAt.toISOString(),
        })),
        total: page.total,
        nextCursor: page.nextCursor,
      };
    },
  );
}
