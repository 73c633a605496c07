import type { UpdateDefinition } from '@temporalio/common';
import { defineQuery, defineSignal, defineUpdate } from '@temporalio/workflow';
import type { CivilDate } from '../../domain/civil-date';
import { CASE_ACTIONS, type CaseAction, type CaseActionInput } from './actions';
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
  eersteGesprekPlanned?: { date: CivilDate; time: string; location: string };
  eersteGesprekOn?: CivilDate;
  beschikking?: { decision: 'toelating' | 'afwijzing'; on: CivilDate };
  creditors: CreditorSummary[];
  noodstop?: NoodstopStatus;
  moratorium?: MoratoriumStatus;
  letters: LetterSent[];
  schuldregelingAgreedOn?: CivilDate;
  closedReason?: string;
}

type CaseActionUpdates = { [A in CaseAction]: UpdateDefinition<CaseStatus, [CaseActionInput<A>], A> };

export const caseActionUpdates = Object.fromEntries(
  CASE_ACTIONS.map((action) => [action, defineUpdate(action)]),
) as CaseActionUpdates;

export const caseStatusQuery = defineQuery<CaseStatus>('caseStatus');
export const timelineQuery = defineQuery<TimelineEntry[]>('timeline');

/** A creditor track reports its state to the case (by workflow id, so it survives continue-as-new). */
export type CreditorTrackReport = CreditorSummary & { event?: string; letter?: LetterSent };
export const creditorTrackChangedSignal = defineSignal<[CreditorTrackReport]>('creditorTrackChanged');

/** From the oplossing: all creditors agreed, so the tracks end their pauses ("schuldregeling tot stand"). */
export { schuldregelingAgreedSignal } from '../oplossing/messages';
