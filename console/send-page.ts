import type { FastifyReply } from 'fastify';

/** Sends a console page: HTML, never cached (the pages show one person's cases). */
export function send(reply: FastifyReply, markup: string, status = 200) {
  return reply.code(status).type('text/html; charset=utf-8').header('cache-control', 'no-store').send(markup);
}
