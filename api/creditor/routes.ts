import { CREDITOR_ANSWERS } from '../../workflows/case/actions';
import { creditorAccessOf } from '../auth/creditor-access';
import { creditor } from '../access';
import type { ApiDeps } from '../deps';
import { answerBodySchemas, BASE } from '../officer/routes';
import { notFound } from '../problem';
import { Binary, defineRoute, type AnyRoute } from '../route';
import {
  creditorSessionBody,
  creditorSessionResponse,
  creditorTrackResponse,
  letterListResponse,
  letterParams,
} from '../schemas';
import { pascal } from '../pascal-case';

/**
 * The creditor portal's routes. A creditor signs in with the access code printed on its letters and gets a
 * session bound to that one case and that one creditor: every route below reads the case and creditor from the
 * session, never from the request, so there is nothing to point at another creditor or another case.
 */

const TAG = 'Schuldeiser';

export function creditorRoutes(deps: ApiDeps): AnyRoute[] {
  const access = creditorAccessOf(deps);

  const createSession = defineRoute({
    method: 'POST',
    path: `${BASE}/creditor-sessions`,
    operationId: 'createCreditorSession',
    summary: 'Aanmelden met de toegangscode uit de brief',
    description: 'Geeft een kortlevend token voor deze zaak en deze schuldeiser. Te veel foute codes: 429.',
    tag: TAG,
    roles: 'public',
    body: creditorSessionBody,
    response: { status: 201, description: 'Sessie', schema: creditorSessionResponse },
    problems: [401, 403, 429],
    async handler({ body, request }) {
      const now = deps.now();
      // request.ip is the socket's address unless the request came through a configured proxy.
      const owner = await access.signIn(body.code, request.ip, (code) => deps.letters.resolveAccessCode(code));
      const session = deps.creditorSessions.issue(owner, now);
      return { ...session, caseReference: owner.caseReference, creditorId: owner.creditorId };
    },
  });

  const letters = defineRoute({
    method: 'GET',
    path: `${BASE}/creditor/letters`,
    operationId: 'listCreditorLetters',
    summary: 'De brieven aan deze schuldeiser in deze zaak',
    tag: TAG,
    roles: ['creditor'],
    response: { status: 200, description: 'Brieven, oudste eerst', schema: letterListResponse },
    async handler({ principal }) {
      const me = creditor(principal);
      const entries = await deps.letters.forCreditor(me.caseReference, me.creditorId);
      return {
        caseReference: me.caseReference,
        creditorId: me.creditorId,
        items: entries.map((e) => ({
          ...e,
          pdfHref: `${BASE}/creditor/letters/${encodeURIComponent(e.letterId)}/pdf`,
        })),
      };
    },
  });

  const letterPdf = defineRoute({
    method: 'GET',
    path: `${BASE}/creditor/letters/{letterId}/pdf`,
    operationId: 'getCreditorLetterPdf',
    summary: 'Een brief als PDF',
    tag: TAG,
    roles: ['creditor'],
    params: letterParams,
    response: { status: 200, description: 'De PDF', contentType: 'application/pdf' },
    problems: [404],
    async handler({ params, principal }) {
      const me = creditor(principal);
      // Only letters in this creditor's own outbox for this case: another id is simply not found.
      const entries = await deps.letters.forCreditor(me.caseReference, me.creditorId);
      if (!entries.some((e) => e.letterId === params.letterId))
        throw notFound('Deze brief is niet aan u gericht.');
      const stored = await deps.letters.pdf(params.letterId);
      if (!stored) throw notFound('Deze brief is niet beschikbaar.');
      return new Binary(stored.pdf, 'application/pdf', `${params.letterId}.pdf`);
    },
  });

  const status = defineRoute({
    method: 'GET',
    path: `${BASE}/creditor/status`,
    operationId: 'getCreditorStatus',
    summary: 'Stand van uw spoor in deze zaak: gevraagde antwoorden, termijn, pauze',
    tag: TAG,
    roles: ['creditor'],
    response: { status: 200, description: 'Uw schuldeiserspoor', schema: creditorTrackResponse },
    problems: [404],
    async handler({ principal }) {
      const me = creditor(principal);
      return deps.cases.creditorTrack(me.caseId, me.creditorId);
    },
  });

  const answers = CREDITOR_ANSWERS.map((answer) =>
    defineRoute({
      method: 'POST',
      path: `${BASE}/creditor/answers/${answer}`,
      operationId: `answer${pascal(answer)}`,
      summary: `Antwoord: ${answer}`,
      description: 'Weigert de zaak het antwoord (bijv. al beantwoord, of gesloten), dan 409 met de reden.',
      tag: TAG,
      roles: ['creditor'],
      body: answerBodySchemas[answer],
      response: { status: 200, description: 'Uw spoor na het antwoord', schema: creditorTrackResponse },
      problems: [404, 409],
      async handler({ body, principal }) {
        const me = creditor(principal);
        return deps.cases.answer(me.caseId, me.creditorId, answer, body);
      },
    }),
  );

  return [createSession, letters, letterPdf, status, ...answers];
}
