import type { FastifyInstance, FastifyReply } from 'fastify';
import { CASE_NUMBER_PATTERN } from '../../workflows/case/ids';
import { aanmeldingBody, aanmeldingGroups, fieldOfAanmelding } from '../aanmelding-form';
import { groups } from '../form-render';
import { valuesOf } from '../form-values';
import { allFields, FormState } from '../forms';
import { html } from '../html';
import { csrfField, errorSummary } from '../layout';
import { API, CONSOLE, send, staffPage, type Staff, type StaffSessions } from '../staff-session';

/** Page: a new aanmelding (the resident and up to three creditors), checked in B1 Dutch before the case starts. */

const wrongFieldText = (name: string) => {
  const f = fieldOfAanmelding(name);
  return f
    ? f.fix
      ? `‘${f.label}’: ${f.fix}`
      : `Controleer wat u bij ‘${f.label}’ hebt ingevuld.`
    : undefined;
};

export function newCasePages(sessions: StaffSessions, today: () => string) {
  const newCasePage = (staff: Staff, reply: FastifyReply, state: FormState, status = 200) => {
    const suggestion = `${today().slice(0, 4)}-${String(Date.now()).slice(-6)}`;
    const body = html`<h1>Nieuwe aanmelding</h1>
      ${errorSummary(state.summary())}
      <p>
        Velden zonder "(niet verplicht)" zijn verplicht. U bent de behandelend medewerker
        (${staff.me.officerId ?? ''}).
      </p>
      <form method="post" action="${CONSOLE}/zaken" novalidate class="formulier">
        ${csrfField(staff.csrf)} ${groups(aanmeldingGroups(today(), suggestion), state)}
        <button type="submit" class="utrecht-button utrecht-button--primary-action knop">Zaak starten</button>
      </form>`;
    const markup = staffPage(staff, {
      title: 'Nieuwe aanmelding',
      body,
      current: `${CONSOLE}/zaken/nieuw`,
      hasErrors: state.hasErrors,
    });
    return send(reply, markup, status);
  };

  return async (app: FastifyInstance): Promise<void> => {
    app.get('/zaken/nieuw', async (request, reply) => {
      const staff = await sessions.signedIn(request, reply);
      if (!staff) return reply;
      return newCasePage(staff, reply, new FormState({}, allFields(aanmeldingGroups('', ''))));
    });

    app.post('/zaken', async (request, reply) => {
      const staff = await sessions.signedInPost(request, reply);
      if (!staff) return reply;
      const values = valuesOf(request.body);
      const { body, problems, rename } = aanmeldingBody(values, staff.me);
      const state = new FormState(values, allFields(aanmeldingGroups(today(), '')));
      for (const p of problems) state.add(p);
      // The API checks the case number too (and everything again); only what the form did not find is added.
      const result = problems.length
        ? undefined
        : await staff.api.post<{ caseId: string; created: boolean }>(`${API}/cases`, body);
      if (result?.ok) {
        return reply.redirect(
          `${CONSOLE}/zaken/${result.data.caseId}?${result.data.created ? 'gestart' : 'bestond'}`,
          303,
        );
      }
      if (!body.caseNumber) state.add({ name: 'caseNumber', reason: 'Vul ‘Zaaknummer’ in.' });
      else if (!CASE_NUMBER_PATTERN.test(body.caseNumber)) {
        state.add({ name: 'caseNumber', reason: wrongFieldText('caseNumber')! });
      }
      if (result && !result.ok) {
        const params = result.problem['invalid-params'];
        const known = new Set(problems.map((p) => p.name));
        if (params?.length) {
          for (const p of params) {
            const name = rename(p.name);
            if (!known.has(name) && name !== 'caseNumber')
              state.add({ name, reason: wrongFieldText(name) ?? p.reason });
          }
        } else
          state.add({
            name: '',
            reason: result.problem.detail ?? 'De zaak kon niet worden gestart. Probeer het opnieuw.',
          });
      }
      return newCasePage(staff, reply, state, result ? result.status : 400);
    });
  };
}
