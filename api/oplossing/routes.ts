import { z } from 'zod';
import { amsterdamDateOf } from '../../domain/amsterdam-time';
import { CaseNotFoundError } from '../../services/errors';
import type { OplossingStatus } from '../../workflows/oplossing/state';
import { assertCaseAccess, creditor, officerIdOf } from '../access';
import type { ApiDeps } from '../deps';
import { BASE } from '../officer/routes';
import { notFound } from '../problem';
import { defineRoute, type AnyRoute } from '../route';
import { caseCreditorParams, caseParams, timelineResponse } from '../schemas';
import {
  borgstellingBesluitBody,
  CREDITOR_OPLOSSING_ANSWERS,
  creditorOplossingBodies,
  OFFICER_OPLOSSING_ACTIONS,
  officerOplossingBodies,
} from './bodies';
import {
  borgstellingListResponse,
  borgstellingResponse,
  creditorOplossingResponse,
  oplossingStatusResponse,
} from './schemas';
import { awaitsDecision, borgstellingViewOf, creditorViewOf } from './views';
import { pascal } from '../pascal-case';

/**
 * The oplossing (schuldregeling) in the API: officers read and act on their gemeente's oplossingen, a creditor
 * reads and answers its own betaalvoorstel (case and creditor from the session), the waarborgfonds lists the
 * borgstellingen waiting for it and decides them.
 */

export const OPLOSSING_TAGS = {
  officer: 'Medewerker',
  creditor: 'Schuldeiser',
  waarborgfonds: 'Waarborgfonds',
} as const;

const noOplossing = (_caseId: string) =>
  notFound('Deze zaak heeft (nog) geen schuldregeling: die begint zodra de medewerker de stabilisatie afrondt.');

