import type { FastifyInstance } from 'fastify';
import { amsterdamDateOf } from '../domain/amsterdam-time';
import type { Gemeenten } from './gemeenten';
import { html } from './html';
import { page } from './layout';
import { caseListPage } from './pages/case-list';
import { managementPages } from './pages/management';
import { casePages } from './pages/case-page';
import { newCasePages } from './pages/new-case';
import { signInPages } from './pages/sign-in';
import { supervisorPages } from './pages/supervisor';
import { taskPages } from './pages/tasks';
import { CONSOLE, send, staffSessions } from './staff-session';

/** The officer console and the supervisor view under /console: one file per page (console/pages), one shell. */

export { CONSOLE };

export interface StaffConsoleOptions {
  /** Temporal Web UI base, e.g. http://localhost:8233 (case links). */
  temporalUiUrl?: string;
  namespace?: string;
  /** Shown on the sign-in page: where creditors go. */
  portalUrl?: string;
  now?: () => Date;
  gemeenten?: Gemeenten;
}

export function staffConsole(root: FastifyInstance, options: StaffConsoleOptions) {
  const now = options.now ?? (() => new Date());
  const today = () => amsterdamDateOf(now().getTime());
  const sessions = staffSessions(root, options.gemeenten);

  return async function plugin(app: FastifyInstance): Promise<void> {
    await signInPages(root, sessions, options.portalUrl)(app);
    await caseListPage(sessions, now)(app);
    await newCasePages(sessions, today)(app);
    await casePages(sessions, options)(app);
    await taskPages(sessions)(app);
    await supervisorPages(sessions)(app);
    await managementPages(sessions, today)(app);

    app.setNotFoundHandler((_request, reply) =>
      send(
        reply,
        page({
          title: 'Niet gevonden',
          body: html`<h1>Pagina niet gevonden</h1>
            <p>Deze pagina bestaat niet.</p>
            <p><a href="${CONSOLE}">Naar het overzicht</a></p>`,
        }),
        404,
      ),
    );
    app.setErrorHandler((error, request, reply) => {
      request.log.error({ err: error }, 'console error');
      const status = (error as { statusCode?: number }).statusCode;
      const client = typeof status === 'number' && status >= 400 && status < 500;
      return send(
        reply,
        page({
          title: 'Er ging iets mis',
          body: html`<h1>Er ging iets mis</h1>
            <p>
              ${client ? 'Het verzoek kon niet worden verwerkt.' : 'Er ging iets mis aan onze kant. Probeer het zo opnieuw.'}
            </p>
            <p><a href="${CONSOLE}">Naar het overzicht</a></p>`,
        }),
        client ? status! : 500,
      );
    });
  };
}
