import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { ApiClient } from './api-client';
import type { Html } from './html';
import { page } from './layout';
import { EXAMPLE_GEMEENTEN, gemeenteName, type Gemeenten } from './gemeenten';
import { clearCookie, cookiesOf, CREDITOR_COOKIE, csrfFor } from './session';
import { formExpiredBody, postedFromOwnForm } from './posted-form';
import { send } from './send-page';

/**
 * The signed-in creditor for every creditor portal page (case, betaalvoorstel): the session cookie, the CSRF
 * and origin rules for forms, and the portal's page shell.
 */

const API = '/api/v1';

export interface SignedCreditor {
  api: ApiClient;
  csrf: string;
  session: { caseReference?: string; creditorId?: string; expiresAt?: string };
}

export function creditorPortalSessions(
  root: FastifyInstance,
  base: string,
  gemeenten: Gemeenten = EXAMPLE_GEMEENTEN,
) {
  const portalPage = (o: {
    title: string;
    body: Html;
    hasErrors?: boolean;
    csrf?: string;
    who?: string;
    /** The case's gemeente: its name and theme on the page. */
    gemeenteCode?: string;
  }) =>
    page({
      title: o.title,
      body: o.body,
      hasErrors: o.hasErrors,
      portal: 'schuldeisers',
      who: o.who,
      signOut: o.csrf ? { action: `${base}/afmelden`, csrf: o.csrf } : undefined,
      gemeente: o.gemeenteCode
        ? { code: o.gemeenteCode, name: gemeenteName(gemeenten, o.gemeenteCode)! }
        : undefined,
    });

  /** The signed-in creditor, or a redirect to the code page (the cookie is gone or no longer valid). */
  async function signedIn(request: FastifyRequest, reply: FastifyReply): Promise<SignedCreditor | undefined> {
    const token = cookiesOf(request)[CREDITOR_COOKIE];
    if (!token) {
      void reply.redirect(base, 303);
      return undefined;
    }
    const api = new ApiClient(root, token, request);
    const session = await api.get<{
      kind: string;
      caseReference?: string;
      creditorId?: string;
      expiresAt?: string;
    }>(`${API}/session`);
    if (!session.ok || session.data.kind !== 'creditor') {
      clearCookie(request, reply, CREDITOR_COOKIE, base);
      void reply.redirect(`${base}?verlopen`, 303);
      return undefined;
    }
    return { api, csrf: csrfFor(token), session: session.data };
  }

  /** For POSTs: same origin and the form's CSRF token matches the cookie (else 403 "Formulier verlopen"), then signed in. */
  async function signedInPost(
    request: FastifyRequest,
    reply: FastifyReply,
  ): Promise<SignedCreditor | undefined> {
    if (!postedFromOwnForm(request, CREDITOR_COOKIE)) {
      void send(
        reply,
        portalPage({
          title: 'Formulier verlopen',
          body: formExpiredBody(base, 'Naar het portaal'),
        }),
        403,
      );
      return undefined;
    }
    return signedIn(request, reply);
  }

  return { portalPage, signedIn, signedInPost };
}

export type PortalSessions = ReturnType<typeof creditorPortalSessions>;
