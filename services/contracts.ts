import type { Aanmelding, PaperEntry } from '../domain/records';
import type { CaseAction, CreditorAnswer } from '../workflows/case/actions';
import type { CaseStatus } from '../workflows/case/messages';
import type { ResidentDetails } from '../workflows/case/resident-query';
import type { CasePhase, TimelineEntry, WaitingOn } from '../workflows/case/types';
import type { CreditorTrackStatus } from '../workflows/creditor-track/messages';
import type { OplossingAction } from '../workflows/oplossing/actions';
import type { OplossingStatus } from '../workflows/oplossing/state';
import type { OplossingActor } from './oplossing';

/**
 * The read and write contracts the front doors (API, CLI, console) use: implemented here in services/ over the
 * Temporal client, replaced by fakes in tests.
 */

/** The case operations of `services/cases.ts` (CaseService satisfies this structurally). */
export interface CaseOperations {
  start(caseNumber: string, aanmelding: Aanmelding): Promise<{ caseId: string; created: boolean }>;
  status(caseId: string): Promise<CaseStatus>;
  timeline(caseId: string): Promise<TimelineEntry[]>;
  resident(caseId: string): Promise<ResidentDetails>;
  act(caseId: string, action: CaseAction, officerId: string, input: unknown): Promise<CaseStatus>;
  creditorTrack(caseId: string, creditorId: string): Promise<CreditorTrackStatus>;
  answer(
    caseId: string,
    creditorId: string,
    answer: CreditorAnswer,
    input: unknown,
    /** Set for a paper answer: the officer who typed it in (from the token). */
    enteredBy?: PaperEntry,
  ): Promise<CreditorTrackStatus>;
}

/** The oplossing operations of `services/oplossing.ts` (OplossingService satisfies this structurally). */
export interface OplossingOperations {
  status(caseId: string): Promise<OplossingStatus>;
  timeline(caseId: string): Promise<TimelineEntry[]>;
  act(
    caseId: string,
    action: OplossingAction,
    actor: OplossingActor,
    input: unknown,
  ): Promise<OplossingStatus>;
}

/**
 * Oplossingen waiting for the waarborgfonds: found by search attribute (phase oplossing:borgstelling), only
 * those found are read.
 */
export interface BorgstellingDirectory {
  awaitingDecision(limit: number): Promise<OplossingStatus[]>;
}

export interface CaseListFilter {
  gemeente?: string;
  officerId?: string;
  phase?: CasePhase;
  breached?: boolean;
  waitingOn?: WaitingOn;
  limit: number;
}

/** One case as the visibility store knows it: search attributes only, no personal data. */
export interface CaseListItem {
  caseId: string;
  caseReference: string;
  gemeente?: string;
  officerId?: string;
  phase?: CasePhase;
  /** ISO instant: the end of the next open (or breached) term, Amsterdam midnight after the deadline day. */
  nextDeadline?: string;
  deadlineBreached: boolean;
  waitingOn?: WaitingOn;
  crisis: boolean;
  noodstopActive: boolean;
  creditorCount?: number;
  startedAt: string;
  running: boolean;
}

/** Lists cases from search attributes (visibility), never by querying every workflow. */
export interface CaseDirectory {
  list(filter: CaseListFilter): Promise<CaseListItem[]>;
}
