import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { amsterdamDateOf } from '../../domain/amsterdam-time';
import { PANELS } from '../case-panels';
import { CASE_ID } from '../case-id';
import {
  caseFacts,
  creditorsSection,
  moratoriumSection,
  noodstopSection,
  residentSection,
  type CaseStatus,
  type ResidentView,
} from '../case-sections';
import { nextTerm, termsSection } from '../case-terms';
import { valuesOf } from '../form-values';
import { type FormState } from '../forms';
import { gemeenteName } from '../gemeenten';
import { html } from '../html';
import { errorSummary, notice } from '../layout';
import { letterTable } from '../letter-table';
import { actionsSection } from '../next-step';
import { oplossingSection, type OplossingStatus } from '../oplossing-view';
import { schuldregelingPath } from '../oplossing-officer';
import { submitPanelForm } from '../panel-submit';
import { API, CONSOLE, problemPage, send, staffPage, type Staff, type StaffSessions } from '../staff-session';
import { timelineSection } from '../timeline-section';
import { reminderForm } from './supervisor';

/** Page: one case — resident, next step, terms with their source, creditors, letters, timeline; its forms' posts. */

type Timeline = { at: string; by: string; action: string; detail?: string }[];

interface Failed {
  action: string;
  state: FormState;
  rejection?: string;
}

export interface CasePageOptions {
  temporalUiUrl?: string;
  namespace?: string;
  now?: () => Date;
}

