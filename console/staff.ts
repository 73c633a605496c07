import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { answerBodySchemas } from '../api/officer/routes';
import { deadlineDayOf } from '../services/supervisor/attention';
import { amsterdamDateOf } from '../domain/amsterdam-time';
import type {
  attentionResponse,
  caseListResponse,
  caseStatusResponse,
  startCaseResponse,
  timelineResponse,
} from '../api/schemas';
import { ApiClient, type Problem } from './api-client';
import { CASE_ID } from './case-id';
import { postedFromOwnForm } from './posted-form';
import { creditorSelect } from './form-fields';
import {
  ANSWERS,
  DEADLINE_KINDS,
  DEADLINE_STATES,
  datum,
  euro,
  label,
  PHASES,
  REASONS,
  TRACK_PHASES,
  WAITING_ON,
} from './format';
import {
  allFields,
  FormState,
  groups,
  field,
  valuesOf,
  type FieldSpec,
  text,
  type InvalidParam,
  type Values,
} from './forms';
import { html, type Html } from './html';
import { factList } from './fact-list';
import { letterTable } from './letter-table';
import { panelForm } from './panel-form';
import { submitPanelForm } from './panel-submit';
import { timelineSection } from './timeline-section';
import { badge, csrfField, errorSummary, notice, page, type NavItem } from './layout';
import { ANSWER_FORMS } from './answer-forms';
import { ACTION_FORMS, ACTION_GROUPS, aanmeldingBody, aanmeldingGroups } from './officer-forms';
import { clearCookie, sameOrigin, setCookie, STAFF_COOKIE } from './session';
import { oplossingSection, type OplossingStatus } from './oplossing-view';
import { schuldregelingPath } from './oplossing-officer';
import { API, CONSOLE, homeOf, send, staffSessions, type Me, type Staff } from './staff-session';

/** The officer console and the supervisor view, under /console, for staff with a bearer token. */

type CaseStatus = z.output<typeof caseStatusResponse>;
type Timeline = z.output<typeof timelineResponse>;
type CaseList = z.output<typeof caseListResponse>;
type Attention = z.output<typeof attentionResponse>;

export { CONSOLE };

export interface StaffConsoleOptions {
  /** Temporal Web UI base, e.g. http://localhost:8233 (case links). */
  temporalUiUrl?: string;
  namespace?: string;
  /** Shown on the sign-in page: where creditors go. */
  portalUrl?: string;
  now?: () => Date;
}

/** One folding form on the case page: an officer action, or a creditor's answer typed in from paper. */
interface Panel {
  key: string;
  title: string;
  intro?: string;
  submit: string;
  /** Under /console/zaken/{caseId}/ */
  path: string;
  group: string;
  fields(creditors: readonly (readonly [string, string])[], today: string): FieldSpec[];
  build(values: Values, local: InvalidParam[]): unknown;
  /** The API route the body goes to; undefined when the form lacks a part of the path (the creditor). */
  apiPath(caseId: string, values: Values): string | undefined;
  /** The API's body schema, to name the other fields' errors too when there is no route to call. */
  bodySchema?: z.ZodType;
}

const ACTION_PANELS: Panel[] = ACTION_FORMS.map((f) => ({
  ...f,
  key: f.action,
  path: `acties/${f.action}`,
  apiPath: (caseId: string) => `${API}/cases/${caseId}/actions/${f.action}`,
}));

const PAPER_LABELS: Record<string, string> = {
  amount: 'Openstaand saldo volgens de schuldeiser',
  reference: 'Kenmerk van de schuldeiser',
  confirmed: 'De schuldeiser bevestigt de incassopauze',
};

const PAPER_PANELS: Panel[] = ANSWER_FORMS.map((f) => ({
  key: `papier-${f.answer}`,
  title: `${f.title} (op papier)`,
  intro: 'Een antwoord dat per post, mail of telefoon binnenkwam, voor de schuldeiser ingevoerd.',
  submit: `${f.title} vastleggen`,
  path: `antwoorden/${f.answer}`,
  group: 'papier',
  fields: (creditors) => [
    creditorSelect(creditors),
    ...f.fields({ pauseEnd: undefined }).map((x) => ({ ...x, label: PAPER_LABELS[x.name] ?? x.label })),
  ],
  build: f.build,
  bodySchema: answerBodySchemas[f.answer],
  apiPath: (caseId, values) => {
    const creditorId = text(values, 'creditorId');
    return creditorId
      ? `${API}/cases/${caseId}/creditors/${encodeURIComponent(creditorId)}/answers/${f.answer}`
      : undefined;
  },
}));

