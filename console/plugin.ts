import * as fs from 'node:fs';
import * as path from 'node:path';
import fastifyCookie from '@fastify/cookie';
import fastifyFormbody from '@fastify/formbody';
import fastifyHelmet from '@fastify/helmet';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { creditorPortal } from './creditor';
import { EXAMPLE_GEMEENTEN, themeCss, type Gemeenten } from './gemeenten';
import { creditorOplossingPages } from './oplossing-creditor';
import { oplossingOfficerPages } from './oplossing-officer';
import { waarborgfondsPages } from './waarborgfonds';
import { CONSOLE, staffConsole, type StaffConsoleOptions } from './staff';

/**
 * The Dutch web console on the API's Fastify instance: `buildApi(deps, { plugins: [consolePlugin(...)] })`.
 * /console for officers and supervisors, the creditor portal at the path of SCHULDHULP_PORTAL_URL
 * (default /schuldeisers). Pages are server-rendered HTML that call the JSON API with the user's token.
 * Cookies, form bodies, security headers and static files come from the Fastify plugins made for them; the
 * JSON API keeps its own (the plugins are registered inside the console's and the portal's scope only).
 */

export interface ConsoleOptions extends StaffConsoleOptions {
  /** The portal address printed on letters; its path is where the portal is served. */
  portalUrl?: string;
  /** Names and NL Design System themes per gemeente (console/gemeenten.ts). */
  gemeenten?: Gemeenten;
}

/** Next to this file (tsx, or a build that copies console/assets into dist/console/assets), or the source tree. */
const ASSET_DIRS = [path.join(__dirname, 'assets'), path.resolve(__dirname, '../../console/assets')];
const packageDist = (file: string) => path.dirname(require.resolve(file));
const NLDS_DIR = packageDist('@utrecht/component-library-css/dist/index.css');
const TOKENS_DIR = packageDist('@nl-design-system-unstable/voorbeeld-design-tokens/dist/theme.css');

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

/** The plugins every console and portal route has: cookies, form bodies, strict security headers. */
async function hardened(instance: FastifyInstance): Promise<void> {
  await instance.register(fastifyCookie);
  // Forms post application/x-www-form-urlencoded; only the console's routes accept it.
  await instance.register(fastifyFormbody, { bodyLimit: 256 * 1024 });
  await instance.register(fastifyHelmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        baseUri: ["'none'"],
        objectSrc: ["'none'"],
      },
    },
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'same-origin' },
  });
}

export function consolePlugin(options: ConsoleOptions = {}) {
  return async (app: FastifyInstance): Promise<void> => {
    const dir = ASSET_DIRS.find((d) => fs.existsSync(path.join(d, 'console.css')));
    if (!dir)
      app.log.warn(`console: no assets in ${ASSET_DIRS.join(' or ')}; pages are served without style`);
    const portalPath = portalPathOf(options.portalUrl);
    const gemeenten = options.gemeenten ?? EXAMPLE_GEMEENTEN;

    await app.register(
      async (instance) => {
        await hardened(instance);
        const assets = { maxAge: 300_000, decorateReply: false, index: false as const };
        if (dir) await instance.register(fastifyStatic, { ...assets, root: dir, prefix: '/assets/' });
        await instance.register(fastifyStatic, {
          ...assets,
          root: NLDS_DIR,
          prefix: '/assets/nlds/',
          allowedPath: (pathName) => pathName === '/index.css' || pathName === '/html.css',
        });
        await instance.register(fastifyStatic, {
          ...assets,
          root: TOKENS_DIR,
          prefix: '/assets/tokens/',
          allowedPath: (pathName) => pathName === '/theme.css',
        });
        instance.get('/assets/thema/:file', async (request, reply) => {
          const { file } = request.params as { file: string };
          const css = themeCss(gemeenten, file.replace(/\.css$/, ''));
          if (!css) return reply.code(404).type('text/plain').send('Niet gevonden');
          return reply
            .type('text/css; charset=utf-8')
            .header('cache-control', 'public, max-age=300')
            .send(css);
        });
        await staffConsole(app, { ...options, gemeenten, portalUrl: portalPath })(instance);
        await oplossingOfficerPages(app, options.now, gemeenten)(instance);
        await waarborgfondsPages(app, gemeenten)(instance);
      },
      { prefix: CONSOLE },
    );
    await app.register(
      async (instance) => {
        await hardened(instance);
        await creditorPortal(app, portalPath, gemeenten)(instance);
        await creditorOplossingPages(app, portalPath)(instance);
      },
      { prefix: portalPath },
    );
  };
}
