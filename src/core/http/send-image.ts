import type { FastifyReply } from 'fastify';

/** A stored image ready to send: its bytes, type, and whether shared caches may keep it (the thing it is on is public). */
export interface ImageToSend {
  data: Buffer;
  contentType: string;
  shared: boolean;
}

/**
 * Sends a stored image: shared caches keep a public one for a day (moderation may hide its host later, so not for
 * ever), a private one stays in the caller's browser for an hour; never sniffed as another type.
 */
export function sendImage(reply: FastifyReply, file: ImageToSend): FastifyReply {
  return reply
    .header('cache-control', file.shared ? 'public, max-age=86400' : 'private, max-age=3600')
    .header('x-content-type-options', 'nosniff')
    .type(file.contentType)
    .send(file.data);
}
