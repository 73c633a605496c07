import type { FastifyInstance, FastifyReply } from 'fastify';
import type { z } from 'zod';
import type { creditorOplossingResponse } from '../api/oplossing/schemas';
import { ApiClient, type Problem } from './api-client';
import { datum, euro, label } from './format';
import { scopedFields } from './form-render';
import { compact, text, valuesOf } from './form-values';
import { FormState, scopeSummary, type FieldSpec } from './forms';
import { html, type Html } from './html';
import { factList } from './fact-list';
import { creditorPortalSessions } from './creditor-portal-session';
import { localProblems } from './panel-submit';
import { creditorOplossingAnswerBodies, type CreditorOplossingAnswer } from '../services/request-bodies';
import { send } from './send-page';
import { badge, csrfField, errorSummary, notice } from './layout';
import { FORMS, OUTCOMES, percentage, STAGES } from './oplossing-view';

/**
 * The betaalvoorstel in the creditor portal (<portal>/betaalvoorstel): the proposal for this creditor's own
 * claim, and its answer — akkoord, or afwijzing with a reason — and later the finale kwijting. The session
 * (case and creditor) comes from the access code, as on the rest of the portal.
 */

export type CreditorOplossing = z.output<typeof creditorOplossingResponse>;

const API = '/api/v1';

/** The phases as the creditor reads them. */
const CREDITOR_PHASES: Record<string, string> = {
  voorbereiding: 'In voorbereiding',
  betaalvoorstel: 'Betaalvoorstel aan de schuldeisers',
  borgstelling: 'Alle schuldeisers akkoord; wacht op de borgstelling',
  looptijd: 'Schuldregeling loopt',
  'finale-kwijting': 'Looptijd voorbij; finale kwijting gevraagd',
  nazorg: 'Nazorg',
  afgesloten: 'Afgesloten',
};

export const CREDITOR_OPLOSSING_FORMS = [
  {
    answer: 'voorstel-akkoord',
    title: 'Akkoord met het voorstel',
    submit: 'Akkoord geven',
    fields: [] as FieldSpec[],
  },
  {
    answer: 'voorstel-afwijzing',
    title: 'Voorstel afwijzen',
    submit: 'Voorstel afwijzen',
    fields: [
      {
        name: 'reason',
        label: 'Reden van de afwijzing',
        hint: 'De medewerker vraagt u dan om heroverweging. Hoogstens 300 tekens.',
        kind: 'textarea',
      },
    ] as FieldSpec[],
  },
  {
    answer: 'finale-kwijting',
    title: 'Finale kwijting verlenen',
    submit: 'Finale kwijting verlenen',
    fields: [] as FieldSpec[],
  },
] as const;

type Answer = (typeof CREDITOR_OPLOSSING_FORMS)[number]['answer'];

interface Failed {
  answer: Answer;
  state: FormState;
  rejection?: string;
}

/** On the portal's case page: what the creditor is asked in the schuldregeling, with the way to answer. */
export function betaalvoorstelNotice(view: CreditorOplossing | undefined, base: string): Html {
  if (!view) return html``;
  const asked =
    view.expectedAnswer === 'finale-kwijting'
      ? 'De gemeente vraagt u om finale kwijting'
      : view.expectedAnswer
        ? 'Er ligt een betaalvoorstel voor u klaar'
        : 'Schuldregeling';
  return html`<section
    aria-labelledby="h-betaalvoorstel"
    class="blok ${view.expectedAnswer ? 'blok--let-op' : ''}"
  >
    <h2 id="h-betaalvoorstel">${asked}</h2>
    <p>
      Aanbod ${euro(view.offerCents)} op uw vordering van ${euro(view.claimCents)}
      (${percentage(view.percentageBasisPoints)}).${
        view.answerDeadline && view.expectedAnswer
          ? ` Graag uw antwoord uiterlijk ${datum(view.answerDeadline)}.`
          : ''
      }
    </p>
    <p>
      <a href="${base}/betaalvoorstel"
        >${view.expectedAnswer ? 'Bekijk en beantwoord' : 'Bekijk'} het betaalvoorstel</a
      >
    </p>
  </section>`;
}

