import { z } from 'zod';
import { CASE_NUMBER_PATTERN } from '../workflows/case/ids';
import { CASE_PHASES, CREDITOR_TRACK_PHASES, WAITING_ON } from '../workflows/case/types';
import { pausesStatusSchema } from '../domain/pauses';
import { aanmeldingSchema, beslagSchema, CREDITOR_ANSWERS, type CreditorAnswer } from '../domain/records';
import { isValidLetterId } from '../domain/letter-id';
import type { CaseStatus } from '../workflows/case/messages';
import type { TimelineEntry } from '../workflows/case/types';
import type { CreditorTrackStatus } from '../workflows/creditor-track/messages';
import type { OutboxEntry } from '../activities/letters';
import { ATTENTION_REASON_CODES, type AttentionItem, type CaseListItem } from './deps';

/**
 * Request and response schemas of the API that are not already the workflows' own (those come from
 * workflows/case/actions.ts and domain/records). Response schemas mirror the workflow types; the type checks at
 * the bottom fail the build when a workflow type grows a field these schemas would reject.
 */

/** Schemas that appear as named components in the OpenAPI document. */
export const componentNames = new Map<z.ZodType, string>();
export const named = <T extends z.ZodType>(schema: T, name: string): T => {
  componentNames.set(schema, name);
  return schema;
};

// ---- path and query parameters -----------------------------------------------------------------------------

export { CASE_NUMBER_PATTERN };

export const caseIdParam = z.string().regex(/^case-GM\d{4}-[A-Za-z0-9][A-Za-z0-9-]{0,39}$/, {
  error: 'caseId moet de vorm case-GM0599-2026-0001 hebben',
});
export const creditorIdParam = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/, {
  error: 'creditorId mag alleen letters, cijfers en . _ - bevatten (1–100 tekens)',
});
export const letterIdParam = z
  .string()
  .refine(isValidLetterId, { error: 'letterId is geen geldig briefnummer' })
  .meta({ pattern: '^(?!.*\\.\\.)[A-Za-z0-9][A-Za-z0-9._-]{0,199}$' });

export const caseParams = z.object({ caseId: caseIdParam });
export const caseCreditorParams = z.object({ caseId: caseIdParam, creditorId: creditorIdParam });
export const caseLetterParams = z.object({ caseId: caseIdParam, letterId: letterIdParam });
export const letterParams = z.object({ letterId: letterIdParam });

export { CASE_PHASES, WAITING_ON };
const gemeenteQuery = z
  .string()
  .regex(/^\s*(?:[Gg][Mm])?[0-9]{4}\s*$/, { error: 'gemeente moet de vorm GM0599 hebben' })
  .trim()
  .transform((v) => v.toUpperCase().replace(/^(?!GM)/, 'GM'))
  .refine((v) => /^GM\d{4}$/.test(v), { error: 'gemeente moet de vorm GM0599 hebben' });
const officerQuery = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/, {
  error: 'officer mag alleen letters, cijfers en . _ - bevatten',
});
const phaseQuery = z.enum(CASE_PHASES, { error: `phase moet een van ${CASE_PHASES.join(', ')} zijn` });
const boolQuery = (name: string) =>
  z.enum(['true', 'false'], { error: `${name} moet true of false zijn` }).transform((v) => v === 'true');

export const caseListQuery = z.object({
  gemeente: gemeenteQuery.optional(),
  officer: officerQuery.optional(),
  phase: phaseQuery.optional(),
  breached: boolQuery('breached').optional(),
  waitingOn: z.enum(WAITING_ON, { error: `waitingOn moet een van ${WAITING_ON.join(', ')} zijn` }).optional(),
  limit: z.coerce
    .number({ error: 'limit moet een getal zijn' })
    .int({ error: 'limit moet een geheel getal zijn' })
    .min(1, { error: 'limit moet minstens 1 zijn' })
    .max(1000, { error: 'limit mag hoogstens 1000 zijn' })
    .default(100),
});

export const attentionQuery = z.object({
  gemeente: gemeenteQuery.optional(),
  officer: officerQuery.optional(),
  phase: phaseQuery.optional(),
  /** Paged: the most urgent first; `total` and `totals` count every case, not only this page. */
  page: z.coerce
    .number({ error: 'page moet een getal zijn' })
    .int({ error: 'page moet een geheel getal zijn' })
    .min(1, { error: 'page moet minstens 1 zijn' })
    .default(1),
  pageSize: z.coerce
    .number({ error: 'pageSize moet een getal zijn' })
    .int({ error: 'pageSize moet een geheel getal zijn' })
    .min(1, { error: 'pageSize moet minstens 1 zijn' })
    .max(1000, { error: 'pageSize mag hoogstens 1000 zijn' })
    .default(200),
});

