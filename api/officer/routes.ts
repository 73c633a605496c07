import { z } from 'zod';
import {
  CASE_ACTIONS,
  caseActionSchemas,
  CREDITOR_ANSWERS,
  creditorAnswerSchemas,
} from '../../workflows/case/actions';
import { caseReferenceOf } from '../../workflows/case/ids';
import { creditorAccessOf } from '../auth/creditor-access';
import { caseActionBodies } from '../../services/request-bodies';
import { assertCaseAccess, assertGemeente, officerIdOf, scopeGemeente, staff } from '../access';
import type { ApiDeps } from '../deps';
import { notFound } from '../problem';
import { Binary, defineRoute, WithStatus, type AnyRoute } from '../route';
import {
  caseCreditorParams,
  caseLetterParams,
  caseListQuery,
  caseListResponse,
  caseParams,
  caseStatusResponse,
  creditorTrackResponse,
  named,
  startCaseBody,
  startCaseResponse,
  timelineResponse,
} from '../schemas';
import { pascal } from '../pascal-case';

/** Routes for officers (medewerkers schuldhulp): their gemeente's cases, actions and paper answers. */

export const BASE = '/api/v1';
const TAG = 'Medewerker';

/** The body of an officer action: the workflow's schema without officerId (services/request-bodies.ts). */
export const actionBodySchemas = Object.fromEntries(
  CASE_ACTIONS.map((action) => [action, named(caseActionBodies[action], `${pascal(action)}Action`)]),
) as unknown as { [A in keyof typeof caseActionSchemas]: z.ZodType };

export const answerBodySchemas = Object.fromEntries(
  CREDITOR_ANSWERS.map((answer) => [answer, named(creditorAnswerSchemas[answer], `${pascal(answer)}Answer`)]),
) as unknown as { [A in keyof typeof creditorAnswerSchemas]: z.ZodType };

