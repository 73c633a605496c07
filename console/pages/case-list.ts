import type { FastifyInstance } from 'fastify';
import type { z } from 'zod';
import type { caseListResponse } from '../../api/schemas';
import { amsterdamDateOf } from '../../domain/amsterdam-time';
import { deadlineDayOf } from '../../services/visibility';
import { nextTerm } from '../case-terms';
import type { CaseStatus } from '../case-sections';
import { datum, label, PHASES, WAITING_ON } from '../format';
import { html } from '../html';
import { badge } from '../layout';
import { API, CONSOLE, problemPage, send, staffPage, type Staff, type StaffSessions } from '../staff-session';

/**
 * Page: "Mijn zaken" (or all of the gemeente): each case once, with its phase and its real next term. The list
 * comes from search attributes; a case that waits on creditors is read once more for their answer terms, which the
 * case's NextDeadline does not hold.
 */

type CaseList = z.output<typeof caseListResponse>;
type Item = CaseList['items'][number];

async function nextTermOf(staff: Staff, item: Item, today: string): Promise<string | undefined> {
  const own = item.nextDeadline ? deadlineDayOf(item.nextDeadline) : undefined;
  if (item.waitingOn !== 'creditor') return own;
  const status = await staff.api.get<CaseStatus>(`${API}/cases/${item.caseId}`);
  const term = status.ok ? nextTerm(status.data, today)?.deadline : undefined;
  return [own, term].filter((d): d is string => Boolean(d)).sort()[0];
}

export function caseListPage(sessions: StaffSessions, now: () => Date) {
  return async (app: FastifyInstance): Promise<void> => {
    app.get('/zaken', async (request, reply) => {
      const staff = await sessions.signedIn(request, reply);
      if (!staff) return reply;
      const query = request.query as Record<string, string>;
      const everyone = staff.me.role !== 'officer' || query.alle !== undefined;
      const params = new URLSearchParams({ limit: '200' });
      if (!everyone && staff.me.officerId) params.set('officer', staff.me.officerId);
      const list = await staff.api.get<CaseList>(`${API}/cases?${params}`);
      if (!list.ok) return problemPage(reply, staff, list.problem);
      const today = amsterdamDateOf(now().getTime());
      const items = list.data.items;
      const terms = await Promise.all(items.map((c) => nextTermOf(staff, c, today)));
      const rows = items
        .map((c, i) => ({ c, term: terms[i] }))
        .sort((a, b) => (a.term ?? '9999').localeCompare(b.term ?? '9999'))
        .map(
          ({ c, term }) =>
            html`<tr class="utrecht-table__row">
              <td class="utrecht-table__cell">
                <a href="${CONSOLE}/zaken/${c.caseId}">${c.caseReference}</a>
                ${c.crisis ? badge('Crisis', 'alarm') : ''}
                ${c.noodstopActive ? badge('Noodstop', 'warn') : ''}
              </td>
              <td class="utrecht-table__cell">${label(PHASES, c.phase)}${c.running ? '' : ' (gestopt)'}</td>
              <td class="utrecht-table__cell">
                ${term ? datum(term) : 'Geen'}
                ${c.deadlineBreached ? badge('Termijn overschreden', 'alarm') : ''}
              </td>
              <td class="utrecht-table__cell">${label(WAITING_ON, c.waitingOn) || '—'}</td>
              ${everyone ? html`<td class="utrecht-table__cell">${c.officerId ?? ''}</td>` : ''}
              <td class="utrecht-table__cell getal">${c.creditorCount ?? ''}</td>
            </tr>`,
        );
      const title = everyone ? 'Alle zaken' : 'Mijn zaken';
      const switcher =
        staff.me.role === 'officer'
          ? everyone
            ? html`<p><a href="${CONSOLE}/zaken">Alleen mijn zaken</a></p>`
            : html`<p><a href="${CONSOLE}/zaken?alle">Alle zaken van de gemeente</a></p>`
          : '';
      const body = html`<h1>${title}</h1>
        ${switcher}
        ${
          items.length === 0
            ? html`<p>
                Geen zaken
                gevonden.${
                  staff.me.role === 'officer'
                    ? html` <a href="${CONSOLE}/zaken/nieuw">Start een nieuwe aanmelding</a>.`
                    : ''
                }
              </p>`
            : html`<div class="tabelvak">
                  <table class="utrecht-table">
                    <caption class="vh">
                      ${title}, vroegste volgende termijn eerst
                    </caption>
                    <thead class="utrecht-table__header">
                      <tr class="utrecht-table__row">
                        <th scope="col" class="utrecht-table__header-cell">Zaak</th>
                        <th scope="col" class="utrecht-table__header-cell">Fase</th>
                        <th scope="col" class="utrecht-table__header-cell">Volgende termijn</th>
                        <th scope="col" class="utrecht-table__header-cell">Wacht op</th>
                        ${everyone ? html`<th scope="col" class="utrecht-table__header-cell">Medewerker</th>` : ''}
                        <th scope="col" class="utrecht-table__header-cell getal">Schuldeisers</th>
                      </tr>
                    </thead>
                    <tbody class="utrecht-table__body">
                      ${rows}
                    </tbody>
                  </table>
                </div>
                <p class="klein">Nieuwe zaken verschijnen na enkele seconden in deze lijst.</p>`
        }`;
      return send(reply, staffPage(staff, { title, body, current: `${CONSOLE}/zaken` }));
    });
  };
}
