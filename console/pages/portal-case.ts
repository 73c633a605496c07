import type { FastifyInstance, FastifyReply } from 'fastify';
import type { z } from 'zod';
import type { creditorDebtorResponse } from '../../api/creditor/debtor-route';
import type { creditorTrackResponse, letterListResponse } from '../../api/schemas';
import { creditorAnswerSchemas } from '../../workflows/case/actions';
import type { Problem } from '../api-client';
import type { PortalSessions, SignedCreditor } from '../creditor-portal-session';
import { factList } from '../fact-list';
import { ANSWERS, datum, euro, label, tijdstip, TRACK_PHASES } from '../format';
import { scopedFields } from '../form-render';
import { valuesOf } from '../form-values';
import { FormState, scopeSummary, type InvalidParam } from '../forms';
import { apiParamMessage } from '../forms/messages';
import { gemeenteName, type Gemeenten } from '../gemeenten';
import { html, type Html } from '../html';
import { badge, csrfField, errorSummary, notice } from '../layout';
import { betaalvoorstelNotice, type CreditorOplossing } from '../oplossing-creditor';
import { localProblems } from '../panel-submit';
import { PORTAL_ANSWERS } from '../portal-answers';
import { send } from '../send-page';
import { letterName } from '../timeline-words';

/**
 * Page: the creditor's view of one case — whom it is about (debtor, gemeente), the letters to it, and its
 * answers. The session the API issued for the code is bound to this case and creditor.
 */

type Track = z.output<typeof creditorTrackResponse>;
type Letters = z.output<typeof letterListResponse>;
type Debtor = z.output<typeof creditorDebtorResponse>;
const API = '/api/v1';

interface Failed {
  answer: string;
  state: FormState;
  rejection?: string;
}

