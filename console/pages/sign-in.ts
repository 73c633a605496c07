import type { FastifyInstance } from 'fastify';
import { ApiClient } from '../api-client';
import { field } from '../form-render';
import { valuesOf } from '../form-values';
import { FormState, type FieldSpec } from '../forms';
import { html } from '../html';
import { errorSummary, notice, page } from '../layout';
import { postedFromOwnForm } from '../posted-form';
import { clearCookie, sameOrigin, setCookie, STAFF_COOKIE } from '../session';
import { API, CONSOLE, homeOf, send, type Me, type StaffSessions } from '../staff-session';

/** Page: sign-in for staff (the bearer token, kept in an HttpOnly cookie), and sign-out. */

const tokenField: FieldSpec = {
  name: 'token',
  label: 'Toegangstoken',
  hint: 'Het token dat u van uw beheerder kreeg. Bij ontwikkeling drukt het startcommando de tokens af.',
  kind: 'text',
  autocomplete: 'off',
};

export function signInPages(root: FastifyInstance, sessions: StaffSessions, portalUrl: string | undefined) {
  const signInPage = (state: FormState, message?: string) =>
    page({
      title: 'Aanmelden',
      hasErrors: state.hasErrors,
      body: html`<div class="smal">
        <h1>Aanmelden</h1>
        ${notice(message, 'info')} ${errorSummary(state.summary())}
        <p>
          Voor medewerkers en teamleiders schuldhulpverlening. Plak uw toegangstoken; het wordt alleen in een
          beveiligde cookie van deze browser bewaard.
        </p>
        <form method="post" action="${CONSOLE}/aanmelden" novalidate>
          ${field(tokenField, state)}
          <button type="submit" class="utrecht-button utrecht-button--primary-action knop">Aanmelden</button>
        </form>
        ${
          portalUrl
            ? html`<p class="klein">
                Schuldeiser met een toegangscode uit een brief? Ga naar het
                <a href="${portalUrl}">schuldeisersportaal</a>.
              </p>`
            : ''
        }
      </div>`,
    });

  return async (app: FastifyInstance): Promise<void> => {
    app.get('/', async (request, reply) => {
      const staff = await sessions.signedIn(request, reply);
      if (!staff) return reply;
      return reply.redirect(homeOf(staff.me.role), 303);
    });

    app.get('/aanmelden', async (request, reply) => {
      const query = request.query as Record<string, string>;
      const message =
        query.verlopen !== undefined
          ? 'Uw sessie is verlopen of het token is niet meer geldig. Meld u opnieuw aan.'
          : query.uit !== undefined
            ? 'U bent afgemeld.'
            : undefined;
      return send(reply, signInPage(new FormState({}, []), message));
    });

    app.post('/aanmelden', async (request, reply) => {
      const values = valuesOf(request.body);
      const state = new FormState({}, [tokenField]);
      const token = values.token?.trim();
      if (!sameOrigin(request)) return send(reply, signInPage(state), 403);
      if (!token) {
        state.add({ name: 'token', reason: 'Vul ‘Toegangstoken’ in.' });
        return send(reply, signInPage(state), 400);
      }
      const session = await new ApiClient(root, token, request).get<Me & { kind: string }>(`${API}/session`);
      if (!session.ok || session.data.kind !== 'staff') {
        state.add({
          name: 'token',
          reason: session.ok
            ? '‘Toegangstoken’: dit token is niet voor medewerkers. Gebruikt u het token uit een brief? Ga dan naar het schuldeisersportaal.'
            : '‘Toegangstoken’: dit token kennen wij niet. Plak het token opnieuw, zonder spaties ervoor of erna.',
        });
        return send(reply, signInPage(state), session.ok ? 403 : session.status);
      }
      setCookie(request, reply, STAFF_COOKIE, token, CONSOLE, 12 * 3600);
      return reply.redirect(homeOf(session.data.role), 303);
    });

    app.post('/afmelden', async (request, reply) => {
      if (postedFromOwnForm(request, STAFF_COOKIE)) clearCookie(request, reply, STAFF_COOKIE, CONSOLE);
      return reply.redirect(`${CONSOLE}/aanmelden?uit=1`, 303);
    });
  };
}
