import * as fs from 'node:fs';
import * as path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { creditorPortal } from './creditor';
import { creditorOplossingPages } from './oplossing-creditor';
import { oplossingOfficerPages } from './oplossing-officer';
import { waarborgfondsPages } from './waarborgfonds';
import { CONSOLE, staffConsole, type StaffConsoleOptions } from './staff';

/**
 * The Dutch web console on the API's Fastify instance: `buildApi(deps, { plugins: [consolePlugin(...)] })`.
 * /console for officers and supervisors, the creditor portal at the path of SCHULDHULP_PORTAL_URL
 * (default /schuldeisers). Pages are server-rendered HTML that call the JSON API with the user's token.
 */

export interface ConsoleOptions extends StaffConsoleOptions {
  /** The portal address printed on letters; its path is where the portal is served. */
  portalUrl?: string;
}

/** Next to this file (tsx, or a build that copies console/assets into dist/console/assets), or the source tree. */
const ASSET_DIRS = [path.join(__dirname, 'assets'), path.resolve(__dirname, '../../console/assets')];
const ASSET_TYPES: Record<string, string> = {
  'console.css': 'text/css; charset=utf-8',
  'console.js': 'text/javascript; charset=utf-8',
};

export function portalPathOf(portalUrl: string | undefined): string {
  if (!portalUrl) return '/schuldeisers';
  try {
    const pathname = new URL(portalUrl).pathname.replace(/\/+$/, '');
    return pathname && pathname !== '/api' && !pathname.startsWith('/api/') && pathname !== CONSOLE
      ? pathname
      : '/schuldeisers';
  } catch {
    return '/schuldeisers';
  }
}

export function consolePlugin(options: ConsoleOptions = {}) {
  return async (app: FastifyInstance): Promise<void> => {
    const dir = ASSET_DIRS.find((d) => fs.existsSync(path.join(d, 'console.css')));
    if (!dir)
      app.log.warn(`console: no assets in ${ASSET_DIRS.join(' or ')}; pages are served without style`);
    const assets: Record<string, Buffer> = dir
      ? Object.fromEntries(
          Object.keys(ASSET_TYPES).map((name) => [name, fs.readFileSync(path.join(dir, name))]),
        )
      : {};
    const portalPath = portalPathOf(options.portalUrl);

    // Everything the console serves gets these headers; the JSON API keeps its own.
    const hardened = async (instance: FastifyInstance) => {
      instance.addHook('onSend', async (_request, reply, payload) => {
        reply.header(
          'content-security-policy',
          "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
        );
        reply.header('x-content-type-options', 'nosniff');
        reply.header('referrer-policy', 'same-origin');
        reply.header('x-frame-options', 'DENY');
        return payload;
      });
      // Forms post application/x-www-form-urlencoded; only the console's routes accept it.
      instance.addContentTypeParser(
        'application/x-www-form-urlencoded',
        { parseAs: 'string', bodyLimit: 256 * 1024 },
        (_request, body, done) => {
          done(null, Object.fromEntries(new URLSearchParams(body as string)));
        },
      );
    };

    await app.register(
      async (instance) => {
        await hardened(instance);
        instance.get('/assets/:name', async (request, reply) => {
          const { name } = request.params as { name: string };
          const body = assets[name];
          const type = ASSET_TYPES[name];
          if (!body || !type) return reply.code(404).type('text/plain').send('Niet gevonden');
          return reply.type(type).header('cache-control', 'public, max-age=300').send(body);
        });
        await staffConsole(app, { ...options, portalUrl: portalPath })(instance);
        await oplossingOfficerPages(app, options.now)(instance);
        await waarborgfondsPages(app)(instance);
      },
      { prefix: CONSOLE },
    );
    await app.register(
      async (instance) => {
        await hardened(instance);
        await creditorPortal(app, portalPath)(instance);
        await creditorOplossingPages(app, portalPath)(instance);
      },
      { prefix: portalPath },
    );
  };
}
