import { z } from 'zod';
import { CREDITOR_TYPES } from '../../domain/records/creditor';
import type { OplossingStatus } from '../../workflows/oplossing/state';
import { date, deadline, letterSent, named, WAITING_ON } from '../schemas';
import type { CreditorOplossingView, PendingBorgstelling } from './views';

/**
 * Response schemas of the oplossing routes: the officer's whole status (mirrors workflows/oplossing/state.ts),
 * the creditor's own part of it, and the waarborgfonds's list. The type checks at the bottom fail the build
 * when a workflow type grows a field these schemas would reject.
 */

export const OPLOSSING_PHASES = [
  'voorbereiding',
  'betaalvoorstel',
  'borgstelling',
  'looptijd',
  'finale-kwijting',
  'nazorg',
  'afgesloten',
] as const;

export const CREDITOR_STAGES = [
  'wacht-op-voorstel',
  'voorgesteld',
  'herinnerd',
  'geescaleerd',
  'heroverweging',
  'blijft-weigeren',
  'dwangakkoord',
  'dwangakkoord-afgewezen',
  'akkoord',
  'gebonden',
] as const;

const cents = z.number().int();
const form = z.enum(['betalingsregeling', 'saneringskrediet']);
const outcome = z.enum(['afgerond', 'beeindigd', 'wsnp']);
const rejection = z.object({ on: date, reason: z.string() });
const kwijting = z.object({ askedOn: date, answerBefore: date, grantedOn: date.optional() });

const borgstelling = z.object({
  requestedOn: date,
  loanCents: cents,
  premiumCents: cents,
  automatic: z.boolean(),
  decisionBefore: date.optional(),
  decidedOn: date.optional(),
  granted: z.boolean().optional(),
  by: z.string().optional(),
  uitbetaling: z.object({ on: date, amountCents: cents }).optional(),
  endedOn: date.optional(),
});

const creditorOffer = z.object({
  creditorId: z.string(),
  name: z.string(),
  type: z.enum(CREDITOR_TYPES),
  claimCents: cents,
  preferent: z.boolean(),
  voorafAkkoord: z.boolean(),
  geenMedewerking: z.boolean(),
  offerCents: cents,
  percentageBasisPoints: z.number().int(),
  stage: z.enum(CREDITOR_STAGES),
  proposalSentOn: date.optional(),
  answerDeadline: date.optional(),
  answeredOn: date.optional(),
  rejections: z.array(rejection),
  dwangakkoord: z
    .object({
      requestedOn: date,
      hearingOn: date.optional(),
      rulingDueBy: date.optional(),
      ruledOn: date.optional(),
      granted: z.boolean().optional(),
    })
    .optional(),
  paidCents: cents,
  grantsFinaleKwijting: z.boolean(),
  kwijting: kwijting.optional(),
  remainingOnRecordCents: cents.optional(),
});

const proposal = z.object({
  kind: z.enum(['volledig', 'gedeeltelijk', 'nihil-aanbod']),
  availableCents: cents,
  totalClaimsCents: cents,
  totalOfferedCents: cents,
  concurrentPercentage: z.number(),
  preferentPercentage: z.number().nullable(),
  months: z.number().int(),
});

export const oplossingStatusResponse = named(
  z.object({
    caseId: z.string(),
    oplossingId: z.string(),
    caseReference: z.string(),
    gemeente: z.string(),
    officerId: z.string(),
    phase: z.enum(OPLOSSING_PHASES),
    waitingOn: z.enum(WAITING_ON),
    startedOn: date,
    form: form.optional(),
    kredietbank: z.string().optional(),
    waarborgfonds: z.boolean().optional(),
    afloscapaciteitPerMonth: cents.optional(),
    vtlbBasis: z.string().optional(),
    proposal: proposal.optional(),
    deadlines: z.array(deadline),
    creditors: z.array(creditorOffer),
    answersOutstanding: z.number().int(),
    agreedOn: date.optional(),
    caseSignalled: z.boolean().optional(),
    borgstelling: borgstelling.optional(),
    looptijd: z
      .object({
        startDate: date,
        endDate: date,
        instalments: z.array(z.object({ number: z.number().int(), amount: cents, dueDate: date.optional() })),
        totalCents: cents,
        paidCents: cents,
        payments: z.array(z.object({ date, amountCents: cents })),
        endReached: z.boolean(),
      })
      .optional(),
    nextDuePayment: z.object({ number: z.number().int(), dueDate: date, amountCents: cents }).optional(),
    arrearsCents: cents,
    reviewsDone: z.number().int(),
    nazorgDone: z.number().int(),
    ended: z.object({ on: date, reason: z.string() }).optional(),
    outcome: outcome.optional(),
    closedOn: date.optional(),
    letters: z.array(letterSent),
  }),
  'OplossingStatus',
);

export const EXPECTED_ANSWERS = ['voorstel', 'heroverweging', 'finale-kwijting'] as const;

export const creditorOplossingResponse = named(
  z.object({
    caseReference: z.string(),
    creditorId: z.string(),
    name: z.string(),
    phase: z.enum(OPLOSSING_PHASES),
    form: form.optional(),
    kredietbank: z.string().optional(),
    looptijdMonths: z.number().int().optional(),
    proposalKind: z.enum(['volledig', 'gedeeltelijk', 'nihil-aanbod']).optional(),
    /** All claims together and how many creditors share the offer: totals only, never another creditor. */
    totalClaimsCents: cents.optional(),
    creditorCount: z.number().int(),
    claimCents: cents,
    preferent: z.boolean(),
    offerCents: cents,
    percentageBasisPoints: z.number().int(),
    stage: z.enum(CREDITOR_STAGES),
    /** What the gemeente waits for from this creditor now, if anything. */
    expectedAnswer: z.enum(EXPECTED_ANSWERS).optional(),
    answerDeadline: date.optional(),
    proposalSentOn: date.optional(),
    answeredOn: date.optional(),
    rejections: z.array(rejection),
    paidCents: cents,
    grantsFinaleKwijting: z.boolean(),
    kwijting: kwijting.optional(),
    remainingOnRecordCents: cents.optional(),
    looptijd: z.object({ startDate: date, endDate: date }).optional(),
    outcome: outcome.optional(),
  }),
  'CreditorOplossing',
);

const pendingBorgstelling = z.object({
  caseId: z.string(),
  caseReference: z.string(),
  gemeente: z.string(),
  kredietbank: z.string().optional(),
  requestedOn: date,
  decisionBefore: date.optional(),
  loanCents: cents,
  premiumCents: cents,
  looptijdMonths: z.number().int(),
  creditorCount: z.number().int(),
  totalClaimsCents: cents,
  decidedOn: date.optional(),
  granted: z.boolean().optional(),
  by: z.string().optional(),
  href: z.string(),
});

export const borgstellingListResponse = named(
  z.object({ items: z.array(pendingBorgstelling) }),
  'Borgstellingen',
);
export const borgstellingResponse = named(pendingBorgstelling, 'Borgstelling');

// ---- the workflow types must fit these schemas (compile-time) ----------------------------------------------

type Fits<T extends U, U> = T;
export type _OplossingStatusFits = Fits<OplossingStatus, z.input<typeof oplossingStatusResponse>>;
export type _CreditorViewFits = Fits<CreditorOplossingView, z.input<typeof creditorOplossingResponse>>;
export type _BorgstellingFits = Fits<PendingBorgstelling, z.input<typeof borgstellingResponse>>;
