import { defineQuery, defineSignal } from '@temporalio/workflow';
import type { CivilDate } from '../../domain/civil-date';
import type { Claim, Creditor } from '../../domain/records';
import { defineActionUpdates } from '../shared/updates';
import type { LetterSent } from '../shared/types';
import { creditorAnswerSchemas } from './answers';
import type { CreditorSummary } from './types';

export interface CreditorTrackStatus extends CreditorSummary {
  caseId: string;
  claims: Claim[];
  kennisgevingOn?: CivilDate;
  geenMedewerkingReason?: string;
  letters: LetterSent[];
  noodstop?: { pulledOn: CivilDate; endDate: CivilDate; active: boolean };
}

/** Creditor answers, one Update each, named after the answer. */
export const creditorAnswerUpdates = defineActionUpdates<CreditorTrackStatus, typeof creditorAnswerSchemas>(
  creditorAnswerSchemas,
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
export const creditorCorrectedSignal = defineSignal<[{ creditor: Creditor }]>('creditorCorrected');
/** The case ended (afwijzing, withdrawal, removal of this creditor, end of the schuldregeling). */
export interface TrackClosed {
  on: CivilDate;
  reason: 'hulp-beeindigd' | 'verwijderd' | 'schuldregeling-tot-stand';
}
export const trackClosedSignal = defineSignal<[TrackClosed]>('trackClosed');
