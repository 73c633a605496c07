import type { FastifyInstance } from 'fastify';
import type { z } from 'zod';
import type { attentionResponse } from '../../api/schemas';
import { CASE_PHASES } from '../../workflows/case/types';
import { CASE_ID } from '../case-id';
import { clockTime, datum, label, PHASES, REASONS } from '../format';
import { field } from '../form-render';
import { gemeenteFilterField } from '../form-fields';
import { valuesOf } from '../form-values';
import { FormState, type FieldSpec } from '../forms';
import { gemeenteName } from '../gemeenten';
import { OPLOSSING_PHASES } from '../oplossing-view';
import { html, type Html } from '../html';
import { badge, csrfField, errorSummary, notice } from '../layout';
import {
  API,
  CONSOLE,
  problemPage,
  send,
  staffPage,
  type Me,
  type Staff,
  type StaffSessions,
} from '../staff-session';

/** Page: the supervisor's "Aandacht nodig" — cases with their reasons, filters, a reminder to the officer. */

type Attention = z.output<typeof attentionResponse>;

export function reminderForm(staff: Staff, caseId: string, back: string): Html {
  return html`<form
    method="post"
    action="${CONSOLE}/toezicht/zaken/${caseId}/herinnering"
    class="inline-form"
  >
    ${csrfField(staff.csrf)}
    <input type="hidden" name="terug" value="${back}" />
    <button type="submit" class="utrecht-button utrecht-button--secondary-action knop knop--tweede">
      Herinnering sturen<span class="vh"> voor ${caseId}</span>
    </button>
  </form>`;
}

const filterFields = (me: Me): (FieldSpec & { fix?: string })[] => [
  ...(me.gemeenteCode ? [] : [gemeenteFilterField]),
  {
    name: 'officer',
    label: 'Medewerker',
    hint: 'Bijvoorbeeld medewerker-001',
    width: 'm',
    fix: 'Vul de code van de medewerker in, zoals medewerker-001: alleen letters, cijfers, punt en streepjes.',
  },
  {
    name: 'phase',
    label: 'Fase',
    kind: 'select',
    options: [
      ['', 'Alle fasen'],
      ...CASE_PHASES.filter((p) => p !== 'afgesloten').map((p) => [p, PHASES[p]] as const),
    ],
    width: 'm',
  },
];

/** Reasons a supervisor acts on at once: a breach, or a workflow that cannot go on by itself. */
const ALARMING = new Set(['termijn-overschreden', 'workflowtaak-faalt', 'activiteit-faalt']);
/** The Temporal UI link of another workflow of the same case (the case beside its oplossing). */
const temporalUiLinkNear = (url: string, linked: string, other: string) =>
  url.replace(encodeURIComponent(linked), encodeURIComponent(other));

/** How many, by reason, and how fresh: at scale the list is a snapshot of up to a minute old. */
function summary(list: Attention): Html {
  const byReason = Object.entries(list.totals)
    .filter(([, n]) => n > 0)
    .map(([code, n]) => `${label(REASONS, code).toLowerCase()} ${n}`)
    .join(', ');
  return html`<p class="klein lijst-stand">
    ${list.total} ${list.total === 1 ? 'zaak' : 'zaken'} (${byReason}), urgentste eerst; stand van
    ${datum(list.today)} om ${clockTime(list.asOf)}.
  </p>`;
}

/** Previous and next page, keeping the filters. */
function pager(list: Attention, back: string): Html {
  const pages = Math.ceil(list.total / list.pageSize);
  if (pages <= 1) return html``;
  const to = (page: number) => `${back}${back.includes('?') ? '&' : '?'}page=${page}`;
  const first = (list.page - 1) * list.pageSize + 1;
  const last = Math.min(list.total, list.page * list.pageSize);
  return html`<nav class="pagina-nav" aria-label="Pagina's">
    ${list.page > 1 ? html`<a href="${to(list.page - 1)}">Vorige pagina</a>` : ''}
    <span>Zaken ${first}–${last} van ${list.total} (pagina ${list.page} van ${pages})</span>
    ${list.page < pages ? html`<a href="${to(list.page + 1)}">Volgende pagina</a>` : ''}
  </nav>`;
}

export function supervisorPages(sessions: StaffSessions) {
  return async (app: FastifyInstance): Promise<void> => {
    app.get('/toezicht', async (request, reply) => {
      const staff = await sessions.signedIn(request, reply);
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
      const page = /^[1-9]\d{0,5}$/.test(String(query.page ?? '')) ? Number(query.page) : 1;
      const result = await staff.api.get<Attention>(`${API}/supervisor/attention?${params}&page=${page}`);
      let items: Attention['items'] = [];
      let list: Attention | undefined;
      if (result.ok) {
        list = result.data;
        items = list.items;
      } else if (result.problem['invalid-params']?.length) {
        for (const p of result.problem['invalid-params']) {
          const f = fields.find((x) => x.name === p.name);
          state.add({ name: p.name, reason: f?.fix ? `‘${f.label}’: ${f.fix}` : p.reason });
        }
      } else return problemPage(reply, staff, result.problem);
      const sent =
        typeof query.verstuurd === 'string' && CASE_ID.test(query.verstuurd) ? query.verstuurd : undefined;
      const back = `${CONSOLE}/toezicht${params.size ? `?${params}` : ''}`;
      const rows = items.map(
        (i) =>
          html`<tr class="utrecht-table__row">
            <td class="utrecht-table__cell nowrap">
              <a href="${CONSOLE}/zaken/${i.caseId}">${i.caseReference}</a>
            </td>
            <td class="utrecht-table__cell">
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
            <td class="utrecht-table__cell">
              <span class="nowrap">${label(PHASES, i.phase)}</span
              >${i.oplossingPhase ? ` (${label(OPLOSSING_PHASES, i.oplossingPhase).toLowerCase()})` : ''}
            </td>
            <td class="utrecht-table__cell">
              ${gemeenteName(staff.gemeenten, i.gemeente) ?? i.gemeente ?? ''}
            </td>
            <td class="utrecht-table__cell nowrap">${i.officerId ?? ''}</td>
            <td class="utrecht-table__cell acties-cel">
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
            <button type="submit" class="utrecht-button utrecht-button--primary-action knop">Filteren</button>
            ${params.size ? html`<a href="${CONSOLE}/toezicht">Filters wissen</a>` : ''}
          </div>
        </form>
        ${
          !list || list.total === 0
            ? html`<p>Geen zaken die aandacht nodig hebben${params.size ? ' met deze filters' : ''}.</p>`
            : html`${summary(list)}
                <div class="tabelvak">
                  <table class="utrecht-table">
                    <caption class="vh">
                      Zaken die aandacht nodig hebben, urgentste eerst
                    </caption>
                    <thead class="utrecht-table__header">
                      <tr class="utrecht-table__row">
                        <th scope="col" class="utrecht-table__header-cell">Zaak</th>
                        <th scope="col" class="utrecht-table__header-cell">Reden</th>
                        <th scope="col" class="utrecht-table__header-cell">Fase</th>
                        <th scope="col" class="utrecht-table__header-cell">Gemeente</th>
                        <th scope="col" class="utrecht-table__header-cell">Medewerker</th>
                        <th scope="col" class="utrecht-table__header-cell">Acties</th>
                      </tr>
                    </thead>
                    <tbody class="utrecht-table__body">
                      ${rows}
                    </tbody>
                  </table>
                </div>
                ${pager(list, back)}`
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
      const staff = await sessions.signedInPost(request, reply);
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
  };
}
