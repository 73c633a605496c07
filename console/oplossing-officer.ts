import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import type { timelineResponse } from '../api/schemas';
import { amsterdamDateOf } from '../domain/amsterdam-time';
import { CASE_ID } from './case-id';
import { valuesOf } from './form-values';
import { FormState } from './forms';
import { html, type Html } from './html';
import { errorSummary, notice } from './layout';
import { OPLOSSING_PANELS, type OplossingPanel } from './oplossing-panels';
import { panelForm } from './panel-form';
import { submitPanelForm } from './panel-submit';
import { timelineSection } from './timeline-section';
import {
  borgstellingBlock,
  looptijdBlock,
  oplossingDeadlines,
  oplossingFacts,
  oplossingLetters,
  proposalTable,
  type OplossingStatus,
} from './oplossing-view';
import type { Gemeenten } from './gemeenten';
import { API, CONSOLE, problemPage, send, staffPage, staffSessions, type Staff } from './staff-session';
import { basisPointsOfPercentage, formatPercentage } from '../domain/percentage';

/**
 * The schuldregeling page of a case (/console/zaken/{caseId}/schuldregeling): everything the oplossing
 * reports, a form per officer action and per creditor answer that came on paper. A refused action shows the
 * workflow's reason at its form.
 */

type Timeline = z.output<typeof timelineResponse>;

export const schuldregelingPath = (caseId: string) => `${CONSOLE}/zaken/${caseId}/schuldregeling`;

interface Failed {
  action: string;
  state: FormState;
  rejection?: string;
}

/** The proposal's percentages are percentages already (40 is 40%). */
const pct = (value: number) => formatPercentage(basisPointsOfPercentage(value));