export function oplossingRoutes(deps: ApiDeps): AnyRoute[] {
  const readers = ['officer', 'supervisor'] as const;
  const today = () => amsterdamDateOf(deps.now().getTime());

  /** A call on the oplossing of a case; a case without one is a 404 that says so. */
  async function on<T>(caseId: string, call: () => Promise<T>): Promise<T> {
    try {
      return await call();
    } catch (error) {
      if (error instanceof CaseNotFoundError) throw noOplossing(caseId);
      throw error;
    }
  }

  const getStatus = defineRoute({
    method: 'GET',
    path: `${BASE}/cases/{caseId}/oplossing`,
    operationId: 'getOplossing',
    summary: 'Stand van de schuldregeling: fase, voorstel per schuldeiser, borgstelling, looptijd, termijnen',
    tag: OPLOSSING_TAGS.officer,
    roles: readers,
    params: caseParams,
    response: { status: 200, description: 'De schuldregeling', schema: oplossingStatusResponse },
    problems: [403, 404],
    async handler({ params, principal }) {
      assertCaseAccess(principal, params.caseId);
      return on(params.caseId, () => deps.oplossing.status(params.caseId));
    },
  });

  const getTimeline = defineRoute({
    method: 'GET',
    path: `${BASE}/cases/{caseId}/oplossing/timeline`,
    operationId: 'getOplossingTimeline',
    summary: 'Tijdlijn van de schuldregeling',
    tag: OPLOSSING_TAGS.officer,
    roles: readers,
    params: caseParams,
    response: { status: 200, description: 'Gebeurtenissen, oudste eerst', schema: timelineResponse },
    problems: [403, 404],
    async handler({ params, principal }) {
      assertCaseAccess(principal, params.caseId);
      return on(params.caseId, () => deps.oplossing.timeline(params.caseId));
    },
  });

  const officerActions = OFFICER_OPLOSSING_ACTIONS.map((action) =>
    defineRoute({
      method: 'POST',
      path: `${BASE}/cases/{caseId}/oplossing/actions/${action}`,
      operationId: `actOplossing${pascal(action)}`,
      summary: `Schuldregeling: actie ${action}`,
      description:
        'De medewerker uit het token handelt (officerId staat nooit in de body). Weigert de schuldregeling de actie, dan 409 met de reden.',
      tag: OPLOSSING_TAGS.officer,
      roles: ['officer'],
      params: caseParams,
      body: officerOplossingBodies[action]!,
      response: {
        status: 200,
        description: 'De schuldregeling na de actie',
        schema: oplossingStatusResponse,
      },
      problems: [403, 404, 409],
      async handler({ params, body, principal }) {
        const officer = assertCaseAccess(principal, params.caseId);
        const officerId = officerIdOf(officer);
        return on(params.caseId, () =>
          deps.oplossing.act(params.caseId, action, { role: 'officer', officerId }, body),
        );
      },
    }),
  );

  const paperAnswers = CREDITOR_OPLOSSING_ANSWERS.map((answer) =>
    defineRoute({
      method: 'POST',
      path: `${BASE}/cases/{caseId}/oplossing/creditors/{creditorId}/answers/${answer}`,
      operationId: `enterOplossingPaperAnswer${pascal(answer)}`,
      summary: `Antwoord ${answer} van een schuldeiser op papier invoeren`,
      description:
        'Een antwoord op het betaalvoorstel of het verzoek om finale kwijting dat per post, mail of telefoon binnenkwam. Weigert de schuldregeling het, dan 409 met de reden.',
      tag: OPLOSSING_TAGS.officer,
      roles: ['officer'],
      params: caseCreditorParams,
      body: creditorOplossingBodies[answer],
      response: {
        status: 200,
        description: 'De schuldregeling na het antwoord',
        schema: oplossingStatusResponse,
      },
      problems: [403, 404, 409],
      async handler({ params, body, principal }) {
        const officer = assertCaseAccess(principal, params.caseId);
        officerIdOf(officer);
        const input = answer === 'finale-kwijting' ? { date: today(), ...stripUndefined(body) } : body;
        return on(params.caseId, () =>
          deps.oplossing.act(
            params.caseId,
            answer,
            { role: 'creditor', creditorId: params.creditorId },
            input,
          ),
        );
      },
    }),
  );

  const creditorStatus = defineRoute({
    method: 'GET',
    path: `${BASE}/creditor/oplossing`,
    operationId: 'getCreditorOplossing',
    summary:
      'Het betaalvoorstel voor uw vordering: bedrag, percentage, looptijd, gevraagd antwoord en termijn',
    description: 'Alleen uw eigen vordering en totalen; nooit gegevens van andere schuldeisers.',
    tag: OPLOSSING_TAGS.creditor,
    roles: ['creditor'],
    response: {
      status: 200,
      description: 'Uw deel van de schuldregeling',
      schema: creditorOplossingResponse,
    },
    problems: [404],
    async handler({ principal }) {
      const me = creditor(principal);
      const status = await on(me.caseReference, () => deps.oplossing.status(me.caseId));
      return ownView(status, me.creditorId);
    },
  });

  function ownView(status: OplossingStatus, creditorId: string) {
    const view = creditorViewOf(status, creditorId);
    if (!view) throw notFound('U staat niet in de schuldregeling van deze zaak.');
    return view;
  }

  const creditorAnswers = CREDITOR_OPLOSSING_ANSWERS.map((answer) =>
    defineRoute({
      method: 'POST',
      path: `${BASE}/creditor/oplossing/answers/${answer}`,
      operationId: `answerOplossing${pascal(answer)}`,
      summary: `Antwoord op de schuldregeling: ${answer}`,
      description:
        'Uw antwoord voor uw eigen vordering (de schuldeiser komt uit de sessie). Weigert de schuldregeling het antwoord, dan 409 met de reden.',
      tag: OPLOSSING_TAGS.creditor,
      roles: ['creditor'],
      body: creditorOplossingBodies[answer],
      response: {
        status: 200,
        description: 'Uw deel van de schuldregeling na het antwoord',
        schema: creditorOplossingResponse,
      },
      problems: [404, 409],
      async handler({ body, principal }) {
        const me = creditor(principal);
        const input = answer === 'finale-kwijting' ? { date: today(), ...stripUndefined(body) } : body;
        const status = await on(me.caseReference, () =>
          deps.oplossing.act(me.caseId, answer, { role: 'creditor', creditorId: me.creditorId }, input),
        );
        return ownView(status, me.creditorId);
      },
    }),
  );

  const borgstellingen = defineRoute({
    method: 'GET',
    path: `${BASE}/waarborgfonds/borgstellingen`,
    operationId: 'listBorgstellingen',
    summary: 'Aanvragen borgstelling die op een besluit van het fonds wachten',
    description:
      'Gevonden op zoekattribuut (fase oplossing:borgstelling); alleen de gevonden schuldregelingen worden gelezen.',
    tag: OPLOSSING_TAGS.waarborgfonds,
    roles: ['waarborgfonds'],
    query: z.object({
      limit: z.coerce
        .number({ error: 'limit moet een getal zijn' })
        .int({ error: 'limit moet een geheel getal zijn' })
        .min(1, { error: 'limit moet minstens 1 zijn' })
        .max(500, { error: 'limit mag hoogstens 500 zijn' })
        .default(100),
    }),
    response: { status: 200, description: 'Aanvragen, oudste eerst', schema: borgstellingListResponse },
    async handler({ query }) {
      const found = await deps.borgstellingen.awaitingDecision(query.limit);
      const items = found
        .filter(awaitsDecision)
        .map((s) => borgstellingViewOf(s, BASE)!)
        .sort((a, b) => a.requestedOn.localeCompare(b.requestedOn) || a.caseId.localeCompare(b.caseId));
      return { items };
    },
  });

  const decide = defineRoute({
    method: 'POST',
    path: `${BASE}/cases/{caseId}/oplossing/borgstelling-besluit`,
    operationId: 'decideBorgstelling',
    summary: 'Besluit van het waarborgfonds over een borgstelling',
    description:
      'Verleend of geweigerd, met het kenmerk van het besluit; de datum is vandaag tenzij gegeven. Is er niets te besluiten, dan 409 met de reden.',
    tag: OPLOSSING_TAGS.waarborgfonds,
    roles: ['waarborgfonds'],
    params: caseParams,
    body: borgstellingBesluitBody,
    response: { status: 200, description: 'De borgstelling na het besluit', schema: borgstellingResponse },
    problems: [404, 409],
    async handler({ params, body }) {
      const input = { date: today(), ...stripUndefined(body) };
      const status = await on(params.caseId, () =>
        deps.oplossing.act(params.caseId, 'borgstelling-besluit', { role: 'waarborgfonds' }, input),
      );
      const view = borgstellingViewOf(status, BASE);
      if (!view) throw notFound('Deze zaak heeft geen borgstelling.');
      return view;
    },
  });

  return [
    getStatus,
    getTimeline,
    ...officerActions,
    ...paperAnswers,
    creditorStatus,
    ...creditorAnswers,
    borgstellingen,
    decide,
  ];
}

function stripUndefined(body: unknown): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries((body ?? {}) as Record<string, unknown>).filter(([, v]) => v !== undefined),
  );
}
