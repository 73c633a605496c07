import { defineQuery } from '@temporalio/workflow';
import type { CivilDate } from '../../domain/civil-date';
import { defineActionUpdates } from '../shared/updates';
import { caseActionSchemas } from './actions';
import type {
  CasePhase,
  CreditorSummary,
  DeadlineStatus,
  LetterSent,
  MoratoriumStatus,
  NoodstopStatus,
  TimelineEntry,
  WaitingOn,
} from './types';

/** The case's messages: one Update per officer action (named after it), reads as Queries. */

export interface CaseStatus {
  caseId: string;
  caseReference: string;
  gemeente: string;
  officerId: string;
  phase: CasePhase;
  crisis: boolean;
  requestDate: CivilDate;
  waitingOn: WaitingOn;
  deadlines: DeadlineStatus[];
  /** `warning` when it lies after the statutory term of the eerste gesprek (Wgs art. 4). */
  eersteGesprekPlanned?: { date: CivilDate; time: string; location: string; warning?: string };
  eersteGesprekOn?: CivilDate;
  /** `on`: the date of the decision; `sentOn`: the day its letter went out (the bezwaar term runs from it). */
  beschikking?: { decision: 'toelating' | 'afwijzing'; on: CivilDate; sentOn?: CivilDate };
  /** While the oplossing runs: whom it waits on, as the oplossing reports it (one derivation, there). */
  oplossingWaitingOn?: WaitingOn;
  creditors: CreditorSummary[];
  noodstop?: NoodstopStatus;
  moratorium?: MoratoriumStatus;
  letters: LetterSent[];
  schuldregelingAgreedOn?: CivilDate;
  closedReason?: string;
}

export const caseActionUpdates = defineActionUpdates<CaseStatus, typeof caseActionSchemas>(caseActionSchemas);

export const caseStatusQuery = defineQuery<CaseStatus>('caseStatus');
/** The memo field that holds the same CaseStatus (patched('status-memo'), workflows/case/publisher.ts). */
export const caseStatusMemoKey = 'caseStatus';
export const timelineQuery = defineQuery<TimelineEntry[]>('timeline');

// Signals the case receives are declared by their senders (the track, the oplossing), below the case.
export { creditorTrackChangedSignal, type CreditorTrackReport } from '../creditor-track/messages';
export { schuldregelingAgreedSignal } from '../oplossing/messages';