export function oplossingOfficerPages(
  root: FastifyInstance,
  now: () => Date = () => new Date(),
  /** The gemeenten's names and themes, as on the case pages (the example set without it). */
  gemeenten?: Gemeenten,
) {
  const { signedIn, signedInPost } = staffSessions(root, gemeenten);
  const today = () => amsterdamDateOf(now().getTime());

  function actionForm(
    staff: Staff,
    s: OplossingStatus,
    form: OplossingPanel,
    failed: Failed | undefined,
  ): Html {
    const creditors = s.creditors.map((c) => [c.creditorId, c.name] as const);
    return panelForm({
      panel: form,
      action: `${schuldregelingPath(s.caseId)}/${form.path}`,
      fields: form.fields(creditors, today()),
      failed,
      csrf: staff.csrf,
    });
  }

  /** The actions of this phase first; the others folded away (still there, to see why they cannot be done). */
  function actionForms(staff: Staff, s: OplossingStatus, failure: Failed | undefined): Html {
    const form = (f: OplossingPanel) =>
      actionForm(staff, s, f, failure?.action === f.key ? failure : undefined);
    const now = OPLOSSING_PANELS.filter((f) => f.phases.includes(s.phase));
    const other = OPLOSSING_PANELS.filter((f) => !f.phases.includes(s.phase));
    const open = other.some((f) => f.key === failure?.action);
    return html`${now.length ? now.map(form) : html`<p>In deze fase wacht de schuldregeling niet op u.</p>`}
    ${
      other.length
        ? html`<details class="groep groep--vouw" id="andere-acties" ${open ? html`open` : ''}>
            <summary>Acties van andere fasen</summary>
            ${other.map(form)}
          </details>`
        : ''
    }`;
  }

  async function render(
    staff: Staff,
    reply: FastifyReply,
    caseId: string,
    o: { flash?: string; failed?: Failed; status?: number } = {},
  ) {
    const [status, timeline] = await Promise.all([
      staff.api.get<OplossingStatus>(`${API}/cases/${caseId}/oplossing`),
      staff.api.get<Timeline>(`${API}/cases/${caseId}/oplossing/timeline`),
    ]);
    if (!status.ok) return problemPage(reply, staff, status.problem);
    const s = status.data;
    const events = timeline.ok ? timeline.data : [];
    const failure = o.failed;
    const summary = failure
      ? failure.rejection
        ? [{ href: `#actie-${failure.action}`, text: failure.rejection }]
        : failure.state.summary()
      : [];
    const canAct = staff.me.role === 'officer' && s.phase !== 'afgesloten';
    const body = html`<p class="kruimel">
        <a href="${CONSOLE}/zaken">Zaken</a> › <a href="${CONSOLE}/zaken/${caseId}">${s.caseReference}</a> ›
        Schuldregeling
      </p>
      <h1>Schuldregeling ${s.caseReference}</h1>
      ${notice(o.flash)}
      ${errorSummary(summary, failure?.rejection ? 'De schuldregeling weigert deze actie' : undefined)}
      ${oplossingFacts(s)} ${oplossingDeadlines(s)}
      <section aria-labelledby="h-voorstel">
        <h2 id="h-voorstel">Voorstel per schuldeiser</h2>
        ${
          s.proposal
            ? html`<p class="klein">
                  Concurrente schuldeisers krijgen ${pct(s.proposal.concurrentPercentage)} van hun
                  vordering${
                    s.proposal.preferentPercentage === null
                      ? ''
                      : `, preferente ${pct(s.proposal.preferentPercentage)}`
                  }.
                </p>
                ${proposalTable(s)}`
            : html`<p>Nog geen betaalvoorstel: vul hieronder de afloscapaciteit in.</p>`
        }
      </section>
      ${borgstellingBlock(s)} ${looptijdBlock(s)} ${oplossingLetters(s, CONSOLE)}
      ${
        canAct
          ? html`<section aria-labelledby="h-acties" class="acties">
              <h2 id="h-acties">Acties in de schuldregeling</h2>
              <p class="klein">
                De schuldregeling controleert elke actie; kan een actie nu niet, dan ziet u hier waarom.
              </p>
              ${actionForms(staff, s, failure)}
            </section>`
          : ''
      }
      ${timelineSection('Tijdlijn schuldregeling', events, {
        creditors: s.creditors,
        letters: s.letters,
        letterHref: (id) => `${CONSOLE}/zaken/${s.caseId}/brieven/${encodeURIComponent(id)}`,
      })}`;
    return send(
      reply,
      staffPage(staff, { title: `Schuldregeling ${s.caseReference}`, body, hasErrors: Boolean(failure) }),
      o.status ?? 200,
    );
  }

  async function submit(request: FastifyRequest, reply: FastifyReply, key: string) {
    const staff = await signedInPost(request, reply);
    if (!staff) return reply;
    const { caseId } = request.params as { caseId: string };
    const form = OPLOSSING_PANELS.find((f) => f.key === key);
    if (!form || !CASE_ID.test(caseId)) {
      return problemPage(reply, staff, { status: 404, detail: 'Onbekende actie of zaak.' });
    }
    const submission = await submitPanelForm(staff.api, form, caseId, valuesOf(request.body), today());
    if (submission.outcome === 'done') {
      return reply.redirect(`${schuldregelingPath(caseId)}?gedaan=${form.key}#inhoud`, 303);
    }
    if (submission.outcome === 'problem') return problemPage(reply, staff, submission.problem);
    return render(staff, reply, caseId, submission);
  }

  return async function plugin(app: FastifyInstance): Promise<void> {
    app.get('/zaken/:caseId/schuldregeling', async (request, reply) => {
      const staff = await signedIn(request, reply);
      if (!staff) return reply;
      const { caseId } = request.params as { caseId: string };
      if (!CASE_ID.test(caseId)) return problemPage(reply, staff, { status: 404, detail: 'Onbekende zaak.' });
      const done = OPLOSSING_PANELS.find((f) => f.key === (request.query as Record<string, string>).gedaan);
      return render(staff, reply, caseId, { flash: done ? `Verwerkt: ${done.title}.` : undefined });
    });
    app.post('/zaken/:caseId/schuldregeling/acties/:action', async (request, reply) =>
      submit(request, reply, (request.params as { action: string }).action),
    );
    app.post('/zaken/:caseId/schuldregeling/antwoorden/:answer', async (request, reply) =>
      submit(request, reply, `papier-${(request.params as { answer: string }).answer}`),
    );
  };
}