export function officerRoutes(deps: ApiDeps): AnyRoute[] {
  const readers = ['officer', 'supervisor'] as const;

  const startCase = defineRoute({
    method: 'POST',
    path: `${BASE}/cases`,
    operationId: 'startCase',
    summary: 'Start een zaak vanuit een aanmelding',
    description:
      'Dezelfde gemeente en hetzelfde zaaknummer starten nooit een tweede zaak: 200 met de bestaande zaak, 201 bij een nieuwe.',
    tag: TAG,
    roles: ['officer'],
    body: startCaseBody,
    response: { status: 201, description: 'Zaak gestart', schema: startCaseResponse },
    otherResponses: [{ status: 200, description: 'Zaak bestond al', schema: startCaseResponse }],
    problems: [403],
    async handler({ body, principal }) {
      const officer = staff(principal);
      officerIdOf(officer);
      assertGemeente(officer, body.aanmelding.gemeenteCode);
      const result = await deps.cases.start(body.caseNumber, body.aanmelding);
      const href = `${BASE}/cases/${result.caseId}`;
      const value = {
        ...result,
        caseReference: caseReferenceOf(body.aanmelding.gemeenteCode, body.caseNumber),
        href,
      };
      return new WithStatus(result.created ? 201 : 200, value, { location: href });
    },
  });

  const listCases = defineRoute({
    method: 'GET',
    path: `${BASE}/cases`,
    operationId: 'listCases',
    summary: 'Zaken zoeken op fase, overschreden termijn, medewerker (zoekattributen, niet per zaak)',
    tag: TAG,
    roles: readers,
    query: caseListQuery,
    response: {
      status: 200,
      description: 'Zaken, vroegste volgende termijn eerst',
      schema: caseListResponse,
    },
    problems: [403],
    async handler({ query, principal }) {
      const who = staff(principal);
      assertGemeente(who, who.gemeenteCode ?? query.gemeente);
      const gemeente = scopeGemeente(who, query.gemeente);
      const items = await deps.directory.list({
        gemeente,
        officerId: query.officer,
        phase: query.phase,
        breached: query.breached,
        waitingOn: query.waitingOn,
        limit: query.limit,
      });
      return { items };
    },
  });

  const getCase = defineRoute({
    method: 'GET',
    path: `${BASE}/cases/{caseId}`,
    operationId: 'getCase',
    summary: 'Stand van een zaak: fase, termijnen met wettelijke bron, schuldeisers, pauzes, brieven',
    tag: TAG,
    roles: readers,
    params: caseParams,
    response: { status: 200, description: 'De zaak', schema: caseStatusResponse },
    problems: [403, 404],
    async handler({ params, principal }) {
      assertCaseAccess(principal, params.caseId);
      return deps.cases.status(params.caseId);
    },
  });

  const getTimeline = defineRoute({
    method: 'GET',
    path: `${BASE}/cases/{caseId}/timeline`,
    operationId: 'getCaseTimeline',
    summary: 'Tijdlijn van een zaak',
    tag: TAG,
    roles: readers,
    params: caseParams,
    response: { status: 200, description: 'Gebeurtenissen, oudste eerst', schema: timelineResponse },
    problems: [403, 404],
    async handler({ params, principal }) {
      assertCaseAccess(principal, params.caseId);
      return deps.cases.timeline(params.caseId);
    },
  });

  const getCreditor = defineRoute({
    method: 'GET',
    path: `${BASE}/cases/{caseId}/creditors/{creditorId}`,
    operationId: 'getCaseCreditor',
    summary: 'Het spoor van één schuldeiser in een zaak',
    tag: TAG,
    roles: readers,
    params: caseCreditorParams,
    response: { status: 200, description: 'Het schuldeiserspoor', schema: creditorTrackResponse },
    problems: [403, 404],
    async handler({ params, principal }) {
      assertCaseAccess(principal, params.caseId);
      return deps.cases.creditorTrack(params.caseId, params.creditorId);
    },
  });

  const getLetterPdf = defineRoute({
    method: 'GET',
    path: `${BASE}/cases/{caseId}/letters/{letterId}/pdf`,
    operationId: 'getCaseLetterPdf',
    summary: 'Een brief van de zaak of van haar schuldregeling als PDF',
    tag: TAG,
    roles: readers,
    params: caseLetterParams,
    response: { status: 200, description: 'De PDF', contentType: 'application/pdf' },
    problems: [403, 404],
    async handler({ params, principal }) {
      assertCaseAccess(principal, params.caseId);
      const status = await deps.cases.status(params.caseId);
      // Letters of the schuldregeling (betaalvoorstel, ...) are the oplossing's, not the case's.
      const ofOplossing = async () =>
        status.phase === 'oplossing' || status.phase === 'afgesloten'
          ? await deps.oplossing.status(params.caseId).then(
              (o) => o.letters.some((l) => l.letterId === params.letterId),
              () => false,
            )
          : false;
      if (!status.letters.some((l) => l.letterId === params.letterId) && !(await ofOplossing())) {
        throw notFound(`Brief ${params.letterId} hoort niet bij deze zaak.`);
      }
      const stored = await deps.letters.pdf(params.letterId);
      if (!stored) throw notFound(`Brief ${params.letterId} is (nog) niet opgeslagen.`);
      return new Binary(stored.pdf, 'application/pdf', `${params.letterId}.pdf`);
    },
  });

  const actions = CASE_ACTIONS.map((action) =>
    defineRoute({
      method: 'POST',
      path: `${BASE}/cases/{caseId}/actions/${action}`,
      operationId: `act${pascal(action)}`,
      summary: `Actie ${action}`,
      description:
        'De medewerker uit het token handelt (officerId staat nooit in de body). Weigert de zaak de actie, dan 409 met de reden.',
      tag: TAG,
      roles: ['officer'],
      params: caseParams,
      body: actionBodySchemas[action],
      response: { status: 200, description: 'De zaak na de actie', schema: caseStatusResponse },
      problems: [403, 404, 409],
      async handler({ params, body, principal }) {
        const officer = assertCaseAccess(principal, params.caseId);
        const status = await deps.cases.act(params.caseId, action, officerIdOf(officer), body);
        await creditorAccessOf(deps).afterCaseAction(status, action, body);
        return status;
      },
    }),
  );

  const paperAnswers = CREDITOR_ANSWERS.map((answer) =>
    defineRoute({
      method: 'POST',
      path: `${BASE}/cases/{caseId}/creditors/{creditorId}/answers/${answer}`,
      operationId: `enterPaperAnswer${pascal(answer)}`,
      summary: `Antwoord ${answer} van een schuldeiser op papier invoeren`,
      tag: TAG,
      roles: ['officer'],
      params: caseCreditorParams,
      body: answerBodySchemas[answer],
      response: {
        status: 200,
        description: 'Het schuldeiserspoor na het antwoord',
        schema: creditorTrackResponse,
      },
      problems: [403, 404, 409],
      async handler({ params, body, principal }) {
        const officer = assertCaseAccess(principal, params.caseId);
        // A paper answer records the officer who typed it in (issue 12 §4.8); the track records the date.
        return deps.cases.answer(params.caseId, params.creditorId, answer, body, {
          officerId: officerIdOf(officer),
        });
      },
    }),
  );

  return [startCase, listCases, getCase, getTimeline, getCreditor, getLetterPdf, ...actions, ...paperAnswers];
}
