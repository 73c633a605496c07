import type { FastifyInstance } from 'fastify';
import type { z } from 'zod';
import type { managementResponse } from '../../api/supervisor/management';
import { addDays, isCivilDate, type CivilDate } from '../../domain/civil-date';
import { gemeenteName } from '../gemeenten';
import { gemeenteFilterField } from '../form-fields';
import { field } from '../form-render';
import { FormState, type FieldSpec } from '../forms';
import { html, type Html } from '../html';
import { errorSummary } from '../layout';
import { managementBody } from '../management';
import { API, CONSOLE, problemPage, send, staffPage, type Me, type StaffSessions } from '../staff-session';

/**
 * Page: "Cijfers" — the management view of one gemeente over a period (issue 16 §4), for its officers and
 * supervisors: a period picker (dates and quick choices), then every figure as a chart, a table and the cases
 * behind it.
 */

type Management = z.output<typeof managementResponse>;

export const MANAGEMENT_PATH = `${CONSOLE}/cijfers`;

const periodFields = (me: Me): (FieldSpec & { fix: string })[] => [
  ...(me.gemeenteCode ? [] : [gemeenteFilterField]),
  {
    name: 'van',
    label: 'Van',
    kind: 'date',
    width: 's',
    fix: 'Vul de eerste dag van de periode in, bijvoorbeeld 1-1-2026.',
  },
  {
    name: 'tot',
    label: 'Tot en met',
    kind: 'date',
    width: 's',
    fix: 'Vul de laatste dag van de periode in. Die ligt op of na de eerste dag.',
  },
];

/** The API's query names for the form's. */
const API_NAMES: Record<string, string> = { gemeente: 'gemeente', van: 'from', tot: 'to' };

/** Quick choices: this year so far, last year, this quarter so far. */
function presets(today: CivilDate): { label: string; van: string; tot: string }[] {
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  const quarterStart = `${year}-${String(Math.floor((month - 1) / 3) * 3 + 1).padStart(2, '0')}-01`;
  return [
    { label: 'Dit jaar', van: `${year}-01-01`, tot: today },
    { label: 'Vorig jaar', van: `${year - 1}-01-01`, tot: `${year - 1}-12-31` },
    { label: 'Dit kwartaal', van: quarterStart, tot: today },
    { label: 'Laatste 12 maanden', van: addDays(today, -364), tot: today },
  ];
}

function picker(fields: FieldSpec[], state: FormState, today: CivilDate, gemeente: string): Html {
  const query = (p: { van: string; tot: string }) =>
    new URLSearchParams({ ...(fields.some((f) => f.name === 'gemeente') ? { gemeente } : {}), ...p });
  return html`<form method="get" action="${MANAGEMENT_PATH}" class="filters periode" novalidate>
      <h2 class="vh">Periode kiezen</h2>
      ${fields.map((f) => field(f, state))}
      <div class="filters__knoppen">
        <button type="submit" class="utrecht-button utrecht-button--primary-action knop">Toon cijfers</button>
      </div>
    </form>
    <nav aria-label="Snel een periode kiezen">
      <ul class="snelkeuze">
        ${presets(today).map(
          (p) => html`<li><a href="${MANAGEMENT_PATH}?${query(p).toString()}">${p.label}</a></li>`,
        )}
      </ul>
    </nav>`;
}

export function managementPages(sessions: StaffSessions, today: () => CivilDate) {
  return async (app: FastifyInstance): Promise<void> => {
    app.get('/cijfers', async (request, reply) => {
      const staff = await sessions.signedIn(request, reply);
      if (!staff) return reply;
      if (staff.me.role !== 'supervisor' && staff.me.role !== 'officer')
        return problemPage(reply, staff, { status: 403, detail: 'Deze pagina is voor de gemeente.' });
      const now = today();
      const query = request.query as Record<string, unknown>;
      const fields = periodFields(staff.me);
      const asked = (name: string) => (typeof query[name] === 'string' ? (query[name] as string).trim() : '');
      const values: Record<string, string> = {
        gemeente: asked('gemeente'),
        van: asked('van') || `${now.slice(0, 4)}-01-01`,
        tot: asked('tot') || now,
      };
      const state = new FormState(values, fields);
      const gemeente = staff.me.gemeenteCode ?? values.gemeente!;
      const title = 'Cijfers';
      const show = (body: Html) =>
        send(
          reply,
          staffPage(staff, { title, body, current: MANAGEMENT_PATH, hasErrors: state.hasErrors }),
          state.hasErrors ? 400 : 200,
        );
      for (const f of fields)
        if (f.name !== 'gemeente' && !isCivilDate(values[f.name]!))
          state.add({ name: f.name, reason: `‘${f.label}’: ${f.fix}` });
      if (!gemeente && !state.hasErrors)
        return show(
          html`<h1>Cijfers</h1>
            <p>Kies een gemeente en een periode.</p>
            ${picker(fields, state, now, gemeente)}`,
        );
      const result = state.hasErrors
        ? undefined
        : await staff.api.get<Management>(
            `${API}/management/figures?${new URLSearchParams({
              ...(staff.me.gemeenteCode ? {} : { gemeente }),
              from: values.van!,
              to: values.tot!,
            })}`,
          );
      if (result && !result.ok) {
        const params = result.problem['invalid-params'] ?? [];
        if (!params.length) return problemPage(reply, staff, result.problem);
        for (const p of params) {
          const f = fields.find((x) => API_NAMES[x.name] === p.name);
          state.add({ name: f?.name ?? p.name, reason: f ? `‘${f.label}’: ${f.fix}` : p.reason });
        }
      }
      const form = picker(fields, state, now, gemeente);
      const name = gemeenteName(staff.gemeenten, gemeente) ?? gemeente;
      if (!result?.ok)
        return show(
          html`<h1>Cijfers</h1>
            ${errorSummary(state.summary())} ${form}`,
        );
      return show(
        managementBody({
          gemeente: name,
          from: result.data.from,
          to: result.data.to,
          figures: result.data.figures,
          picker: form,
        }),
      );
    });
  };
}
