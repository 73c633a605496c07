import { amsterdamDateOf } from '../../domain/amsterdam-time';
import { assertCaseAccess, assertGemeente, scopeGemeente, staff } from '../access';
import { ATTENTION_REASON_CODES, type AttentionReasonCode } from '../../services/supervisor/attention-types';
import { AttentionSnapshots } from '../../services/supervisor/attention-snapshots';
import type { ApiDeps } from '../deps';
import { BASE } from '../officer/routes';
import { managementRoute } from './management';
import { defineRoute, WithStatus, type AnyRoute } from '../route';
import { attentionQuery, attentionResponse, caseParams, reminderBody, reminderResponse } from '../schemas';

/** Routes for supervisors (teamleiders): what needs attention, and safe actions on it. */

const TAG = 'Toezicht';

export function supervisorRoutes(deps: ApiDeps): AnyRoute[] {
  const snapshots = new AttentionSnapshots(deps.attention, { now: deps.now });
  const attention = defineRoute({
    method: 'GET',
    path: `${BASE}/supervisor/attention`,
    operationId: 'listAttention',
    summary: 'Zaken die aandacht nodig hebben, met reden, urgentste eerst',
    description:
      'Termijn overschreden of binnen N werkdagen, een workflowtaak of activiteit die blijft falen, geen ' +
      'voortgang sinds N dagen, lang wachten op een schuldeiser; ook tijdens de schuldregeling (de oplossing-' +
      'workflow van de zaak). Alleen zoekattributen (ook de aandachtsmarkeringen van de worker), per pagina, ' +
      'met totalen per reden. Bij veel zaken komt de lijst uit een momentopname van hoogstens een minuut oud ' +
      '(`asOf`); alle pagina\'s komen dan uit dezelfde.',
    tag: TAG,
    roles: ['supervisor'],
    query: attentionQuery,
    response: { status: 200, description: 'Zaken met hun redenen', schema: attentionResponse },
    problems: [403],
    async handler({ query, principal, request }) {
      const who = staff(principal);
      const gemeente = scopeGemeente(who, query.gemeente);
      const today = amsterdamDateOf(deps.now().getTime());
      const { items, asOf } = await snapshots.list(
        { gemeente, officerId: query.officer, phase: query.phase },
        today,
        (error) => request.log.warn({ err: error }, 'attention list: rebuilding its snapshot failed; served the last one'),
      );
      const totals = Object.fromEntries(ATTENTION_REASON_CODES.map((code) => [code, 0])) as Record<AttentionReasonCode, number>;
      for (const item of items) for (const reason of item.reasons) totals[reason.code] += 1;
      const { page, pageSize } = query;
      const shown = items.slice((page - 1) * pageSize, page * pageSize);
      return {
        today,
        items: shown.map((i) => ({ ...i, href: `${BASE}/cases/${i.caseId}` })),
        total: items.length,
        totals,
        page,
        pageSize,
        asOf,
      };
    },
  });

  const remind = defineRoute({
    method: 'POST',
    path: `${BASE}/supervisor/cases/{caseId}/reminders`,
    operationId: 'remindOfficer',
    summary: 'Stuur de medewerker van de zaak een herinnering',
    description: 'Een tweede herinnering binnen dezelfde minuut is dezelfde (dubbel klikken stuurt er één).',
    tag: TAG,
    roles: ['supervisor'],
    params: caseParams,
    body: reminderBody,
    response: { status: 201, description: 'Herinnering verstuurd', schema: reminderResponse },
    otherResponses: [
      { status: 200, description: 'Deze herinnering was al verstuurd', schema: reminderResponse },
    ],
    problems: [403, 404],
    async handler({ params, body, principal }) {
      const who = assertCaseAccess(principal, params.caseId);
      const status = await deps.cases.status(params.caseId);
      assertGemeente(who, status.gemeente);
      const now = deps.now();
      const minute = now.toISOString().slice(0, 16);
      const id = `supervisor-reminder.${params.caseId}.${minute.replace(/[-:T]/g, '')}`;
      const created = await deps.notifications.add({
        id,
        audience: 'officer',
        kind: 'officer-task',
        caseId: params.caseId,
        gemeente: status.gemeente,
        officerId: status.officerId,
        message: body.message ?? `Uw teamleider vraagt aandacht voor zaak ${status.caseReference}.`,
        createdAt: now.toISOString(),
      });
      return new WithStatus(created ? 201 : 200, {
        notificationId: id,
        caseId: params.caseId,
        officerId: status.officerId,
        created,
      });
    },
  });

  return [attention, remind, managementRoute(deps)];
}
