import type { FastifyRequest } from 'fastify';

/**
 * Route config for a per-person limit on posting (anti-flood): `max` writes per `minutes` for each
 * signed-in account, counted in the shared database store. Anonymous callers are keyed by address
 * (their request is refused by the route's policy anyway).
 */
export function perUserRateLimit(max: number, minutes: number) {
  return {
    rateLimit: {
      max,
      timeWindow: minutes * 60_000,
      keyGenerator: (req: FastifyRequest) =>
        `${req.routeOptions.url}|${max}/${minutes}|${req.actor.kind === 'user' ? `u:${req.actor.userId}` : `ip:${req.ip}`}`,
    },
  };
}
