import type { FastifyRequest } from 'fastify';
import { valuesOf } from './form-values';
import { html, type Html } from './html';
import { cookiesOf, csrfValid, sameOrigin } from './session';

/** A POST from one of this site's own forms: same origin, a session cookie, and the form's CSRF token matches it. */
export function postedFromOwnForm(request: FastifyRequest, cookie: string): boolean {
  const token = cookiesOf(request)[cookie];
  if (!token) return false;
  return sameOrigin(request) && csrfValid(token, valuesOf(request.body).csrf);
}

/** The 403 page body when it is not: "Formulier verlopen", with a link back. */
export const formExpiredBody = (home: string, homeLabel: string): Html =>
  html`<h1>Formulier verlopen</h1>
    <p>Dit formulier is niet (meer) geldig. Ga terug, laad de pagina opnieuw en probeer het nog eens.</p>
    <p><a href="${home}">${homeLabel}</a></p>`;
