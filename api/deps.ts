import type { Aanmelding, PaperEntry } from '../domain/records';
import type { CivilDate } from '../domain/civil-date';
import type { Notification } from '../activities/notifications/notification';
import type { AccessCodeOwner, DocumentStore, OutboxEntry } from '../activities/letters';
import type { CaseAction, CreditorAnswer } from '../workflows/case/actions';
import type { CaseStatus } from '../workflows/case/messages';
import type { CasePhase, TimelineEntry, WaitingOn } from '../workflows/case/types';
import type { CreditorTrackStatus } from '../workflows/creditor-track/messages';
import type { OplossingActor } from '../services/oplossing';
import type { OplossingAction } from '../workflows/oplossing/actions';
import type { OplossingStatus } from '../workflows/oplossing/state';
import type { TokenRegistry } from './auth/tokens';
import type { CreditorSessions } from './auth/creditor-session';
import type { AccessStateStore } from './auth/access-state';

/**
 * What the API needs from the rest of the system, as interfaces: the routes are tested with fakes, and
 * `api/wiring.ts` builds the real ones over the Temporal client and the data folder.
 */

/** The case operations of `services/cases.ts` (CaseService satisfies this structurally). */
export interface CaseOperations {
  start(caseNumber: string, aanmelding: Aanmelding): Promise<{ caseId: string; created: boolean }>;
  status(caseId: string): Promise<CaseStatus>;
  timeline(caseId: string): Promise<TimelineEntry[]>;
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

export const ATTENTION_REASON_CODES = [
  'termijn-overschreden',
  'workflowtaak-faalt',
  'activiteit-faalt',
  'termijn-nadert',
  'geen-voortgang',
  'wacht-lang-op-schuldeiser',
] as const;
export type AttentionReasonCode = (typeof ATTENTION_REASON_CODES)[number];

export interface AttentionReason {
  code: AttentionReasonCode;
  /** Dutch, for the supervisor. */
  message: string;
  /** The workflow the reason was found on: the case, or its oplossing (`${caseId}/oplossing`). */
  workflowId?: string;
}

export interface AttentionItem {
  caseId: string;
  caseReference: string;
  gemeente?: string;
  officerId?: string;
  phase?: CasePhase;
  /** While the oplossing runs: its own phase (betaalvoorstel, looptijd, …). */
  oplossingPhase?: string;
  nextDeadline?: string;
  waitingOn?: WaitingOn;
  reasons: AttentionReason[];
  /** Higher is more urgent; the list is sorted on it. */
  urgency: number;
  /** The workflow the link opens: where the most urgent reason was found. */
  workflowId: string;
  temporalUiUrl: string;
}

export interface AttentionFilter {
  gemeente?: string;
  officerId?: string;
  phase?: CasePhase;
}

/** The supervisor's list: cases that need attention, each with its reasons, most urgent first. */
export interface AttentionFinder {
  find(filter: AttentionFilter, today: CivilDate): Promise<AttentionItem[]>;
}

/** Letters as the API reads them: a creditor's outbox for one case and the PDF bytes. */
export interface LetterAccess {
  forCreditor(caseReference: string, creditorId: string): Promise<OutboxEntry[]>;
  pdf: DocumentStore['get'];
  resolveAccessCode(code: string): Promise<AccessCodeOwner | undefined>;
}

export interface NotificationSink {
  add(notification: Notification): Promise<boolean>;
}

export interface ApiDeps {
  cases: CaseOperations;
  oplossing: OplossingOperations;
  borgstellingen: BorgstellingDirectory;
  directory: CaseDirectory;
  attention: AttentionFinder;
  letters: LetterAccess;
  notifications: NotificationSink;
  tokens: TokenRegistry;
  creditorSessions: CreditorSessions;
  /** Wall clock (tests pin it). */
  now: () => Date;
  /** Fail a response that breaks its own schema (development and tests); production only logs it. */
  strictResponses: boolean;
  /** Limits on guessing access codes: attempts per client address and per code per window. */
  accessCodeAttempts?: { max: number; windowMs: number };
  /** Attempts and revocations, shared by every API instance (api/auth/access-state.ts); in memory without it. */
  accessState?: AccessStateStore;
}