export function casePages(sessions: StaffSessions, options: CasePageOptions) {
  const today = () => amsterdamDateOf((options.now?.() ?? new Date()).getTime());
  const temporalLink = (caseId: string) =>
    options.temporalUiUrl
      ? `${options.temporalUiUrl}/namespaces/${encodeURIComponent(options.namespace ?? 'schuldhulp')}/workflows/${encodeURIComponent(caseId)}`
      : undefined;

  async function casePage(
    staff: Staff,
    reply: FastifyReply,
    caseId: string,
    o: { flash?: string; failed?: Failed; status?: number; revealedBsn?: string } = {},
  ) {
    const [status, timeline, resident] = await Promise.all([
      staff.api.get<CaseStatus>(`${API}/cases/${caseId}`),
      staff.api.get<Timeline>(`${API}/cases/${caseId}/timeline`),
      staff.api.get<ResidentView>(`${API}/cases/${caseId}/resident`),
    ]);
    if (!status.ok) return problemPage(reply, staff, status.problem);
    const s = status.data;
    // Hook: the schuldregeling, once the case reached the oplossing (rendered by console/oplossing-view.ts).
    const oplossing =
      s.phase === 'oplossing' || s.phase === 'afgesloten'
        ? await staff.api.get<OplossingStatus>(`${API}/cases/${caseId}/oplossing`)
        : undefined;
    const failure = o.failed;
    const summary = failure
      ? failure.rejection
        ? [{ href: `#actie-${failure.action}`, text: failure.rejection }]
        : failure.state.summary()
      : [];
    const creditors = s.creditors.filter((c) => !c.removed).map((c) => [c.creditorId, c.name] as const);
    const base = `${CONSOLE}/zaken/${s.caseId}`;
    const link = temporalLink(s.caseId);
    const isOfficer = staff.me.role === 'officer';
    const body = html`<p class="kruimel">
        <a href="${CONSOLE}/${isOfficer ? 'zaken' : 'toezicht'}"
          >${isOfficer ? 'Mijn zaken' : 'Aandacht nodig'}</a
        >
        › ${s.caseReference}
      </p>
      <h1>
        Zaak
        ${s.caseReference}${resident.ok ? html` <span class="kop__inwoner">· ${resident.data.fullName}</span>` : ''}
      </h1>
      ${notice(o.flash)}
      ${errorSummary(summary, failure?.rejection ? 'De zaak weigert deze actie' : undefined)}
      ${caseFacts(s, gemeenteName(staff.gemeenten, s.gemeente) ?? s.gemeente, nextTerm(s, today()))}
      ${residentSection(resident.ok ? resident.data : undefined, {
        revealAction: `${base}/bsn`,
        csrf: staff.csrf,
        revealedBsn: o.revealedBsn,
      })}
      ${
        isOfficer && s.phase !== 'afgesloten'
          ? actionsSection({
              caseId: s.caseId,
              phase: s.phase,
              csrf: staff.csrf,
              creditors,
              today: today(),
              formAction: (p) => `${base}/${p.path}`,
              failed: failure,
            })
          : ''
      }
      ${oplossingSection(oplossing?.ok ? oplossing.data : undefined, schuldregelingPath(s.caseId), isOfficer)}
      ${noodstopSection(s)} ${moratoriumSection(s)} ${termsSection(s, today())} ${creditorsSection(s)}
      ${letterTable({ headingId: 'h-brieven', heading: 'Brieven', caseId: s.caseId, letters: s.letters, creditors: s.creditors, consoleBase: CONSOLE })}
      ${
        staff.me.role === 'supervisor'
          ? html`<section aria-labelledby="h-toezicht" class="blok">
              <h2 id="h-toezicht">Toezicht</h2>
              ${reminderForm(staff, s.caseId, base)}
            </section>`
          : ''
      }
      ${timelineSection('Tijdlijn', timeline.ok ? timeline.data : [], {
        creditors: s.creditors,
        letters: s.letters,
        letterHref: (id) => `${base}/brieven/${encodeURIComponent(id)}`,
      })}
      ${
        link
          ? html`<p class="klein">
              <a href="${link}" target="_blank" rel="noopener"
                >Technische gegevens in de Temporal UI<span class="vh"> (opent in nieuw venster)</span></a
              >
            </p>`
          : ''
      }`;
    const markup = staffPage(staff, {
      title: `Zaak ${s.caseReference}`,
      hasErrors: Boolean(failure),
      current: '',
      body,
    });
    return send(reply, markup, o.status ?? 200);
  }

  async function submitPanel(request: FastifyRequest, reply: FastifyReply, key: string) {
    const staff = await sessions.signedInPost(request, reply);
    if (!staff) return reply;
    const { caseId } = request.params as { caseId: string };
    const form = PANELS.find((f) => f.key === key);
    if (!form || !CASE_ID.test(caseId)) {
      return problemPage(reply, staff, { status: 404, detail: 'Onbekende actie of zaak.' });
    }
    const submission = await submitPanelForm(
      staff.api,
      form,
      caseId,
      valuesOf(request.body),
      today(),
      (problem, status) =>
        // No access, or no such case or action: a problem page. A paper answer for an unknown creditor: at the form.
        status === 403 || (status === 404 && form.group !== 'papier')
          ? undefined
          : (problem.detail ?? 'De actie is niet gelukt.'),
    );
    if (submission.outcome === 'done')
      return reply.redirect(`${CONSOLE}/zaken/${caseId}?gedaan=${form.key}#inhoud`, 303);
    if (submission.outcome === 'problem') return problemPage(reply, staff, submission.problem);
    return casePage(staff, reply, caseId, submission);
  }

  return async (app: FastifyInstance): Promise<void> => {
    app.get('/zaken/:caseId', async (request, reply) => {
      const staff = await sessions.signedIn(request, reply);
      if (!staff) return reply;
      const { caseId } = request.params as { caseId: string };
      if (!CASE_ID.test(caseId)) return problemPage(reply, staff, { status: 404, detail: 'Onbekende zaak.' });
      const query = request.query as Record<string, string>;
      const done = PANELS.find((f) => f.key === query.gedaan);
      const flash =
        query.gestart !== undefined
          ? 'De zaak is gestart. De termijn voor het eerste gesprek loopt.'
          : query.bestond !== undefined
            ? 'Deze zaak bestond al; u ziet de bestaande zaak.'
            : query.herinnerd !== undefined
              ? 'De medewerker heeft een herinnering gekregen.'
              : done
                ? `Verwerkt: ${done.title}.`
                : undefined;
      return casePage(staff, reply, caseId, { flash });
    });

    app.post('/zaken/:caseId/bsn', async (request, reply) => {
      const staff = await sessions.signedInPost(request, reply);
      if (!staff) return reply;
      const { caseId } = request.params as { caseId: string };
      if (!CASE_ID.test(caseId)) return problemPage(reply, staff, { status: 404, detail: 'Onbekende zaak.' });
      const revealed = await staff.api.post<{ bsn: string }>(
        `${API}/cases/${caseId}/resident/bsn-reveals`,
        {},
      );
      if (!revealed.ok) return problemPage(reply, staff, revealed.problem);
      return casePage(staff, reply, caseId, { revealedBsn: revealed.data.bsn });
    });

    app.get('/zaken/:caseId/brieven/:letterId', async (request, reply) => {
      const staff = await sessions.signedIn(request, reply);
      if (!staff) return reply;
      const { caseId, letterId } = request.params as { caseId: string; letterId: string };
      const pdf = await staff.api.binary(
        `${API}/cases/${encodeURIComponent(caseId)}/letters/${encodeURIComponent(letterId)}/pdf`,
      );
      if (!pdf.ok) return problemPage(reply, staff, pdf.problem ?? { status: pdf.status });
      return reply
        .code(200)
        .header('content-type', 'application/pdf')
        .header('content-disposition', pdf.disposition ?? `attachment; filename="${letterId}.pdf"`)
        .header('cache-control', 'no-store')
        .send(pdf.body);
    });

    app.post('/zaken/:caseId/acties/:action', async (request, reply) =>
      submitPanel(request, reply, (request.params as { action: string }).action),
    );
    app.post('/zaken/:caseId/antwoorden/:answer', async (request, reply) =>
      submitPanel(request, reply, `papier-${(request.params as { answer: string }).answer}`),
    );
  };
}
