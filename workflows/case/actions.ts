import { z } from 'zod';
import { buildOnce } from '../../domain/build-once';
import { claimInputSchema, creditorSchema } from '../../domain/records';
import { civilDateField, idField, text } from '../../domain/records/fields';

/**
 * Officer actions on a case: one zod schema each, used twice — at the edge (API, CLI) and again in the
 * workflow's update validators, so input that bypasses the edge is refused the same way.
 * The acting officer's id comes from authentication, never from the body.
 */

const officer = buildOnce('workflows/case/actions#officer', () => ({ officerId: idField('officerId') }));
const on = buildOnce('workflows/case/actions#on', () => ({ date: civilDateField('date (datum)') }));
/**
 * The day the act happened, for actions that used to take none: optional (cases recorded without it replay),
 * the day it was recorded when absent. The case's rules keep it between the aanmelding and today.
 */
const happenedOn = buildOnce('workflows/case/actions#happenedOn', () => ({
  date: civilDateField('date (datum)').optional(),
}));

export const caseActionSchemas = buildOnce(
  'workflows/case/actions#caseActionSchemas',
  () =>
    ({
      'plan-eerste-gesprek': z.object({
        ...officer,
        ...happenedOn,
        appointment: z.object({
          date: civilDateField('appointment.date (datum gesprek)'),
          time: z
            .string()
            .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'appointment.time moet de vorm 09:30 hebben' }),
          location: text('appointment.location (locatie)', 100),
        }),
      }),
      'eerste-gesprek': z.object({ ...officer, ...on }),
      withdrawal: z.object({ ...officer, ...on, reason: text('reason (reden)', 300).optional() }),
      'beschikking-toelating': z.object({
        ...officer,
        ...on,
        plan: z.object({
          goal: text('plan.goal (doel)', 400),
          residentActions: z.array(text('plan.residentActions[] (afspraak inwoner)', 300)).min(1, {
            error: 'plan.residentActions: minstens één afspraak voor de inwoner',
          }),
          gemeenteActions: z.array(text('plan.gemeenteActions[] (afspraak gemeente)', 300)).min(1, {
            error: 'plan.gemeenteActions: minstens één afspraak voor de gemeente',
          }),
        }),
      }),
      'beschikking-afwijzing': z.object({
        ...officer,
        ...on,
        grounds: z
          .array(
            z.object({
              // Wgs art. 3 lid 2–4, or the gemeente's own ground from its verordening.
              ground: z.enum(['eerdere-schuldhulp', 'fraude', 'geen-rechtmatig-verblijf', 'verordening'], {
                error:
                  'grounds[].ground moet eerdere-schuldhulp, fraude, geen-rechtmatig-verblijf of verordening zijn',
              }),
              explanation: text('grounds[].explanation (toelichting)', 600),
            }),
          )
          .min(1, { error: 'grounds: minstens één afwijzingsgrond' }),
      }),
      'creditor-add': z.object({
        ...officer,
        ...happenedOn,
        creditor: creditorSchema,
        claims: z.array(claimInputSchema).default([]),
      }),
      'creditor-correct': z.object({ ...officer, ...happenedOn, creditor: creditorSchema }),
      'creditor-remove': z.object({
        ...officer,
        ...happenedOn,
        creditorId: idField('creditorId'),
        reason: text('reason (reden)', 300),
      }),
      'claim-record': z.object({ ...officer, ...happenedOn, claim: claimInputSchema }),
      'noodstop-pull': z.object({ ...officer, ...happenedOn, reason: text('reason (reden)', 300) }),
      'noodstop-lift': z.object({ ...officer, ...happenedOn, reason: text('reason (reden)', 300) }),
      'collection-breach': z.object({
        ...officer,
        ...on,
        creditorId: idField('creditorId'),
        note: text('note (wat de schuldeiser deed)', 500),
      }),
      'moratorium-request': z.object({ ...officer, ...on }),
      'moratorium-decision': z.object({
        ...officer,
        ...on,
        granted: z.boolean({ error: 'granted moet true of false zijn' }),
        endDate: civilDateField('endDate (einddatum moratorium)').optional(),
      }),
      'stabilisatie-complete': z.object({ ...officer, ...on }),
    }) as const,
);

export type CaseAction = keyof typeof caseActionSchemas;
export type CaseActionInput<A extends CaseAction> = z.output<(typeof caseActionSchemas)[A]>;
export const CASE_ACTIONS = Object.keys(caseActionSchemas) as CaseAction[];

// Creditor answers belong to the track; the edge (API, CLI) finds them here too.
export {
  creditorAnswerSchemas,
  CREDITOR_ANSWERS,
  type CreditorAnswer,
  type CreditorAnswerInput,
} from '../creditor-track/answers';
export { firstProblem } from '../shared/validation';