export function creditorOplossingPages(root: FastifyInstance, base: string) {
  const { portalPage, signedIn, signedInPost } = creditorPortalSessions(root, base);
  function problemPage(reply: FastifyReply, problem: Problem, csrf?: string) {
    return send(
      reply,
      portalPage({
        title: problem.status === 404 ? 'Geen betaalvoorstel' : 'Er ging iets mis',
        csrf,
        body: html`<h1>${problem.status === 404 ? 'Geen betaalvoorstel' : 'Er ging iets mis'}</h1>
          <p>${problem.detail ?? 'Probeer het later opnieuw.'}</p>
          <p><a href="${base}/zaak">Terug naar de zaak</a></p>`,
      }),
      problem.status >= 400 ? problem.status : 500,
    );
  }

  function answerForm(
    csrf: string,
    form: (typeof CREDITOR_OPLOSSING_FORMS)[number],
    failed: Failed | undefined,
    intro: string,
  ): Html {
    const state = failed?.state ?? new FormState({}, form.fields);
    return html`<section class="blok" aria-labelledby="h-${form.answer}" id="antwoord-${form.answer}">
      <h3 id="h-${form.answer}">${form.title}</h3>
      <p class="hint">${intro}</p>
      ${
        failed?.rejection
          ? html`<div class="weigering" role="alert">
              <p><strong>Niet verwerkt:</strong> ${failed.rejection}</p>
            </div>`
          : ''
      }
      <form method="post" action="${base}/betaalvoorstel/${form.answer}" novalidate>
        ${csrfField(csrf)} ${scopedFields(form.answer, form.fields, state)}
        <button type="submit" class="knop ${form.answer === 'voorstel-afwijzing' ? 'knop--tweede' : ''}">
          ${form.submit}
        </button>
      </form>
    </section>`;
  }

  async function render(
    reply: FastifyReply,
    signed: { api: ApiClient; csrf: string },
    o: { flash?: string; failed?: Failed; status?: number } = {},
  ) {
    const result = await signed.api.get<CreditorOplossing>(`${API}/creditor/oplossing`);
    if (!result.ok) return problemPage(reply, result.problem, signed.csrf);
    const v = result.data;
    const failure = o.failed;
    const summary = failure
      ? failure.rejection
        ? [{ href: `#antwoord-${failure.answer}`, text: failure.rejection }]
        : failure.state.summary()
      : [];
    const stage = STAGES[v.stage] ?? { label: v.stage, tone: 'neutral' };
    const facts: [string, Html | string][] = [
      ['Zaak', v.caseReference],
      ['Schuldeiser', v.name],
      ['Uw vordering', `${euro(v.claimCents)}${v.preferent ? ' (preferent)' : ''}`],
      ['Aanbod aan u', html`<strong>${euro(v.offerCents)}</strong> (${percentage(v.percentageBasisPoints)})`],
      [
        'Vorm',
        v.form
          ? `${label(FORMS, v.form)}${
              v.form === 'saneringskrediet'
                ? `: de kredietbank${v.kredietbank ? ` (${v.kredietbank})` : ''} betaalt het aanbod in één keer, tegen finale kwijting`
                : `: de inwoner betaalt ${v.looptijdMonths ?? 18} maanden, de gemeente verdeelt`
            }`
          : '—',
      ],
      [
        'Looptijd',
        v.looptijd
          ? `${datum(v.looptijd.startDate)} t/m ${datum(v.looptijd.endDate)}`
          : `${v.looptijdMonths ?? 18} maanden`,
      ],
      [
        'Alle schuldeisers samen',
        `${v.creditorCount} ${v.creditorCount === 1 ? 'schuldeiser' : 'schuldeisers'}${
          v.totalClaimsCents !== undefined ? `, samen ${euro(v.totalClaimsCents)}` : ''
        }`,
      ],
      ['Uw stand', badge(stage.label, stage.tone)],
      ['Fase schuldregeling', label(CREDITOR_PHASES, v.phase)],
    ];
    if (v.answerDeadline && v.expectedAnswer)
      facts.push(['Antwoord graag uiterlijk', datum(v.answerDeadline)]);
    if (v.paidCents) facts.push(['Ontvangen', euro(v.paidCents)]);
    if (v.kwijting?.grantedOn) facts.push(['Finale kwijting verleend', datum(v.kwijting.grantedOn)]);
    if (v.remainingOnRecordCents) facts.push(['Blijft openstaan', euro(v.remainingOnRecordCents)]);
    if (v.outcome) facts.push(['Uitkomst', label(OUTCOMES, v.outcome)]);

    const form = (answer: Answer) => CREDITOR_OPLOSSING_FORMS.find((f) => f.answer === answer)!;
    const failedFor = (answer: Answer) => (failure?.answer === answer ? failure : undefined);
    let answers: Html = html``;
    if (v.expectedAnswer === 'voorstel' || v.expectedAnswer === 'heroverweging') {
      answers = html`<section aria-labelledby="h-uw-antwoord" class="acties">
        <h2 id="h-uw-antwoord">
          ${v.expectedAnswer === 'heroverweging' ? 'Heroverweging: uw antwoord' : 'Uw antwoord'}
        </h2>
        ${
          v.expectedAnswer === 'heroverweging'
            ? html`<p>
                U wees het voorstel af. De gemeente vraagt u het opnieuw te overwegen: zonder akkoord van alle
                schuldeisers kan de rechter een dwangakkoord opleggen (Fw art. 287a).
              </p>`
            : ''
        }
        ${answerForm(
          signed.csrf,
          form('voorstel-akkoord'),
          failedFor('voorstel-akkoord'),
          `U gaat akkoord met ${euro(v.offerCents)} op uw vordering van ${euro(v.claimCents)}.`,
        )}
        ${answerForm(
          signed.csrf,
          form('voorstel-afwijzing'),
          failedFor('voorstel-afwijzing'),
          'U gaat niet akkoord. Geef uw reden.',
        )}
      </section>`;
    } else if (v.expectedAnswer === 'finale-kwijting') {
      answers = html`<section aria-labelledby="h-uw-antwoord" class="acties">
        <h2 id="h-uw-antwoord">Finale kwijting</h2>
        ${answerForm(
          signed.csrf,
          form('finale-kwijting'),
          failedFor('finale-kwijting'),
          `De schuldregeling is nagekomen: u ontving ${euro(v.paidCents)}. Met finale kwijting schelt u het restant van ${euro(
            Math.max(0, v.claimCents - v.paidCents),
          )} kwijt.`,
        )}
      </section>`;
    } else if (failure) {
      answers = html`<p>${failure.rejection ?? ''}</p>`;
    }

    const markup = portalPage({
      title: `Betaalvoorstel ${v.caseReference}`,
      hasErrors: Boolean(failure),
      csrf: signed.csrf,
      who: `${v.name} · zaak ${v.caseReference}`,
      body: html`<p class="kruimel"><a href="${base}/zaak">Zaak ${v.caseReference}</a> › Betaalvoorstel</p>
        <h1>Betaalvoorstel zaak ${v.caseReference}</h1>
        ${notice(o.flash)}
        ${errorSummary(summary, failure?.rejection ? 'Uw antwoord is niet verwerkt' : undefined)}
        ${factList(facts)}
        ${
          v.rejections.length
            ? html`<section aria-labelledby="h-eerder">
                <h2 id="h-eerder">Uw eerdere afwijzingen</h2>
                <ul>
                  ${v.rejections.map((r) => html`<li>${datum(r.on)}: ${r.reason}</li>`)}
                </ul>
              </section>`
            : ''
        }
        ${answers}`,
    });
    return send(reply, markup, o.status ?? 200);
  }

  const FLASH: Record<string, string> = {
    'voorstel-akkoord': 'Dank u. Uw akkoord met het betaalvoorstel is ontvangen.',
    'voorstel-afwijzing': 'Uw afwijzing is ontvangen. De medewerker vraagt u om heroverweging.',
    'finale-kwijting': 'Dank u. Uw finale kwijting is ontvangen.',
  };

  return async function plugin(app: FastifyInstance): Promise<void> {
    app.get('/betaalvoorstel', async (request, reply) => {
      const signed = await signedIn(request, reply);
      if (!signed) return reply;
      const answered = (request.query as Record<string, string>).beantwoord;
      return render(reply, signed, { flash: answered ? FLASH[answered] : undefined });
    });

    app.post('/betaalvoorstel/:answer', async (request, reply) => {
      const signed = await signedInPost(request, reply);
      if (!signed) return reply;
      const values = valuesOf(request.body);
      const { answer } = request.params as { answer: string };
      const form = CREDITOR_OPLOSSING_FORMS.find((f) => f.answer === answer);
      if (!form) return problemPage(reply, { status: 404, detail: 'Onbekend antwoord.' }, signed.csrf);
      const body = form.answer === 'voorstel-afwijzing' ? compact({ reason: text(values, 'reason') }) : {};
      const result = await signed.api.post(`${API}/creditor/oplossing/answers/${answer}`, body);
      if (result.ok) return reply.redirect(`${base}/betaalvoorstel?beantwoord=${answer}`, 303);
      const state = new FormState(values, form.fields);
      let rejection: string | undefined;
      if (result.problem['invalid-params']?.length) {
        // In the creditor's words, at the field: the schema's check with B1 messages (console/forms/messages.ts).
        const schema = creditorOplossingAnswerBodies[form.answer as CreditorOplossingAnswer];
        const problems = schema ? localProblems(schema, form.fields, body, []) : [];
        for (const p of problems.length ? problems : result.problem['invalid-params']) state.add(p);
      } else rejection = result.problem.detail ?? 'Uw antwoord is niet verwerkt.';
      return render(reply, signed, {
        failed: { answer: form.answer, state: scopeSummary(form.answer, state), rejection },
        status: result.status,
      });
    });
  };
}