export function portalCasePages(base: string, sessions: PortalSessions, gemeenten: Gemeenten) {
  function problemPage(reply: FastifyReply, problem: Problem, signed?: SignedCreditor) {
    return send(
      reply,
      sessions.portalPage({
        title: 'Er ging iets mis',
        csrf: signed?.csrf,
        body: html`<h1>${problem.status === 404 ? 'Niet gevonden' : 'Er ging iets mis'}</h1>
          <p>${problem.detail ?? 'Probeer het later opnieuw.'}</p>
          <p><a href="${base}/zaak">Terug naar de zaak</a></p>`,
      }),
      problem.status >= 400 ? problem.status : 500,
    );
  }

  function answerForms(t: Track, signed: SignedCreditor, failure: Failed | undefined): Html[] {
    return PORTAL_ANSWERS.map((f) => {
      const failed = failure?.answer === f.answer ? failure : undefined;
      // The creditor's own kenmerk, prefilled where the claim knows it.
      const known = t.claims[0]?.reference;
      const fields = f
        .fields()
        .map((x) => (x.name === 'kenmerkSchuldeiser' && known ? { ...x, initial: known } : x));
      const state = failed?.state ?? new FormState({}, fields);
      return html`<details
        class="actie"
        id="antwoord-${f.answer}"
        ${failed || (f.answer === 'saldo-opgave' && !t.answer) ? html`open` : ''}
      >
        <summary>${f.title}</summary>
        <div class="actie__inhoud">
          <p class="hint">${f.intro(t)}</p>
          ${
            failed?.rejection
              ? html`<div class="utrecht-alert utrecht-alert--error weigering" role="alert">
                  <p><strong>Niet verwerkt:</strong> ${failed.rejection}</p>
                </div>`
              : ''
          }
          <form method="post" action="${base}/antwoorden/${f.answer}" novalidate>
            ${csrfField(signed.csrf)} ${scopedFields(f.answer, fields, state)}
            <button type="submit" class="utrecht-button utrecht-button--primary-action knop">
              ${f.submit}
            </button>
          </form>
        </div>
      </details>`;
    });
  }

  async function casePage(
    reply: FastifyReply,
    signed: SignedCreditor,
    o: { flash?: string; failed?: Failed; status?: number } = {},
  ) {
    const [track, letters, oplossing, debtor] = await Promise.all([
      signed.api.get<Track>(`${API}/creditor/status`),
      signed.api.get<Letters>(`${API}/creditor/letters`),
      // Hook: the betaalvoorstel, once the case has a schuldregeling (console/oplossing-creditor.ts).
      signed.api.get<CreditorOplossing>(`${API}/creditor/oplossing`),
      signed.api.get<Debtor>(`${API}/creditor/debtor`),
    ]);
    if (!letters.ok) return problemPage(reply, letters.problem, signed);
    const t = track.ok ? track.data : undefined;
    const d = debtor.ok ? debtor.data : undefined;
    const ref = signed.session.caseReference ?? letters.data.caseReference;
    const gemeenteCode = d?.gemeente ?? /^(GM\d{4})-/.exec(ref)?.[1];
    const failure = o.failed;
    const summary = failure
      ? failure.rejection
        ? [{ href: `#antwoord-${failure.answer}`, text: failure.rejection }]
        : failure.state.summary()
      : [];
    const facts: [string, Html | string][] = [['Zaak', ref]];
    if (d) {
      facts.push(['Schuldenaar', `${d.name}, geboren ${datum(d.dateOfBirth)}`]);
      facts.push(['Gemeente', gemeenteName(gemeenten, d.gemeente) ?? d.gemeente]);
    }
    if (t) {
      const phase = TRACK_PHASES[t.phase] ?? { label: t.phase, tone: 'neutral' };
      facts.push(['Schuldeiser', t.name], ['Stand', badge(phase.label, phase.tone)]);
      facts.push(['Uw antwoord', t.answer ? label(ANSWERS, t.answer) : 'Nog niet gegeven']);
      if (t.answerDeadline && !t.answer) facts.push(['Antwoord graag uiterlijk', datum(t.answerDeadline)]);
      if (t.claimAmount !== undefined) facts.push(['Bekend saldo', euro(t.claimAmount)]);
      const so = t.saldoOpgave;
      if (so) {
        const parts = [
          so.hoofdsom !== undefined ? `hoofdsom ${euro(so.hoofdsom)}` : '',
          so.rente !== undefined ? `rente ${euro(so.rente)}` : '',
          so.kosten !== undefined ? `kosten ${euro(so.kosten)}` : '',
        ].filter(Boolean);
        facts.push(['Uw saldo-opgave', `${euro(so.totaal)}${parts.length ? ` (${parts.join(', ')})` : ''}`]);
        if (so.datumOntstaan) facts.push(['Schuld ontstaan op', datum(so.datumOntstaan)]);
        if (so.beslag.length)
          facts.push(['Beslag', so.beslag.map((b) => b.soort.replace(/-/g, ' ')).join(', ')]);
      }
      if (t.pauseEnd) {
        facts.push([
          'Incassopauze tot',
          html`${datum(t.pauseEnd)}
          ${t.pauseConfirmed ? badge('bevestigd', 'ok') : badge('nog niet bevestigd', 'warn')}`,
        ]);
      }
      if (t.noodstop?.active) facts.push(['Noodstop', `actief tot ${datum(t.noodstop.endDate)}`]);
      if (t.geenMedewerkingReason) facts.push(['Reden geen medewerking', t.geenMedewerkingReason]);
    }
    const letterRows = letters.data.items.map((l) => {
      const name = l.subject || letterName(l.kind);
      return html`<tr class="utrecht-table__row">
        <td class="utrecht-table__cell">${tijdstip(l.placedAt)}</td>
        <td class="utrecht-table__cell">${name}</td>
        <td class="utrecht-table__cell">
          <a href="${base}/brieven/${encodeURIComponent(l.letterId)}" download
            >PDF<span class="vh">: ${name}</span></a
          >
          <span class="klein">(${l.pages} ${l.pages === 1 ? 'pagina' : "pagina's"})</span>
        </td>
      </tr>`;
    });
    const markup = sessions.portalPage({
      title: `Zaak ${ref}`,
      hasErrors: Boolean(failure),
      csrf: signed.csrf,
      gemeenteCode,
      who: t ? `${t.name} · zaak ${ref}` : `Zaak ${ref}`,
      body: html`<h1>Zaak ${ref}${d ? html` <span class="kop__inwoner">· ${d.name}</span>` : ''}</h1>
        ${notice(o.flash)}
        ${errorSummary(summary, failure?.rejection ? 'Uw antwoord is niet verwerkt' : undefined)}
        ${betaalvoorstelNotice(oplossing.ok ? oplossing.data : undefined, base)} ${factList(facts)}
        <section aria-labelledby="h-brieven">
          <h2 id="h-brieven">Brieven aan u</h2>
          ${
            letters.data.items.length
              ? html`<div class="tabelvak">
                  <table class="utrecht-table">
                    <thead class="utrecht-table__header">
                      <tr class="utrecht-table__row">
                        <th scope="col" class="utrecht-table__header-cell">Verstuurd</th>
                        <th scope="col" class="utrecht-table__header-cell">Brief</th>
                        <th scope="col" class="utrecht-table__header-cell">Downloaden</th>
                      </tr>
                    </thead>
                    <tbody class="utrecht-table__body">
                      ${letterRows}
                    </tbody>
                  </table>
                </div>`
              : html`<p>Nog geen brieven.</p>`
          }
        </section>
        ${
          t
            ? html`<section aria-labelledby="h-antwoorden" class="acties">
                <h2 id="h-antwoorden">Uw antwoord</h2>
                ${answerForms(t, signed, failure)}
              </section>`
            : ''
        }`,
    });
    return send(reply, markup, o.status ?? 200);
  }

  return async (app: FastifyInstance): Promise<void> => {
    app.get('/zaak', async (request, reply) => {
      const signed = await sessions.signedIn(request, reply);
      if (!signed) return reply;
      const query = request.query as Record<string, string>;
      const done = PORTAL_ANSWERS.find((f) => f.answer === query.beantwoord);
      return casePage(reply, signed, {
        flash: done ? `Dank u. Uw antwoord is ontvangen: ${done.title}.` : undefined,
      });
    });

    app.get('/brieven/:letterId', async (request, reply) => {
      const signed = await sessions.signedIn(request, reply);
      if (!signed) return reply;
      const { letterId } = request.params as { letterId: string };
      const pdf = await signed.api.binary(`${API}/creditor/letters/${encodeURIComponent(letterId)}/pdf`);
      if (!pdf.ok) return problemPage(reply, pdf.problem ?? { status: pdf.status }, signed);
      return reply
        .code(200)
        .header('content-type', 'application/pdf')
        .header('content-disposition', pdf.disposition ?? `attachment; filename="${letterId}.pdf"`)
        .header('cache-control', 'no-store')
        .send(pdf.body);
    });

    app.post('/antwoorden/:answer', async (request, reply) => {
      const signed = await sessions.signedInPost(request, reply);
      if (!signed) return reply;
      const values = valuesOf(request.body);
      const { answer } = request.params as { answer: string };
      const form = PORTAL_ANSWERS.find((f) => f.answer === answer);
      if (!form) return problemPage(reply, { status: 404, detail: 'Onbekend antwoord.' }, signed);
      const local: InvalidParam[] = [];
      const body = form.build(values, local);
      const fields = form.fields();
      const problems = localProblems(creditorAnswerSchemas[form.answer], fields, body, local);
      const state = new FormState(values, fields);
      for (const p of problems) state.add(p);
      let rejection: string | undefined;
      let status = 400;
      if (problems.length === 0) {
        const result = await signed.api.post<Track>(`${API}/creditor/answers/${answer}`, body);
        if (result.ok) return reply.redirect(`${base}/zaak?beantwoord=${answer}`, 303);
        status = result.status;
        const params = result.problem['invalid-params'];
        if (params?.length) for (const p of params) state.add(apiParamMessage(p, fields));
        else rejection = result.problem.detail ?? 'Uw antwoord is niet verwerkt.';
      }
      return casePage(reply, signed, {
        failed: { answer, state: scopeSummary(answer, state), rejection },
        status,
      });
    });
  };
}
