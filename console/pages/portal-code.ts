import type { FastifyInstance } from 'fastify';
import type { z } from 'zod';
import type { creditorSessionResponse } from '../../api/schemas';
import { ApiClient } from '../api-client';
import type { PortalSessions } from '../creditor-portal-session';
import { field } from '../form-render';
import { valuesOf } from '../form-values';
import { FormState, type FieldSpec } from '../forms';
import { html } from '../html';
import { errorSummary, notice } from '../layout';
import { postedFromOwnForm } from '../posted-form';
import { send } from '../send-page';
import { clearCookie, cookiesOf, CREDITOR_COOKIE, sameOrigin, setCookie } from '../session';

/** Page: the creditor portal's front door — the access code from the letter becomes a session (cookie). */

type Session = z.output<typeof creditorSessionResponse>;
const API = '/api/v1';

const codeField: FieldSpec = {
  name: 'code',
  label: 'Toegangscode',
  hint: 'De code staat in de brief, bijvoorbeeld ABCD-EFGH-JKLM-NPQR.',
  width: 'm',
  autocomplete: 'off',
};

export function portalCodePages(root: FastifyInstance, base: string, sessions: PortalSessions) {
  const codePage = (state: FormState, message?: string) =>
    sessions.portalPage({
      title: 'Toegangscode invoeren',
      hasErrors: state.hasErrors,
      body: html`<div class="smal">
        <h1>Schuldeisersportaal</h1>
        ${notice(message, 'info')} ${errorSummary(state.summary())}
        <p>
          U kreeg een brief van de gemeente over een inwoner in de schuldhulpverlening. Met de toegangscode
          uit die brief ziet u de brieven aan u over deze zaak en geeft u hier uw antwoord.
        </p>
        <form method="post" action="${base}/aanmelden" novalidate>
          ${field(codeField, state)}
          <button type="submit" class="utrecht-button utrecht-button--primary-action knop">Verder</button>
        </form>
      </div>`,
    });

  return async (app: FastifyInstance): Promise<void> => {
    app.get('/', async (request, reply) => {
      const query = request.query as Record<string, string>;
      if (cookiesOf(request)[CREDITOR_COOKIE] && query.verlopen === undefined && query.uit === undefined) {
        return reply.redirect(`${base}/zaak`, 303);
      }
      const message =
        query.verlopen !== undefined
          ? 'Uw sessie is verlopen. Voer de toegangscode opnieuw in.'
          : query.uit !== undefined
            ? 'U bent afgemeld.'
            : undefined;
      return send(reply, codePage(new FormState({}, [codeField]), message));
    });

    app.post('/aanmelden', async (request, reply) => {
      const values = valuesOf(request.body);
      const state = new FormState({ code: values.code ?? '' }, [codeField]);
      if (!sameOrigin(request)) return send(reply, codePage(state), 403);
      const code = (values.code ?? '').trim().toUpperCase();
      if (!code) {
        state.add({ name: 'code', reason: 'Vul ‘Toegangscode’ in. U vindt de code in de brief.' });
        return send(reply, codePage(state), 400);
      }
      const result = await new ApiClient(root, undefined, request).post<Session>(`${API}/creditor-sessions`, {
        code,
      });
      if (!result.ok) {
        const reason =
          result.status === 429
            ? '‘Toegangscode’: te vaak een onjuiste code. Wacht een kwartier en probeer het dan opnieuw.'
            : result.problem['invalid-params']?.length
              ? '‘Toegangscode’: vul de code in zoals in de brief, bijvoorbeeld ABCD-EFGH-JKLM-NPQR.'
              : `‘Toegangscode’: ${result.problem.detail ?? 'deze code kennen wij niet. Neem de code over uit de brief.'}`;
        state.add({ name: 'code', reason });
        return send(reply, codePage(state), result.status);
      }
      const seconds = Math.max(60, Math.floor((Date.parse(result.data.expiresAt) - Date.now()) / 1000));
      setCookie(request, reply, CREDITOR_COOKIE, result.data.token, base, seconds);
      return reply.redirect(`${base}/zaak`, 303);
    });

    app.post('/afmelden', async (request, reply) => {
      if (postedFromOwnForm(request, CREDITOR_COOKIE)) clearCookie(request, reply, CREDITOR_COOKIE, base);
      return reply.redirect(`${base}?uit`, 303);
    });

    app.setNotFoundHandler((_request, reply) =>
      send(
        reply,
        sessions.portalPage({
          title: 'Niet gevonden',
          body: html`<h1>Pagina niet gevonden</h1>
            <p><a href="${base}">Naar het schuldeisersportaal</a></p>`,
        }),
        404,
      ),
    );
    app.setErrorHandler((error, request, reply) => {
      request.log.error({ err: error }, 'portal error');
      return send(
        reply,
        sessions.portalPage({
          title: 'Er ging iets mis',
          body: html`<h1>Er ging iets mis</h1>
            <p>Probeer het zo opnieuw.</p>
            <p><a href="${base}">Naar het schuldeisersportaal</a></p>`,
        }),
        500,
      );
    });
  };
}
