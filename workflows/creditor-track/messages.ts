import { defineQuery, defineSignal } from '@temporalio/workflow';
import type { CivilDate } from '../../domain/civil-date';
import type { PausesStatus } from '../../domain/pauses';
import type { Claim, Creditor, PaperEntry, SaldoOpgaveRecord } from '../../domain/records';
import { defineActionUpdates } from '../shared/updates';
import type { LetterSent } from '../shared/types';
import { trackAnswerSchemas, type CreditorAnswer, type CreditorAnswerInput } from './answers';
import type { CreditorSummary } from './types';

/** Who put an answer in and when: the creditor itself, or an officer from a paper answer (issue 12 §4.8). */
export interface AnswerEntry {
  answer: CreditorAnswer;
  on: CivilDate;
  by: 'schuldeiser' | 'medewerker';
  officerId?: string;
  /** The day the paper answer arrived, as the officer entered it. */
  receivedOn?: CivilDate;
}

export interface CreditorTrackStatus extends CreditorSummary {
  caseId: string;
  claims: Claim[];
  kennisgevingOn?: CivilDate;
  geenMedewerkingReason?: string;
  letters: LetterSent[];
  noodstop?: { pulledOn: CivilDate; endDate: CivilDate; active: boolean; endedOn?: CivilDate };
  /** The latest saldo-opgave with its breakdown, the day it arrived and who entered it. */
  saldoOpgave?: SaldoOpgaveRecord & { receivedOn: CivilDate };
  /** Every answer, in order, with who entered it. */
  answerEntries?: AnswerEntry[];
  /** The court's afkoelingsperiode as the case told this track (Wgs art. 5). */
  moratorium?: { orderedOn: CivilDate; endDate: CivilDate; source: string };
  /** Every pause that holds this creditor, derived when read (domain/pauses.ts). */
  pauses?: PausesStatus;
}

/** The body of an answer Update: the answer, and for a paper answer who entered it (set by the server). */
export type AnswerUpdateBody<A extends CreditorAnswer> = CreditorAnswerInput<A> & { enteredBy?: PaperEntry };

/** Creditor answers, one Update each, named after the answer. */
export const creditorAnswerUpdates = defineActionUpdates<CreditorTrackStatus, typeof trackAnswerSchemas>(
  trackAnswerSchemas,
);

/** The track reports its state to the case (by workflow id, so it survives continue-as-new). */
export type CreditorTrackReport = CreditorSummary & { event?: string; letter?: LetterSent };
export const creditorTrackChangedSignal = defineSignal<[CreditorTrackReport]>('creditorTrackChanged');

export const creditorTrackStatusQuery = defineQuery<CreditorTrackStatus>('creditorTrackStatus');

/** From the case: what happens to the whole case reaches every track. */
export const stabilisatieStartedSignal = defineSignal<[{ on: CivilDate }]>('stabilisatieStarted');
export interface NoodstopChange {
  change: 'pulled' | 'extended' | 'lifted' | 'expired';
  on: CivilDate;
  endDate: CivilDate;
  previousEndDate?: CivilDate;
}
export const noodstopChangedSignal = defineSignal<[NoodstopChange]>('noodstopChanged');
export const officerClaimSignal = defineSignal<[{ claim: Claim; officerId: string }]>('officerClaim');
export interface CollectionBreach {
  on: CivilDate;
  note: string;
  officerId: string;
}
export const collectionBreachSignal = defineSignal<[CollectionBreach]>('collectionBreach');
/** From the case: the court ordered an afkoelingsperiode (Wgs art. 5); every track lists it as a pause. */
export interface MoratoriumOrdered {
  orderedOn: CivilDate;
  endDate: CivilDate;
  source: string;
}
export const moratoriumOrderedSignal = defineSignal<[MoratoriumOrdered]>('moratoriumOrdered');
export const creditorCorrectedSignal = defineSignal<[{ creditor: Creditor }]>('creditorCorrected');
/** The case ended (afwijzing, withdrawal, removal of this creditor, end of the schuldregeling). */
export interface TrackClosed {
  on: CivilDate;
  reason: 'hulp-beeindigd' | 'verwijderd' | 'schuldregeling-tot-stand';
}
export const trackClosedSignal = defineSignal<[TrackClosed]>('trackClosed');
