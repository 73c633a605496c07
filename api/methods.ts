import type { FastifyInstance } from 'fastify';
import { PROBLEM_CONTENT_TYPE, problemOf } from './problem';

/**
 * A path the API has, asked with a method it does not have (TRACE, QUERY, DELETE, ...): 405 with `Allow`
 * (RFC 9110 §15.5.6), answered before any body is read. HEAD comes with every GET.
 */
export function methodNotAllowed(app: FastifyInstance, routes: readonly { method: string; path: string }[]): void {
  const byPattern = new Map<string, { regex: RegExp; methods: Set<string> }>();
  for (const { method, path } of routes) {
    let entry = byPattern.get(path);
    if (!entry) {
      const source = path
        .split(/\{\w+\}/)
        .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
        .join('[^/]+');
      entry = { regex: new RegExp(`^${source}$`), methods: new Set() };
      byPattern.set(path, entry);
    }
    entry.methods.add(method);
    if (method === 'GET') entry.methods.add('HEAD');
  }
  app.addHook('onRequest', async (request, reply) => {
    if (request.routeOptions.url !== undefined) return;
    const path = request.url.split('?')[0] ?? '';
    const allowed = new Set<string>();
    for (const { regex, methods } of byPattern.values()) if (regex.test(path)) for (const m of methods) allowed.add(m);
    if (!allowed.size || allowed.has(request.method)) return;
    const allow = [...allowed].sort().join(', ');
    return reply
      .code(405)
      .header('allow', allow)
      .type(PROBLEM_CONTENT_TYPE)
      .send(problemOf(405, `Methode ${request.method} is hier niet toegestaan; wel: ${allow}.`));
  });
}