const PANELS = [...ACTION_PANELS, ...PAPER_PANELS];
const PANEL_GROUPS = [...ACTION_GROUPS, { key: 'papier', title: 'Antwoorden van schuldeisers op papier' }];

export function staffConsole(root: FastifyInstance, options: StaffConsoleOptions) {
  const today = () => amsterdamDateOf((options.now?.() ?? new Date()).getTime());
  const { signedIn, signedInPost } = staffSessions(root);

  // The case console keeps its own header, menu and problem page: unlike staff-session.ts it names no
  // waarborgfonds role and links back to /console. Folding them together would change those pages.
  function whoLine(me: Me): string {
    if (me.role === 'officer') return `Medewerker ${me.officerId ?? ''} · ${me.gemeenteCode ?? ''}`;
    if (me.role === 'supervisor') return `Teamleider · ${me.gemeenteCode ?? 'alle gemeenten'}`;
    return me.role;
  }

  function nav(me: Me, current: string): NavItem[] {
    const items: NavItem[] =
      me.role === 'officer'
        ? [
            { href: `${CONSOLE}/zaken`, label: 'Mijn zaken' },
            { href: `${CONSOLE}/zaken/nieuw`, label: 'Nieuwe aanmelding' },
          ]
        : me.role === 'supervisor'
          ? [
              { href: `${CONSOLE}/toezicht`, label: 'Aandacht nodig' },
              { href: `${CONSOLE}/zaken`, label: 'Alle zaken' },
            ]
          : [];
    return items.map((i) => ({ ...i, current: i.href === current }));
  }

  function staffPage(
    staff: Staff,
    o: { title: string; body: Html; current?: string; hasErrors?: boolean },
  ): string {
    return page({
      title: o.title,
      who: whoLine(staff.me),
      nav: nav(staff.me, o.current ?? ''),
      signOut: { action: `${CONSOLE}/afmelden`, csrf: staff.csrf },
      body: o.body,
      hasErrors: o.hasErrors,
    });
  }

  function problemPage(reply: FastifyReply, staff: Staff | undefined, problem: Problem) {
    const title =
      problem.status === 404
        ? 'Niet gevonden'
        : problem.status === 403
          ? 'Geen toegang'
          : problem.status === 503
            ? 'Even niet bereikbaar'
            : 'Er ging iets mis';
    const body = html`<h1>${title}</h1>
      <p>${problem.detail ?? problem.title ?? ''}</p>
      <p><a href="${CONSOLE}">Terug naar het overzicht</a></p>`;
    const markup = staff ? staffPage(staff, { title, body }) : page({ title, body });
    return send(reply, markup, problem.status >= 400 ? problem.status : 500);
  }

  return async function plugin(app: FastifyInstance): Promise<void> {
    // ---- sign-in ---------------------------------------------------------------------------------------

    app.get('/', async (request, reply) => {
      const staff = await signedIn(request, reply);
      if (!staff) return reply;
      return reply.redirect(homeOf(staff.me.role), 303);
    });

    const signInPage = (state: FormState, message?: string) => {
      const tokenField: FieldSpec = {
        name: 'token',
        label: 'Toegangstoken',
        hint: 'Het token dat u van uw beheerder kreeg. Bij ontwikkeling drukt het startcommando de tokens af.',
        kind: 'text',
        autocomplete: 'off',
      };
      return page({
        title: 'Aanmelden',
        hasErrors: state.hasErrors,
        body: html`<div class="smal">
          <h1>Aanmelden</h1>
          ${notice(message, 'info')} ${errorSummary(state.summary())}
          <p>
            Voor medewerkers en teamleiders schuldhulpverlening. Plak uw toegangstoken; het wordt alleen in
            een beveiligde cookie van deze browser bewaard.
          </p>
          <form method="post" action="${CONSOLE}/aanmelden" novalidate>
            ${field(tokenField, state)}
            <button type="submit" class="knop">Aanmelden</button>
          </form>
          ${
            options.portalUrl
              ? html`<p class="klein">
                  Schuldeiser met een toegangscode uit een brief? Ga naar het
                  <a href="${options.portalUrl}">schuldeisersportaal</a>.
                </p>`
              : ''
          }
        </div>`,
      });
    };

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
      const fields: FieldSpec[] = [{ name: 'token', label: 'Toegangstoken' }];
      const state = new FormState({}, fields);
      const token = values.token?.trim();
      if (!sameOrigin(request)) return send(reply, signInPage(state), 403);
      if (!token) {
        state.add({ name: 'token', reason: 'Vul uw toegangstoken in.' });
        return send(reply, signInPage(state), 400);
      }
      const session = await new ApiClient(root, token, request).get<Me & { kind: string }>(`${API}/session`);
      if (!session.ok || session.data.kind !== 'staff') {
        state.add({
          name: 'token',
          reason: session.ok
            ? 'Dit is geen token voor medewerkers.'
            : (session.problem.detail ?? 'Onbekend token.'),
        });
        return send(reply, signInPage(state), session.ok ? 403 : session.status);
      }
      setCookie(request, reply, STAFF_COOKIE, token, CONSOLE, 12 * 3600);
      return reply.redirect(homeOf(session.data.role), 303);
    });

    app.post('/afmelden', async (request, reply) => {
      if (postedFromOwnForm(request, STAFF_COOKIE)) {
        clearCookie(request, reply, STAFF_COOKIE, CONSOLE);
      }
      return reply.redirect(`${CONSOLE}/aanmelden?uit=1`, 303);
    });

    // ---- cases -------------------------------------------------------------------------------------------

    app.get('/zaken', async (request, reply) => {
      const staff = await signedIn(request, reply);
      if (!staff) return reply;
      const query = request.query as Record<string, string>;
      const everyone = staff.me.role !== 'officer' || query.alle !== undefined;
      const params = new URLSearchParams({ limit: '200' });
      if (!everyone && staff.me.officerId) params.set('officer', staff.me.officerId);
      const list = await staff.api.get<CaseList>(`${API}/cases?${params}`);
      if (!list.ok) return problemPage(reply, staff, list.problem);
      const title = everyone ? 'Alle zaken' : 'Mijn zaken';
      const switcher =
        staff.me.role === 'officer'
          ? everyone
            ? html`<p><a href="${CONSOLE}/zaken">Alleen mijn zaken</a></p>`
            : html`<p><a href="${CONSOLE}/zaken?alle">Alle zaken van ${staff.me.gemeenteCode ?? ''}</a></p>`
          : '';
      const rows = list.data.items.map(
        (c) =>
          html`<tr>
            <td>
              <a href="${CONSOLE}/zaken/${c.caseId}">${c.caseReference}</a>
              ${c.crisis ? badge('Crisis', 'alarm') : ''} ${c.noodstopActive ? badge('Noodstop', 'warn') : ''}
            </td>
            <td>${label(PHASES, c.phase)}${c.running ? '' : ' (gestopt)'}</td>
            <td>
              ${c.nextDeadline ? datum(deadlineDayOf(c.nextDeadline)) : '—'}
              ${c.deadlineBreached ? badge('Termijn overschreden', 'alarm') : ''}
            </td>
            <td>${label(WAITING_ON, c.waitingOn) || '—'}</td>
            ${everyone ? html`<td>${c.officerId ?? ''}</td>` : ''}
            <td class="getal">${c.creditorCount ?? ''}</td>
          </tr>`,
      );
      const body = html`<h1>${title}</h1>
        ${switcher}
        ${
          list.data.items.length === 0
            ? html`<p>
                Geen zaken
                gevonden.${
                  staff.me.role === 'officer'
                    ? html` <a href="${CONSOLE}/zaken/nieuw">Start een nieuwe aanmelding</a>.`
                    : ''
                }
              </p>`
            : html`<div class="tabelvak">
                  <table>
                    <caption class="vh">
                      ${title}, vroegste volgende termijn eerst
                    </caption>
                    <thead>
                      <tr>
                        <th scope="col">Zaak</th>
                        <th scope="col">Fase</th>
                        <th scope="col">Volgende termijn</th>
                        <th scope="col">Wacht op</th>
                        ${everyone ? html`<th scope="col">Medewerker</th>` : ''}
                        <th scope="col" class="getal">Schuldeisers</th>
                      </tr>
                    </thead>
                    <tbody>
                      ${rows}
                    </tbody>
                  </table>
                </div>
                <p class="klein">Nieuwe zaken verschijnen na enkele seconden in deze lijst.</p>`
        }`;
      return send(reply, staffPage(staff, { title, body, current: `${CONSOLE}/zaken` }));
    });

    const newCasePage = (staff: Staff, state: FormState, status = 200, reply?: FastifyReply) => {
      const now = new Date();
      const suggestion = `${today().slice(0, 4)}-${String(now.getTime()).slice(-6)}`;
      const list = aanmeldingGroups(today(), suggestion);
      const body = html`<h1>Nieuwe aanmelding</h1>
        ${errorSummary(state.summary())}
        <p>
          Velden zonder "(niet verplicht)" zijn verplicht. U bent de behandelend medewerker
          (${staff.me.officerId ?? ''}, gemeente ${staff.me.gemeenteCode ?? ''}).
        </p>
        <form method="post" action="${CONSOLE}/zaken" novalidate class="formulier">
          ${csrfField(staff.csrf)} ${groups(list, state)}
          <button type="submit" class="knop">Zaak starten</button>
        </form>`;
      const markup = staffPage(staff, {
        title: 'Nieuwe aanmelding',
        body,
        current: `${CONSOLE}/zaken/nieuw`,
        hasErrors: state.hasErrors,
      });
      return reply ? send(reply, markup, status) : markup;
    };

    app.get('/zaken/nieuw', async (request, reply) => {
      const staff = await signedIn(request, reply);
      if (!staff) return reply;
      return newCasePage(staff, new FormState({}, allFields(aanmeldingGroups('', ''))), 200, reply);
    });

    app.post('/zaken', async (request, reply) => {
      const staff = await signedInPost(request, reply);
      if (!staff) return reply;
      const values = valuesOf(request.body);
      const { body, local, rename } = aanmeldingBody(values, staff.me);
      const state = new FormState(values, allFields(aanmeldingGroups(today(), '')));
      const result = await staff.api.post<z.output<typeof startCaseResponse>>(`${API}/cases`, body);
      if (result.ok && local.length === 0) {
        return reply.redirect(
          `${CONSOLE}/zaken/${result.data.caseId}?${result.data.created ? 'gestart' : 'bestond'}`,
          303,
        );
      }
      for (const p of local) state.add(p);
      if (!result.ok) {
        const params = result.problem['invalid-params'];
        const localNames = new Set(local.map((p) => p.name));
        if (params?.length) {
          for (const p of params) {
            const name = rename ? rename(p.name) : p.name;
            if (!localNames.has(name)) {
              state.add({ name, reason: p.reason });
            }
          }
        } else {
          state.add({ name: '', reason: result.problem.detail ?? 'De zaak kon niet worden gestart.' });
        }
      }
      return newCasePage(staff, state, result.ok ? 400 : result.status, reply);
    });

    interface Failed {
      action: string;
      state: FormState;
      rejection?: string;
    }

    async function casePage(
      staff: Staff,
      reply: FastifyReply,
      caseId: string,
      o: { flash?: string; failed?: Failed; status?: number } = {},
    ) {
      const [status, timeline] = await Promise.all([
        staff.api.get<CaseStatus>(`${API}/cases/${caseId}`),
        staff.api.get<Timeline>(`${API}/cases/${caseId}/timeline`),
      ]);
      if (!status.ok) return problemPage(reply, staff, status.problem);
      const s = status.data;
      const events = timeline.ok ? timeline.data : [];
      // Hook: the schuldregeling, once the case reached the oplossing (rendered by console/oplossing-view.ts).
      const oplossing =
        s.phase === 'oplossing' || s.phase === 'afgesloten'
          ? await staff.api.get<OplossingStatus>(`${API}/cases/${caseId}/oplossing`)
          : undefined;
      const markup = staffPage(staff, {
        title: `Zaak ${s.caseReference}`,
        hasErrors: Boolean(o.failed),
        current: '',
        body: renderCase(staff, s, events, { ...o, oplossing: oplossing?.ok ? oplossing.data : undefined }),
      });
      return send(reply, markup, o.status ?? 200);
    }

    function temporalLink(caseId: string): string | undefined {
      if (!options.temporalUiUrl) return undefined;
      return `${options.temporalUiUrl}/namespaces/${encodeURIComponent(options.namespace ?? 'schuldhulp')}/workflows/${encodeURIComponent(caseId)}`;
    }

    function renderCase(
      staff: Staff,
      s: CaseStatus,
      events: Timeline,
      o: { flash?: string; failed?: Failed; oplossing?: OplossingStatus },
    ): Html {
      const creditorOptions = s.creditors
        .filter((c) => !c.removed)
        .map((c) => [c.creditorId, c.name] as const);
      const failure = o.failed;
      const failedForm = failure ? PANELS.find((f) => f.key === failure.action) : undefined;
      const summaryItems = failure
        ? failure.rejection
          ? [{ href: `#actie-${failure.action}`, text: failure.rejection }]
          : failure.state.summary()
        : [];
      const facts: [string, Html | string][] = [
        ['Fase', html`<strong>${label(PHASES, s.phase)}</strong>`],
        ['Wacht op', label(WAITING_ON, s.waitingOn)],
        ['Gemeente', s.gemeente],
        ['Medewerker', s.officerId],
        ['Datum aanmelding', datum(s.requestDate)],
      ];
      if (s.crisis)
        facts.push(['Bedreigende situatie', badge('Ja: eerste gesprek binnen 3 werkdagen', 'alarm')]);
      if (s.eersteGesprekPlanned) {
        const p = s.eersteGesprekPlanned;
        facts.push(['Eerste gesprek gepland', `${datum(p.date)} om ${p.time}, ${p.location}`]);
      }
      if (s.eersteGesprekOn) facts.push(['Eerste gesprek gehouden', datum(s.eersteGesprekOn)]);
      if (s.beschikking) {
        facts.push([
          'Beschikking',
          `${s.beschikking.decision === 'toelating' ? 'Toelating' : 'Afwijzing'} op ${datum(s.beschikking.on)}`,
        ]);
      }
      if (s.closedReason) facts.push(['Afgesloten', s.closedReason]);

      const noodstop = s.noodstop
        ? html`<section aria-labelledby="h-noodstop" class="blok ${s.noodstop.active ? 'blok--let-op' : ''}">
            <h2 id="h-noodstop">Noodstop</h2>
            <p>
              ${s.noodstop.active ? badge('Actief', 'warn') : badge('Niet actief', 'neutral')} Ingezet op
              ${datum(s.noodstop.pulledOn)}, loopt tot
              ${datum(s.noodstop.endDate)}${
                s.noodstop.extended ? ' (verlengd bij toelating)' : ''
              }${s.noodstop.liftedOn ? `, opgeheven op ${datum(s.noodstop.liftedOn)}` : ''}.
            </p>
            <p>Reden: ${s.noodstop.reason}</p>
          </section>`
        : '';
      const moratorium = s.moratorium
        ? html`<section aria-labelledby="h-moratorium" class="blok">
            <h2 id="h-moratorium">Moratorium (Wgs art. 5)</h2>
            <p>
              Aangevraagd op
              ${datum(s.moratorium.requestedOn)}.${
                s.moratorium.decidedOn
                  ? ` Uitspraak op ${datum(s.moratorium.decidedOn)}: ${s.moratorium.granted ? 'toegewezen' : 'afgewezen'}${
                      s.moratorium.endDate ? `, tot ${datum(s.moratorium.endDate)}` : ''
                    }.`
                  : ' Nog geen uitspraak.'
              }
            </p>
          </section>`
        : '';

      const deadlines = html`<section aria-labelledby="h-termijnen">
        <h2 id="h-termijnen">Termijnen</h2>
        ${
          s.deadlines.length === 0
            ? html`<p>Geen termijnen.</p>`
            : html`<div class="tabelvak">
                <table>
                  <thead>
                    <tr>
                      <th scope="col">Termijn</th>
                      <th scope="col">Uiterlijk</th>
                      <th scope="col">Wettelijke bron</th>
                      <th scope="col">Stand</th>
                    </tr>
                  </thead>
                  <tbody>
                    ${s.deadlines.map((d) => {
                      const state = DEADLINE_STATES[d.state] ?? { label: d.state, tone: 'neutral' };
                      const extra = d.metOn
                        ? `gehaald op ${datum(d.metOn)}`
                        : d.breachedOn
                          ? `overschreden op ${datum(d.breachedOn)}`
                          : d.remindedOn
                            ? `herinnering op ${datum(d.remindedOn)}`
                            : '';
                      return html`<tr>
                        <td>${label(DEADLINE_KINDS, d.kind)}</td>
                        <td>${datum(d.deadline)}</td>
                        <td>${d.source}</td>
                        <td>${badge(state.label, state.tone)} <span class="klein">${extra}</span></td>
                      </tr>`;
                    })}
                  </tbody>
                </table>
              </div>`
        }
      </section>`;

      const creditors = html`<section aria-labelledby="h-schuldeisers">
        <h2 id="h-schuldeisers">Schuldeisers</h2>
        ${
          s.creditors.length === 0
            ? html`<p>Nog geen schuldeisers.</p>`
            : html`<div class="tabelvak">
                <table>
                  <thead>
                    <tr>
                      <th scope="col">Schuldeiser</th>
                      <th scope="col">Spoor</th>
                      <th scope="col">Antwoord</th>
                      <th scope="col" class="getal">Vordering</th>
                      <th scope="col">Antwoord uiterlijk</th>
                      <th scope="col">Pauze tot</th>
                    </tr>
                  </thead>
                  <tbody>
                    ${s.creditors.map((c) => {
                      const phase = TRACK_PHASES[c.phase] ?? { label: c.phase, tone: 'neutral' };
                      return html`<tr${c.removed ? html` class="doorgestreept"` : ''}>
              <td>${c.name} <span class="klein">(${c.creditorId})</span>${c.removed ? ' — verwijderd' : ''}</td>
              <td>${badge(phase.label, phase.tone)}${
                c.collectionBreaches
                  ? html` ${badge(`${c.collectionBreaches}× incasso ondanks pauze`, 'alarm')}`
                  : ''
              }</td>
              <td>${label(ANSWERS, c.answer) || '—'}</td>
              <td class="getal">${euro(c.claimAmount) || '—'}</td>
              <td>${datum(c.answerDeadline) || '—'}</td>
              <td>${datum(c.pauseEnd) || '—'}${c.pauseConfirmed ? html` ${badge('bevestigd', 'ok')}` : ''}</td>
            </tr>`;
                    })}
                  </tbody>
                </table>
              </div>`
        }
      </section>`;

      const letters = letterTable({
        headingId: 'h-brieven',
        heading: 'Brieven',
        caseId: s.caseId,
        letters: s.letters,
        creditors: s.creditors,
        consoleBase: CONSOLE,
      });

      const timeline = timelineSection('Tijdlijn', events);

      let actions: Html = html``;
      if (staff.me.role === 'officer' && s.phase !== 'afgesloten') {
        actions = html`<section aria-labelledby="h-acties" class="acties">
          <h2 id="h-acties">Acties</h2>
          <p class="klein">De zaak controleert elke actie; kan een actie nu niet, dan ziet u hier waarom.</p>
          ${PANEL_GROUPS.map(
            (g) =>
              html`<h3>${g.title}</h3>
                ${PANELS.filter((f) => f.group === g.key).map((f) =>
                  actionForm(staff, s, f, creditorOptions, failedForm === f ? failure : undefined),
                )}`,
          )}
        </section>`;
      }
      let supervisorActions: Html = html``;
      if (staff.me.role === 'supervisor') {
        supervisorActions = html`<section aria-labelledby="h-toezicht" class="blok">
          <h2 id="h-toezicht">Toezicht</h2>
          ${reminderForm(staff, s.caseId, `${CONSOLE}/zaken/${s.caseId}`)}
        </section>`;
      }
      const link = temporalLink(s.caseId);

      return html`<p class="kruimel">
          <a href="${CONSOLE}/${staff.me.role === 'supervisor' ? 'toezicht' : 'zaken'}"
            >${staff.me.role === 'supervisor' ? 'Aandacht nodig' : 'Mijn zaken'}</a
          >
          › ${s.caseReference}
        </p>
        <h1>Zaak ${s.caseReference}</h1>
        ${notice(o.flash)}
        ${errorSummary(summaryItems, failure?.rejection ? 'De zaak weigert deze actie' : undefined)}
        ${factList(facts)}
        ${
          link
            ? html`<p class="klein">
                <a href="${link}" target="_blank" rel="noopener"
                  >Bekijk in de Temporal UI<span class="vh"> (opent in nieuw venster)</span></a
                >
              </p>`
            : ''
        }
        ${oplossingSection(o.oplossing, schuldregelingPath(s.caseId), staff.me.role === 'officer')}
        ${noodstop} ${moratorium} ${deadlines} ${creditors} ${letters} ${supervisorActions} ${actions}
        ${timeline}`;
    }

    function actionForm(
      staff: Staff,
      s: CaseStatus,
      form: Panel,
      creditors: readonly (readonly [string, string])[],
      failed: Failed | undefined,
    ): Html {
      return panelForm({
        panel: form,
        action: `${CONSOLE}/zaken/${s.caseId}/${form.path}`,
        fields: form.fields(creditors, today()),
        failed,
        csrf: staff.csrf,
      });
    }

    app.get('/zaken/:caseId', async (request, reply) => {
      const staff = await signedIn(request, reply);
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

    app.get('/zaken/:caseId/brieven/:letterId', async (request, reply) => {
      const staff = await signedIn(request, reply);
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

    async function submitPanel(request: FastifyRequest, reply: FastifyReply, key: string) {
      const staff = await signedInPost(request, reply);
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
        // No access, or no such case or action: a problem page. Anything else (a paper answer for an unknown
        // creditor, 404) is a reason at the form.
        (problem, status) =>
          status === 403 || (status === 404 && form.group !== 'papier')
            ? undefined
            : (problem.detail ?? 'De actie is niet gelukt.'),
      );
      if (submission.outcome === 'done') {
        return reply.redirect(`${CONSOLE}/zaken/${caseId}?gedaan=${form.key}#inhoud`, 303);
      }
      if (submission.outcome === 'problem') return problemPage(reply, staff, submission.problem);
      return casePage(staff, reply, caseId, submission);
    }

    app.post('/zaken/:caseId/acties/:action', async (request, reply) =>
      submitPanel(request, reply, (request.params as { action: string }).action),
    );
    app.post('/zaken/:caseId/antwoorden/:answer', async (request, reply) =>
      submitPanel(request, reply, `papier-${(request.params as { answer: string }).answer}`),
    );

    // ---- supervisor ----------------------------------------------------------------------------------------

    function reminderForm(staff: Staff, caseId: string, back: string): Html {
      return html`<form
        method="post"
        action="${CONSOLE}/toezicht/zaken/${caseId}/herinnering"
        class="inline-form"
      >
        ${csrfField(staff.csrf)}
        <input type="hidden" name="terug" value="${back}" />
        <button type="submit" class="knop knop--tweede">
          Herinnering sturen<span class="vh"> voor ${caseId}</span>
        </button>
      </form>`;
    }

    const filterFields = (me: Me): FieldSpec[] => [
      ...(me.gemeenteCode
        ? []
        : [{ name: 'gemeente', label: 'Gemeente', hint: 'Bijvoorbeeld GM0599', width: 's' as const }]),
      { name: 'officer', label: 'Medewerker', hint: 'Bijvoorbeeld medewerker-001', width: 'm' },
      {
        name: 'phase',
        label: 'Fase',
        kind: 'select',
        options: [['', 'Alle fasen'], ...Object.entries(PHASES).filter(([k]) => k !== 'afgesloten')],
        width: 'm',
      },
    ];

    /** Reasons a supervisor acts on at once: a breach, or a workflow that cannot go on by itself. */
    const ALARMING = new Set(['termijn-overschreden', 'workflowtaak-faalt', 'activiteit-faalt']);
    /** The Temporal UI link of another workflow of the same case (the case beside its oplossing). */
    const temporalUiLinkNear = (url: string, linked: string, other: string) =>
      url.replace(encodeURIComponent(linked), encodeURIComponent(other));

    app.get('/toezicht', async (request, reply) => {
      const staff = await signedIn(request, reply);
      if (!staff) return reply;
      if (staff.me.role !== 'supervisor') {
        return problemPage(reply, staff, { status: 403, detail: 'Deze pagina is voor teamleiders.' });
      }
      const query = request.query as Record<string, string>;
      const fields = filterFields(staff.me);
      const values: Record<string, string> = {};
      const params = new URLSearchParams();
      for (const f of fields) {
        const v = typeof query[f.name] === 'string' ? query[f.name]!.trim() : '';
        values[f.name] = v;
        if (v) params.set(f.name, v);
      }
      const state = new FormState(values, fields);
      const result = await staff.api.get<Attention>(`${API}/supervisor/attention?${params}`);
      let items: Attention['items'] = [];
      let stand = '';
      if (result.ok) {
        items = result.data.items;
        stand = result.data.today;
      } else if (result.problem['invalid-params']?.length) {
        for (const p of result.problem['invalid-params']) state.add(p);
      } else return problemPage(reply, staff, result.problem);
      const sent =
        typeof query.verstuurd === 'string' && CASE_ID.test(query.verstuurd) ? query.verstuurd : undefined;
      const back = `${CONSOLE}/toezicht${params.size ? `?${params}` : ''}`;
      const rows = items.map(
        (i) =>
          html`<tr>
            <td class="nowrap"><a href="${CONSOLE}/zaken/${i.caseId}">${i.caseReference}</a></td>
            <td>
              <ul class="redenen">
                ${i.reasons.map(
                  (r) =>
                    html`<li>
                      ${badge(label(REASONS, r.code), ALARMING.has(r.code) ? 'alarm' : 'warn')} ${r.message}
                      ${
                        r.workflowId && r.workflowId !== i.workflowId
                          ? html`<a
                              href="${temporalUiLinkNear(i.temporalUiUrl, i.workflowId, r.workflowId)}"
                              target="_blank"
                              rel="noopener"
                              >${r.workflowId.endsWith('/oplossing') ? 'schuldregeling' : 'zaak'} in Temporal
                              UI<span class="vh"> (opent in nieuw venster)</span></a
                            >`
                          : ''
                      }
                    </li>`,
                )}
              </ul>
            </td>
            <td>${label(PHASES, i.phase)}${i.oplossingPhase ? ` (${i.oplossingPhase})` : ''}</td>
            <td>${i.gemeente ?? ''}</td>
            <td class="nowrap">${i.officerId ?? ''}</td>
            <td class="acties-cel">
              <a href="${i.temporalUiUrl}" target="_blank" rel="noopener"
                >Temporal UI<span class="vh"> voor ${i.caseReference} (opent in nieuw venster)</span></a
              >
              ${reminderForm(staff, i.caseId, back)}
            </td>
          </tr>`,
      );
      const body = html`<h1>Aandacht nodig</h1>
        ${notice(sent ? `Herinnering verstuurd aan de medewerker van ${sent.replace(/^case-/, '')}.` : undefined)}
        ${errorSummary(state.summary())}
        <form method="get" action="${CONSOLE}/toezicht" class="filters" novalidate>
          <h2 class="vh">Filters</h2>
          ${fields.map((f) => field(f, state))}
          <div class="filters__knoppen">
            <button type="submit" class="knop">Filteren</button>
            ${params.size ? html`<a href="${CONSOLE}/toezicht">Filters wissen</a>` : ''}
          </div>
        </form>
        ${
          items.length === 0
            ? html`<p>Geen zaken die aandacht nodig hebben${params.size ? ' met deze filters' : ''}.</p>`
            : html`<p class="klein">
                  ${items.length} ${items.length === 1 ? 'zaak' : 'zaken'}, urgentste
                  eerst${stand ? `; stand van ${datum(stand)}` : ''}.
                </p>
                <div class="tabelvak">
                  <table>
                    <caption class="vh">
                      Zaken die aandacht nodig hebben, urgentste eerst
                    </caption>
                    <thead>
                      <tr>
                        <th scope="col">Zaak</th>
                        <th scope="col">Reden</th>
                        <th scope="col">Fase</th>
                        <th scope="col">Gemeente</th>
                        <th scope="col">Medewerker</th>
                        <th scope="col">Acties</th>
                      </tr>
                    </thead>
                    <tbody>
                      ${rows}
                    </tbody>
                  </table>
                </div>`
        }`;
      return send(
        reply,
        staffPage(staff, {
          title: 'Aandacht nodig',
          body,
          current: `${CONSOLE}/toezicht`,
          hasErrors: state.hasErrors,
        }),
        state.hasErrors ? 400 : 200,
      );
    });

    app.post('/toezicht/zaken/:caseId/herinnering', async (request, reply) => {
      const staff = await signedInPost(request, reply);
      if (!staff) return reply;
      const { caseId } = request.params as { caseId: string };
      if (!CASE_ID.test(caseId)) return problemPage(reply, staff, { status: 404, detail: 'Onbekende zaak.' });
      const result = await staff.api.post(`${API}/supervisor/cases/${caseId}/reminders`, {});
      if (!result.ok) return problemPage(reply, staff, result.problem);
      const back = valuesOf(request.body).terug ?? '';
      if (back.startsWith(`${CONSOLE}/zaken/`))
        return reply.redirect(`${CONSOLE}/zaken/${caseId}?herinnerd`, 303);
      const target = back.startsWith(`${CONSOLE}/toezicht`) ? back : `${CONSOLE}/toezicht`;
      return reply.redirect(`${target}${target.includes('?') ? '&' : '?'}verstuurd=${caseId}`, 303);
    });

    // ---- errors --------------------------------------------------------------------------------------------

    app.setNotFoundHandler((request, reply) =>
      send(
        reply,
        page({
          title: 'Niet gevonden',
          body: html`<h1>Pagina niet gevonden</h1>
            <p>Deze pagina bestaat niet.</p>
            <p><a href="${CONSOLE}">Naar het overzicht</a></p>`,
        }),
        404,
      ),
    );
    app.setErrorHandler((error, request, reply) => {
      request.log.error({ err: error }, 'console error');
      const status = (error as { statusCode?: number }).statusCode;
      const client = typeof status === 'number' && status >= 400 && status < 500;
      return send(
        reply,
        page({
          title: 'Er ging iets mis',
          body: html`<h1>Er ging iets mis</h1>
            <p>
              ${
                client
                  ? 'Het verzoek kon niet worden verwerkt.'
                  : 'Er ging iets mis aan onze kant. Probeer het zo opnieuw.'
              }
            </p>
            <p><a href="${CONSOLE}">Naar het overzicht</a></p>`,
        }),
        client ? status! : 500,
      );
    });
  };
}
