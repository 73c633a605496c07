import type { FastifyInstance, FastifyReply } from 'fastify';
import type { z } from 'zod';
import type { creditorSessionResponse, creditorTrackResponse, letterListResponse } from '../api/schemas';
import { ApiClient, type Problem } from './api-client';
import { ANSWER_FORMS } from './answer-forms';
import { betaalvoorstelNotice, type CreditorOplossing } from './oplossing-creditor';
import { ANSWERS, datum, euro, label, letterKind, tijdstip, TRACK_PHASES } from './format';
import {
  field,
  FormState,
  scopedFields,
  scopeSummary,
  valuesOf,
  type FieldSpec,
  type InvalidParam,
} from './forms';
import { html, type Html } from './html';
import { factList } from './fact-list';
import { creditorPortalSessions, type SignedCreditor } from './creditor-portal-session';
import { postedFromOwnForm } from './posted-form';
import { send } from './send-page';
import { badge, csrfField, errorSummary, notice } from './layout';
import { clearCookie, cookiesOf, CREDITOR_COOKIE, sameOrigin, setCookie } from './session';

/**
 * The creditor portal (the address printed on letters, SCHULDHULP_PORTAL_URL): a creditor enters the access
 * code from its letter and sees this case's letters to it, downloads them and answers. The session the API
 * issues for the code is bound to that one case and creditor; the portal only keeps it in a cookie.
 */

type Track = z.output<typeof creditorTrackResponse>;
type Letters = z.output<typeof letterListResponse>;
type Session = z.output<typeof creditorSessionResponse>;

const API = '/api/v1';

