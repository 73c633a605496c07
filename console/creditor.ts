import type { FastifyInstance } from 'fastify';
import { creditorPortalSessions } from './creditor-portal-session';
import { EXAMPLE_GEMEENTEN, type Gemeenten } from './gemeenten';
import { portalCasePages } from './pages/portal-case';
import { portalCodePages } from './pages/portal-code';

/**
 * The creditor portal (the address printed on letters, SCHULDHULP_PORTAL_URL): the access code page and the case
 * page, one file each in console/pages. The session the API issues for the code is bound to one case and creditor.
 */
export function creditorPortal(
  root: FastifyInstance,
  base: string,
  gemeenten: Gemeenten = EXAMPLE_GEMEENTEN,
) {
  const sessions = creditorPortalSessions(root, base, gemeenten);
  return async function plugin(app: FastifyInstance): Promise<void> {
    await portalCodePages(root, base, sessions)(app);
    await portalCasePages(base, sessions, gemeenten)(app);
  };
}
