import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { ApiClient, type Problem } from './api-client';
import { html, type Html } from './html';
import { page, type NavItem } from './layout';
import { EXAMPLE_GEMEENTEN, gemeenteName, type Gemeenten } from './gemeenten';
import { formExpiredBody, postedFromOwnForm } from './posted-form';
import { send } from './send-page';
import { clearCookie, cookiesOf, csrfFor, STAFF_COOKIE } from './session';

/**
 * The signed-in staff member for every staff page (case console, schuldregeling, waarborgfonds): one set of
 * cookie, CSRF and origin rules, and the page shell for the pages outside console/staff.ts.
 */

export const CONSOLE = '/console';
export const API = '/api/v1';

export interface Me {
  role: 'officer' | 'supervisor' | 'waarborgfonds' | 'creditor';
  officerId?: string;
  gemeenteCode?: string;
}

export interface Staff {
  me: Me;
  csrf: string;
  api: ApiClient;
  /** Open tasks in the inbox, for the count in the menu (officers and supervisors). */
  openTasks?: number;
  gemeenten: Gemeenten;
}

/** Where a role lands after signing in. */
export const homeOf = (role: Me['role']): string =>
  `${CONSOLE}/${role === 'supervisor' ? 'toezicht' : role === 'waarborgfonds' ? 'waarborgfonds' : 'zaken'}`;

export { send };

function whoLine(me: Me, gemeenten: Gemeenten): string {
  const gemeente = gemeenteName(gemeenten, me.gemeenteCode);
  if (me.role === 'officer') return `Medewerker ${me.officerId ?? ''} · ${gemeente ?? ''}`;
  if (me.role === 'supervisor') return `Teamleider · ${gemeente ?? 'alle gemeenten'}`;
  if (me.role === 'waarborgfonds') return 'Waarborgfonds Saneringskredieten';
  return me.role;
}

function nav(staff: Staff, current: string): NavItem[] {
  const { me } = staff;
  const tasks: NavItem = {
    href: `${CONSOLE}/taken`,
    label: me.role === 'supervisor' ? 'Taken gemeente' : 'Mijn taken',
    count: staff.openTasks ? { value: staff.openTasks, label: 'open' } : undefined,
  };
  const figures: NavItem = { href: `${CONSOLE}/cijfers`, label: 'Cijfers' };
  const items: NavItem[] =
    me.role === 'officer'
      ? [
          { href: `${CONSOLE}/zaken`, label: 'Mijn zaken' },
          tasks,
          { href: `${CONSOLE}/zaken/nieuw`, label: 'Nieuwe aanmelding' },
          figures,
        ]
      : me.role === 'supervisor'
        ? [
            { href: `${CONSOLE}/toezicht`, label: 'Aandacht nodig' },
            tasks,
            { href: `${CONSOLE}/zaken`, label: 'Alle zaken' },
            figures,
          ]
        : me.role === 'waarborgfonds'
          ? [{ href: `${CONSOLE}/waarborgfonds`, label: 'Borgstellingen' }]
          : [];
  return items.map((i) => ({ ...i, current: i.href === current }));
}

export function staffPage(
  staff: Staff,
  o: { title: string; body: Html; current?: string; hasErrors?: boolean },
): string {
  const code = staff.me.gemeenteCode;
  return page({
    title: o.title,
    who: whoLine(staff.me, staff.gemeenten),
    nav: nav(staff, o.current ?? ''),
    gemeente: code ? { code, name: gemeenteName(staff.gemeenten, code)! } : undefined,
    signOut: { action: `${CONSOLE}/afmelden`, csrf: staff.csrf },
    body: o.body,
    hasErrors: o.hasErrors,
  });
}

export function problemPage(reply: FastifyReply, staff: Staff | undefined, problem: Problem) {
  const title =
    problem.status === 404
      ? 'Niet gevonden'
      : problem.status === 403
        ? 'Geen toegang'
        : problem.status === 503
          ? 'Even niet bereikbaar'
          : 'Er ging iets mis';
  const home = staff ? homeOf(staff.me.role) : CONSOLE;
  const body = html`<h1>${title}</h1>
    <p>${problem.detail ?? problem.title ?? ''}</p>
    <p><a href="${home}">Terug naar het overzicht</a></p>`;
  const markup = staff ? staffPage(staff, { title, body }) : page({ title, body });
  return send(reply, markup, problem.status >= 400 ? problem.status : 500);
}

export function staffSessions(root: FastifyInstance, gemeenten: Gemeenten = EXAMPLE_GEMEENTEN) {
  /** The signed-in staff member, or a redirect to the sign-in page (the cookie is gone or no longer valid). */
  async function signedIn(request: FastifyRequest, reply: FastifyReply): Promise<Staff | undefined> {
    const token = cookiesOf(request)[STAFF_COOKIE];
    if (!token) {
      void reply.redirect(`${CONSOLE}/aanmelden`, 303);
      return undefined;
    }
    const api = new ApiClient(root, token, request);
    const session = await api.get<Me & { kind: string }>(`${API}/session`);
    if (!session.ok || session.data.kind !== 'staff') {
      clearCookie(request, reply, STAFF_COOKIE, CONSOLE);
      void reply.redirect(`${CONSOLE}/aanmelden?verlopen=1`, 303);
      return undefined;
    }
    const me = session.data;
    const tasks =
      me.role === 'officer' || me.role === 'supervisor'
        ? await api.get<{ open: number }>(`${API}/tasks?open=true`)
        : undefined;
    return { me, csrf: csrfFor(token), api, openTasks: tasks?.ok ? tasks.data.open : undefined, gemeenten };
  }

  /** For POSTs: signed in, same origin, and the form's CSRF token matches the cookie. */
  async function signedInPost(request: FastifyRequest, reply: FastifyReply): Promise<Staff | undefined> {
    if (!postedFromOwnForm(request, STAFF_COOKIE)) {
      void send(
        reply,
        page({
          title: 'Formulier verlopen',
          body: formExpiredBody(CONSOLE, 'Naar het overzicht'),
        }),
        403,
      );
      return undefined;
    }
    return signedIn(request, reply);
  }

  return { signedIn, signedInPost };
}
export type StaffSessions = ReturnType<typeof staffSessions>;
