import { defineQuery, defineUpdate } from '@temporalio/workflow';
import type { CivilDate } from '../../domain/civil-date';
import type { CasePhase, DeadlineStatus, TimelineEntry, WaitingOn } from './types';

/** The case's messages: officer actions as Updates (validated, confirmed), reads as Queries. */

export interface EersteGesprekHeld {
  officerId: string;
  date: CivilDate;
}

export interface ResidentWithdrew {
  officerId: string;
  date: CivilDate;
  reason?: string;
}

export interface CaseStatus {
  caseId: string;
  gemeente: string;
  officerId: string;
  phase: CasePhase;
  crisis: boolean;
  requestDate: CivilDate;
  waitingOn: WaitingOn;
  deadlines: DeadlineStatus[];
  eersteGesprekOn?: CivilDate;
  closedReason?: string;
}

export const recordEersteGesprekUpdate = defineUpdate<CaseStatus, [EersteGesprekHeld]>('recordEersteGesprek');
export const recordWithdrawalUpdate = defineUpdate<CaseStatus, [ResidentWithdrew]>('recordWithdrawal');
export const caseStatusQuery = defineQuery<CaseStatus>('caseStatus');
export const timelineQuery = defineQuery<TimelineEntry[]>('timeline');
