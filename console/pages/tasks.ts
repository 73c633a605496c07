import type { FastifyInstance } from 'fastify';
import type { z } from 'zod';
import type { taskListResponse } from '../../api/officer/task-routes';
import { caseReferenceOfCaseId } from '../../workflows/case/ids';
import { datum, plainWords, tijdstip } from '../format';
import { html } from '../html';
import { badge, csrfField, notice } from '../layout';
import { API, CONSOLE, problemPage, send, staffPage, type StaffSessions } from '../staff-session';

/**
 * Page: "Mijn taken" — reminders before a term ends, alerts after one was missed, creditors that stay silent and
 * other officer tasks, each linked to its case and marked done here. A supervisor sees those of the gemeente.
 */

type Tasks = z.output<typeof taskListResponse>;

const KINDS: Record<Tasks['items'][number]['kind'], { label: string; tone: string }> = {
  'deadline-reminder': { label: 'Herinnering termijn', tone: 'warn' },
  'deadline-breached': { label: 'Termijn overschreden', tone: 'alarm' },
  'creditor-silent': { label: 'Schuldeiser antwoordt niet', tone: 'warn' },
  'officer-task': { label: 'Taak', tone: 'info' },
};

export function taskPages(sessions: StaffSessions) {
  return async (app: FastifyInstance): Promise<void> => {
    app.get('/taken', async (request, reply) => {
      const staff = await sessions.signedIn(request, reply);
      if (!staff) return reply;
      const query = request.query as Record<string, string>;
      const all = query.alle !== undefined;
      const list = await staff.api.get<Tasks>(`${API}/tasks${all ? '' : '?open=true'}`);
      if (!list.ok) return problemPage(reply, staff, list.problem);
      const title = staff.me.role === 'supervisor' ? 'Taken van de gemeente' : 'Mijn taken';
      const items = list.data.items;
      const body = html`<h1>${title}</h1>
        ${notice(query.gedaan !== undefined ? 'De taak is afgevinkt.' : undefined)}
        <p>
          ${list.data.open === 0 ? 'Geen open taken.' : `${list.data.open} open ${list.data.open === 1 ? 'taak' : 'taken'}, nieuwste eerst.`}
          ${all ? html`<a href="${CONSOLE}/taken">Alleen open taken</a>` : html`<a href="${CONSOLE}/taken?alle">Ook afgevinkte taken</a>`}
        </p>
        ${
          items.length
            ? html`<ul class="taken">
                ${items.map((t) => {
                  const kind = KINDS[t.kind];
                  const ref = caseReferenceOfCaseId(t.caseId);
                  return html`<li class="taak${t.done ? ' taak--gedaan' : ''}">
                    <p class="taak__kop">
                      ${badge(kind.label, kind.tone)} <a href="${CONSOLE}/zaken/${t.caseId}">Zaak ${ref}</a>
                    </p>
                    <p>${plainWords(t.message)}${t.deadline ? ` Uiterlijk ${datum(t.deadline)}.` : ''}</p>
                    <p class="klein">
                      Binnengekomen
                      ${tijdstip(t.createdAt)}${staff.me.role === 'supervisor' ? ` · medewerker ${t.officerId}` : ''}
                    </p>
                    ${
                      t.done
                        ? html`<p class="klein">Afgevinkt door ${t.done.by} op ${tijdstip(t.done.at)}.</p>`
                        : html`<form
                            method="post"
                            action="${CONSOLE}/taken/${encodeURIComponent(t.id)}/gedaan"
                            class="inline"
                          >
                            ${csrfField(staff.csrf)}
                            <button type="submit" class="utrecht-button utrecht-button--secondary-action">
                              Afvinken<span class="vh">: ${kind.label}, zaak ${ref}</span>
                            </button>
                          </form>`
                    }
                  </li>`;
                })}
              </ul>`
            : ''
        }`;
      return send(reply, staffPage(staff, { title, body, current: `${CONSOLE}/taken` }));
    });

    app.post('/taken/:taskId/gedaan', async (request, reply) => {
      const staff = await sessions.signedInPost(request, reply);
      if (!staff) return reply;
      const { taskId } = request.params as { taskId: string };
      const done = await staff.api.post(`${API}/tasks/${encodeURIComponent(taskId)}/done`, {});
      if (!done.ok) return problemPage(reply, staff, done.problem);
      return reply.redirect(`${CONSOLE}/taken?gedaan`, 303);
    });
  };
}