export function creditorPortal(root: FastifyInstance, base: string) {
  const { portalPage, signedIn, signedInPost } = creditorPortalSessions(root, base);

  const codeField: FieldSpec = {
    name: 'code',
    label: 'Toegangscode',
    hint: 'De code staat in de brief, bijvoorbeeld ABCD-EFGH-JKLM-NPQR.',
    width: 'm',
    autocomplete: 'off',
  };

  const codePage = (state: FormState, message?: string) =>
    portalPage({
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
          <button type="submit" class="knop">Verder</button>
        </form>
      </div>`,
    });

  function problemPage(reply: FastifyReply, problem: Problem, signed?: SignedCreditor) {
    return send(
      reply,
      portalPage({
        title: 'Er ging iets mis',
        csrf: signed?.csrf,
        body: html`<h1>${problem.status === 404 ? 'Niet gevonden' : 'Er ging iets mis'}</h1>
          <p>${problem.detail ?? 'Probeer het later opnieuw.'}</p>
          <p><a href="${base}/zaak">Terug naar de zaak</a></p>`,
      }),
      problem.status >= 400 ? problem.status : 500,
    );
  }

  async function casePage(
    reply: FastifyReply,
    signed: SignedCreditor,
    o: {
      flash?: string;
      failed?: { answer: string; state: FormState; rejection?: string };
      status?: number;
    } = {},
  ) {
    const [track, letters, oplossing] = await Promise.all([
      signed.api.get<Track>(`${API}/creditor/status`),
      signed.api.get<Letters>(`${API}/creditor/letters`),
      // Hook: the betaalvoorstel, once the case has a schuldregeling (console/oplossing-creditor.ts).
      signed.api.get<CreditorOplossing>(`${API}/creditor/oplossing`),
    ]);
    if (!letters.ok) return problemPage(reply, letters.problem, signed);
    const t = track.ok ? track.data : undefined;
    const ref = signed.session.caseReference ?? letters.data.caseReference;
    const failure = o.failed;
    const summary = failure
      ? failure.rejection
        ? [{ href: `#antwoord-${failure.answer}`, text: failure.rejection }]
        : failure.state.summary()
      : [];
    const phase = t ? (TRACK_PHASES[t.phase] ?? { label: t.phase, tone: 'neutral' }) : undefined;
    const facts: [string, Html | string][] = t
      ? [
          ['Zaak', ref],
          ['Schuldeiser', t.name],
          ['Stand', phase ? badge(phase.label, phase.tone) : ''],
          ['Uw antwoord', t.answer ? label(ANSWERS, t.answer) : 'Nog niet gegeven'],
        ]
      : [['Zaak', ref]];
    if (t?.answerDeadline && !t.answer) facts.push(['Antwoord graag uiterlijk', datum(t.answerDeadline)]);
    if (t?.claimAmount !== undefined) facts.push(['Bekend saldo', euro(t.claimAmount)]);
    if (t?.pauseEnd) {
      facts.push([
        'Incassopauze tot',
        html`${datum(t.pauseEnd)}
        ${t.pauseConfirmed ? badge('bevestigd', 'ok') : badge('nog niet bevestigd', 'warn')}`,
      ]);
    }
    if (t?.noodstop?.active) facts.push(['Noodstop', `actief tot ${datum(t.noodstop.endDate)}`]);
    if (t?.geenMedewerkingReason) facts.push(['Reden geen medewerking', t.geenMedewerkingReason]);

    const letterRows = letters.data.items.map(
      (l) =>
        html`<tr>
          <td>${tijdstip(l.placedAt)}</td>
          <td>${l.subject || letterKind(l.kind)}</td>
          <td>
            <a href="${base}/brieven/${encodeURIComponent(l.letterId)}" download
              >PDF<span class="vh">: ${l.subject || letterKind(l.kind)}</span></a
            >
            <span class="klein">(${l.pages} ${l.pages === 1 ? 'pagina' : "pagina's"})</span>
          </td>
        </tr>`,
    );

    const forms = t
      ? ANSWER_FORMS.map((f) => {
          const failed = failure?.answer === f.answer ? failure : undefined;
          const fields = f.fields(t);
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
                  ? html`<div class="weigering" role="alert">
                      <p><strong>Niet verwerkt:</strong> ${failed.rejection}</p>
                    </div>`
                  : ''
              }
              <form method="post" action="${base}/antwoorden/${f.answer}" novalidate>
                ${csrfField(signed.csrf)} ${scopedFields(f.answer, fields, state)}
                <button type="submit" class="knop">${f.submit}</button>
              </form>
            </div>
          </details>`;
        })
      : [];

    const markup = portalPage({
      title: `Zaak ${ref}`,
      hasErrors: Boolean(failure),
      csrf: signed.csrf,
      who: t ? `${t.name} · zaak ${ref}` : `Zaak ${ref}`,
      body: html`<h1>Zaak ${ref}</h1>
        ${notice(o.flash)}
        ${errorSummary(summary, failure?.rejection ? 'Uw antwoord is niet verwerkt' : undefined)}
        ${betaalvoorstelNotice(oplossing.ok ? oplossing.data : undefined, base)} ${factList(facts)}
        <section aria-labelledby="h-brieven">
          <h2 id="h-brieven">Brieven aan u</h2>
          ${
            letters.data.items.length
              ? html`<div class="tabelvak">
                  <table>
                    <thead>
                      <tr>
                        <th scope="col">Verstuurd</th>
                        <th scope="col">Onderwerp</th>
                        <th scope="col">Downloaden</th>
                      </tr>
                    </thead>
                    <tbody>
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
                ${forms}
              </section>`
            : ''
        }`,
    });
    return send(reply, markup, o.status ?? 200);
  }

  return async function plugin(app: FastifyInstance): Promise<void> {
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
      const api = new ApiClient(root, undefined, request);
      const code = (values.code ?? '').trim().toUpperCase();
      const result = await api.post<Session>(`${API}/creditor-sessions`, { code });
      if (!result.ok) {
        const params = result.problem['invalid-params'];
        if (params?.length) for (const p of params) state.add(p);
        else state.add({ name: 'code', reason: result.problem.detail ?? 'De code is niet geaccepteerd.' });
        return send(reply, codePage(state), result.status);
      }
      const seconds = Math.max(60, Math.floor((Date.parse(result.data.expiresAt) - Date.now()) / 1000));
      setCookie(request, reply, CREDITOR_COOKIE, result.data.token, base, seconds);
      return reply.redirect(`${base}/zaak`, 303);
    });

    app.post('/afmelden', async (request, reply) => {
      if (postedFromOwnForm(request, CREDITOR_COOKIE)) {
        clearCookie(request, reply, CREDITOR_COOKIE, base);
      }
      return reply.redirect(`${base}?uit`, 303);
    });

    app.get('/zaak', async (request, reply) => {
      const signed = await signedIn(request, reply);
      if (!signed) return reply;
      const query = request.query as Record<string, string>;
      const done = ANSWER_FORMS.find((f) => f.answer === query.beantwoord);
      return casePage(reply, signed, {
        flash: done ? `Dank u. Uw antwoord is ontvangen: ${done.title}.` : undefined,
      });
    });

    app.get('/brieven/:letterId', async (request, reply) => {
      const signed = await signedIn(request, reply);
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
      const signed = await signedInPost(request, reply);
      if (!signed) return reply;
      const values = valuesOf(request.body);
      const { answer } = request.params as { answer: string };
      const form = ANSWER_FORMS.find((f) => f.answer === answer);
      if (!form) return problemPage(reply, { status: 404, detail: 'Onbekend antwoord.' }, signed);
      const local: InvalidParam[] = [];
      const body = form.build(values, local);
      const result = await signed.api.post<Track>(`${API}/creditor/answers/${answer}`, body);
      if (result.ok && local.length === 0) return reply.redirect(`${base}/zaak?beantwoord=${answer}`, 303);
      // The track decides which fields exist (pause end in a label); an empty track is enough to place errors.
      const state = new FormState(values, form.fields({ pauseEnd: undefined }));
      for (const p of local) state.add(p);
      let rejection: string | undefined;
      if (!result.ok) {
        const params = result.problem['invalid-params'];
        if (params?.length) {
          const names = new Set(local.map((p) => p.name));
          for (const p of params) if (!names.has(p.name)) state.add(p);
        } else rejection = result.problem.detail ?? 'Uw antwoord is niet verwerkt.';
      }
      return casePage(reply, signed, {
        failed: { answer, state: scopeSummary(answer, state), rejection },
        status: result.ok ? 400 : result.status,
      });
    });

    app.setNotFoundHandler((request, reply) =>
      send(
        reply,
        portalPage({
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
        portalPage({
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
