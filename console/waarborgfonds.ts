import type { FastifyInstance, FastifyReply } from 'fastify';
import type { z } from 'zod';
import type { borgstellingListResponse } from '../api/oplossing/schemas';
import { CASE_ID } from './case-id';
import { datum, euro } from './format';
import { scopedFields } from './form-render';
import { compact, text, valuesOf } from './form-values';
import { FormState, scopeSummary, type FieldSpec } from './forms';
import { localProblems } from './panel-submit';
import { borgstellingDecisionBody } from '../services/request-bodies';
import { html } from './html';
import { badge, csrfField, errorSummary, notice } from './layout';
import type { Gemeenten } from './gemeenten';
import { API, CONSOLE, problemPage, send, staffPage, staffSessions, type Staff } from './staff-session';

/**
 * The waarborgfonds's page (/console/waarborgfonds, signed in with its token like staff): the aanvragen
 * borgstelling that wait for the fund, each with its decision form. No names of residents or creditors.
 */

type Borgstellingen = z.output<typeof borgstellingListResponse>;

const PAGE = `${CONSOLE}/waarborgfonds`;

const fields: FieldSpec[] = [
  {
    name: 'by',
    label: 'Kenmerk besluit',
    hint: 'Het kenmerk van het fonds, bijvoorbeeld WF-2026-0118',
    width: 'm',
  },
  {
    name: 'granted',
    label: 'Besluit',
    kind: 'radio',
    options: [
      ['true', 'Borgstelling verlenen'],
      ['false', 'Borgstelling weigeren'],
    ],
  },
];

interface Failed {
  caseId: string;
  state: FormState;
  rejection?: string;
}

const scopeOf = (caseId: string) => `besluit-${caseId}`;

export function waarborgfondsPages(root: FastifyInstance, gemeenten?: Gemeenten) {
  const { signedIn, signedInPost } = staffSessions(root, gemeenten);

  async function render(
    staff: Staff,
    reply: FastifyReply,
    o: { flash?: string; failed?: Failed; status?: number } = {},
  ) {
    if (staff.me.role !== 'waarborgfonds')
      return problemPage(reply, staff, { status: 403, detail: 'Deze pagina is voor het waarborgfonds.' });
    const list = await staff.api.get<Borgstellingen>(`${API}/waarborgfonds/borgstellingen`);
    if (!list.ok) return problemPage(reply, staff, list.problem);
    const failure = o.failed;
    const summary = failure
      ? failure.rejection
        ? [{ href: `#${scopeOf(failure.caseId)}`, text: failure.rejection }]
        : failure.state.summary()
      : [];
    const items = list.data.items;
    const body = html`<h1>Borgstellingen</h1>
      ${notice(o.flash)}
      ${errorSummary(summary, failure?.rejection ? 'Het besluit is niet verwerkt' : undefined)}
      <p>
        Aanvragen borgstelling voor saneringskredieten boven de automatische grens, die op een besluit van het
        fonds wachten. Oudste aanvraag eerst.
      </p>
      ${
        items.length === 0
          ? html`<p>Er wachten geen aanvragen op een besluit.</p>`
          : items.map((i) => {
              const failed = failure?.caseId === i.caseId ? failure : undefined;
              const state = failed?.state ?? new FormState({}, fields);
              const late = i.decisionBefore
                ? badge(`besluit uiterlijk ${datum(i.decisionBefore)}`, 'warn')
                : '';
              return html`<section class="blok" aria-labelledby="h-${i.caseId}" id="${scopeOf(i.caseId)}">
                <h2 id="h-${i.caseId}">Zaak ${i.caseReference} ${late}</h2>
                <dl class="feiten">
                  <div>
                    <dt>Gemeente</dt>
                    <dd>${i.gemeente}</dd>
                  </div>
                  <div>
                    <dt>Kredietbank</dt>
                    <dd>${i.kredietbank ?? '—'}</dd>
                  </div>
                  <div>
                    <dt>Lening</dt>
                    <dd>${euro(i.loanCents)}</dd>
                  </div>
                  <div>
                    <dt>Premie (1%)</dt>
                    <dd>${euro(i.premiumCents)}</dd>
                  </div>
                  <div>
                    <dt>Looptijd</dt>
                    <dd>${i.looptijdMonths} maanden</dd>
                  </div>
                  <div>
                    <dt>Schuldeisers</dt>
                    <dd>${i.creditorCount}, samen ${euro(i.totalClaimsCents)}</dd>
                  </div>
                  <div>
                    <dt>Aangevraagd</dt>
                    <dd>${datum(i.requestedOn)}</dd>
                  </div>
                </dl>
                ${
                  failed?.rejection
                    ? html`<div class="weigering" role="alert">
                        <p><strong>Niet verwerkt:</strong> ${failed.rejection}</p>
                      </div>`
                    : ''
                }
                <form method="post" action="${PAGE}/${i.caseId}/besluit" novalidate>
                  ${csrfField(staff.csrf)} ${scopedFields(scopeOf(i.caseId), fields, state)}
                  <button type="submit" class="knop">
                    Besluit vastleggen<span class="vh"> voor zaak ${i.caseReference}</span>
                  </button>
                </form>
              </section>`;
            })
      }`;
    return send(
      reply,
      staffPage(staff, { title: 'Borgstellingen', body, current: PAGE, hasErrors: Boolean(failure) }),
      o.status ?? 200,
    );
  }

  return async function plugin(app: FastifyInstance): Promise<void> {
    app.get('/waarborgfonds', async (request, reply) => {
      const staff = await signedIn(request, reply);
      if (!staff) return reply;
      const decided = (request.query as Record<string, string>).besloten;
      const flash =
        typeof decided === 'string' && CASE_ID.test(decided)
          ? `Besluit vastgelegd voor zaak ${decided.replace(/^case-/, '')}.`
          : undefined;
      return render(staff, reply, { flash });
    });

    app.post('/waarborgfonds/:caseId/besluit', async (request, reply) => {
      const staff = await signedInPost(request, reply);
      if (!staff) return reply;
      const { caseId } = request.params as { caseId: string };
      if (!CASE_ID.test(caseId)) return problemPage(reply, staff, { status: 404, detail: 'Onbekende zaak.' });
      const values = valuesOf(request.body);
      const granted = text(values, 'granted');
      const body = compact({
        by: text(values, 'by'),
        granted: granted === 'true' ? true : granted === 'false' ? false : undefined,
      });
      const result = await staff.api.post(`${API}/cases/${caseId}/oplossing/borgstelling-besluit`, body);
      if (result.ok) return reply.redirect(`${PAGE}?besloten=${caseId}`, 303);
      const state = new FormState(values, fields);
      let rejection: string | undefined;
      if (result.problem['invalid-params']?.length) {
        // In B1 Dutch at the field: the same schema's check (console/forms/messages.ts).
        const problems = localProblems(borgstellingDecisionBody, fields, body, []);
        for (const p of problems.length ? problems : result.problem['invalid-params']) state.add(p);
      } else if (result.status === 409 || result.status === 404) rejection = result.problem.detail;
      else return problemPage(reply, staff, result.problem);
      return render(staff, reply, {
        failed: { caseId, state: scopeSummary(scopeOf(caseId), state), rejection },
        status: result.status,
      });
    });
  };
}