// ---- request bodies ----------------------------------------------------------------------------------------

export const startCaseBody = named(
  z.object(
    {
      caseNumber: z.string({ error: 'caseNumber ontbreekt of is geen tekst' }).regex(CASE_NUMBER_PATTERN, {
        error: 'caseNumber: letters, cijfers en streepjes, hoogstens 40 tekens',
      }),
      aanmelding: aanmeldingSchema,
    },
    { error: 'body moet een object zijn met caseNumber en aanmelding' },
  ),
  'StartCase',
);

export const creditorSessionBody = named(
  z.object(
    {
      code: z
        .string({ error: 'code ontbreekt of is geen tekst' })
        .min(1, { error: 'code mag niet leeg zijn' })
        .max(64),
    },
    { error: 'body moet een object zijn met code' },
  ),
  'CreditorSessionRequest',
);

export const reminderBody = named(
  z
    .object({
      message: z
        .string({ error: 'message moet tekst zijn' })
        .trim()
        .min(1, { error: 'message mag niet leeg zijn' })
        .max(300, { error: 'message mag hoogstens 300 tekens lang zijn' })
        .optional(),
    })
    .default({}),
  'ReminderRequest',
);

// ---- responses ---------------------------------------------------------------------------------------------

export const date = z.iso.date();
const phase = z.enum(CASE_PHASES);
const waitingOn = z.enum(WAITING_ON);

export const deadline = z.object({
  kind: z.string(),
  deadline: date,
  source: z.string(),
  state: z.enum(['open', 'met', 'breached', 'cancelled']),
  remindedOn: date.optional(),
  metOn: date.optional(),
  breachedOn: date.optional(),
});

export const letterSent = z.object({
  letterId: z.string(),
  kind: z.string(),
  recipient: z.string(),
  on: date,
  sha256: z.string(),
});

const creditorSummaryShape = {
  creditorId: z.string(),
  name: z.string(),
  phase: z.enum(CREDITOR_TRACK_PHASES),
  answer: z.enum(['saldo-opgave', 'vooraf-akkoord', 'geen-medewerking']).optional(),
  claimAmount: z.number().int().optional(),
  answerDeadline: date.optional(),
  pauseEnd: date.optional(),
  pauseConfirmed: z.boolean(),
  collectionBreaches: z.number().int(),
  removed: z.boolean(),
};

export const caseStatusResponse = named(
  z.object({
    caseId: z.string(),
    caseReference: z.string(),
    gemeente: z.string(),
    officerId: z.string(),
    phase,
    crisis: z.boolean(),
    requestDate: date,
    waitingOn,
    deadlines: z.array(deadline),
    eersteGesprekPlanned: z.object({ date, time: z.string(), location: z.string() }).optional(),
    eersteGesprekOn: date.optional(),
    beschikking: z.object({ decision: z.enum(['toelating', 'afwijzing']), on: date }).optional(),
    creditors: z.array(z.object(creditorSummaryShape)),
    noodstop: z
      .object({
        active: z.boolean(),
        pulledOn: date,
        endDate: date,
        extended: z.boolean(),
        liftedOn: date.optional(),
        reason: z.string(),
      })
      .optional(),
    moratorium: z
      .object({
        requestedOn: date,
        decidedOn: date.optional(),
        granted: z.boolean().optional(),
        endDate: date.optional(),
      })
      .optional(),
    letters: z.array(letterSent),
    closedReason: z.string().optional(),
  }),
  'CaseStatus',
);

export const timelineResponse = named(
  z.array(z.object({ at: z.string(), by: z.string(), action: z.string(), detail: z.string().optional() })),
  'Timeline',
);

export const creditorTrackResponse = named(
  z.object({
    ...creditorSummaryShape,
    caseId: z.string(),
    claims: z.array(
      z.object({
        creditorId: z.string(),
        amount: z.number().int(),
        preferent: z.boolean(),
        reference: z.string(),
      }),
    ),
    kennisgevingOn: date.optional(),
    geenMedewerkingReason: z.string().optional(),
    letters: z.array(letterSent),
    noodstop: z
      .object({ pulledOn: date, endDate: date, active: z.boolean(), endedOn: date.optional() })
      .optional(),
    saldoOpgave: z
      .object({
        totaal: z.number().int(),
        hoofdsom: z.number().int().optional(),
        rente: z.number().int().optional(),
        kosten: z.number().int().optional(),
        datumOntstaan: date.optional(),
        beslag: z.array(beslagSchema),
        kenmerkSchuldeiser: z.string().optional(),
        receivedOn: date,
      })
      .optional(),
    answerEntries: z
      .array(
        z.object({
          answer: z.enum(CREDITOR_ANSWERS as [CreditorAnswer, ...CreditorAnswer[]]),
          on: date,
          by: z.enum(['schuldeiser', 'medewerker']),
          officerId: z.string().optional(),
          receivedOn: date.optional(),
        }),
      )
      .optional(),
    moratorium: z.object({ orderedOn: date, endDate: date, source: z.string() }).optional(),
    pauses: pausesStatusSchema.optional(),
  }),
  'CreditorTrackStatus',
);

export const startCaseResponse = named(
  z.object({ caseId: z.string(), caseReference: z.string(), created: z.boolean(), href: z.string() }),
  'StartCaseResult',
);

export const caseListResponse = named(
  z.object({
    items: z.array(
      z.object({
        caseId: z.string(),
        caseReference: z.string(),
        gemeente: z.string().optional(),
        officerId: z.string().optional(),
        phase: phase.optional(),
        nextDeadline: z.string().optional(),
        deadlineBreached: z.boolean(),
        waitingOn: waitingOn.optional(),
        crisis: z.boolean(),
        noodstopActive: z.boolean(),
        creditorCount: z.number().int().optional(),
        startedAt: z.string(),
        running: z.boolean(),
      }),
    ),
  }),
  'CaseList',
);

export const letterListResponse = named(
  z.object({
    caseReference: z.string(),
    creditorId: z.string(),
    items: z.array(
      z.object({
        letterId: z.string(),
        caseReference: z.string(),
        kind: z.string(),
        subject: z.string(),
        recipientType: z.enum(['creditor', 'resident', 'waarborgfonds']),
        recipientKey: z.string(),
        sha256: z.string(),
        bytes: z.number().int(),
        pages: z.number().int(),
        placedAt: z.string(),
        pdfHref: z.string(),
      }),
    ),
  }),
  'CreditorLetters',
);

export const creditorSessionResponse = named(
  z.object({ token: z.string(), expiresAt: z.string(), caseReference: z.string(), creditorId: z.string() }),
  'CreditorSession',
);

export const attentionResponse = named(
  z.object({
    today: date,
    items: z.array(
      z.object({
        caseId: z.string(),
        caseReference: z.string(),
        gemeente: z.string().optional(),
        officerId: z.string().optional(),
        phase: phase.optional(),
        oplossingPhase: z.string().optional(),
        nextDeadline: z.string().optional(),
        waitingOn: waitingOn.optional(),
        reasons: z
          .array(
            z.object({
              code: z.enum(ATTENTION_REASON_CODES),
              message: z.string(),
              workflowId: z.string().optional(),
            }),
          )
          .min(1),
        urgency: z.number(),
        workflowId: z.string(),
        temporalUiUrl: z.string(),
        href: z.string(),
      }),
    ),
    /** Cases that need attention, over all pages. */
    total: z.number().int(),
    /** Per reason: how many cases have it (a case with two reasons counts under both). */
    totals: z.record(z.enum(ATTENTION_REASON_CODES), z.number().int()),
    page: z.number().int(),
    pageSize: z.number().int(),
    /** When the visibility reads behind this list began: at scale a list is served from a snapshot seconds old. */
    asOf: z.iso.datetime(),
  }),
  'Attention',
);

export const reminderResponse = named(
  z.object({ notificationId: z.string(), caseId: z.string(), officerId: z.string(), created: z.boolean() }),
  'ReminderResult',
);

export const problemSchema = named(
  z.object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string().optional(),
    instance: z.string().optional(),
    'invalid-params': z.array(z.object({ name: z.string(), reason: z.string() })).optional(),
  }),
  'Problem',
);

// ---- the workflow types must fit these schemas (compile-time) ----------------------------------------------

type Fits<T extends U, U> = T;
export type _CaseStatusFits = Fits<CaseStatus, z.input<typeof caseStatusResponse>>;
export type _TimelineFits = Fits<TimelineEntry[], z.input<typeof timelineResponse>>;
export type _CreditorTrackFits = Fits<CreditorTrackStatus, z.input<typeof creditorTrackResponse>>;
export type _CaseListFits = Fits<CaseListItem, z.input<typeof caseListResponse>['items'][number]>;
export type _OutboxFits = Fits<
  OutboxEntry & { pdfHref: string },
  z.input<typeof letterListResponse>['items'][number]
>;
export type _AttentionFits = Fits<
  AttentionItem & { href: string },
  z.input<typeof attentionResponse>['items'][number]
>;
