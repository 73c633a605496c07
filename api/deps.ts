import type { Notification } from '../activities/notifications/notification';
import type { AccessCodeOwner, DocumentStore, OutboxEntry } from '../activities/letters';
import type { ManagementReader } from '../services/management';
import type { TaskInbox } from '../services/task-inbox';
import type { TokenRegistry } from './auth/tokens';
import type { CreditorSessions } from './auth/creditor-session';
import type { AccessStateStore } from './auth/access-state';
import type { SknFetchLog } from '../activities/skn/fetch-log';
import type { SknCredentials } from './skn/credentials';

/**
 * What the API needs from the rest of the system, as interfaces: the routes are tested with fakes, and
 * `api/wiring.ts` builds the real ones over the Temporal client and the data folder.
 */

export type {
  BorgstellingDirectory,
  CaseDirectory,
  CaseListFilter,
  CaseListItem,
  CaseOperations,
  OplossingOperations,
} from '../services/contracts';
export {
  ATTENTION_REASON_CODES,
  type AttentionFilter,
  type AttentionFinder,
  type AttentionItem,
  type AttentionReason,
  type AttentionReasonCode,
} from '../services/supervisor/attention-types';
import type { AttentionFinder } from '../services/supervisor/attention-types';
import type {
  BorgstellingDirectory,
  CaseDirectory,
  CaseOperations,
  OplossingOperations,
} from '../services/contracts';

/** Letters as the API reads them: a creditor's outbox for one case and the PDF bytes. */
export interface LetterAccess {
  forCreditor(caseReference: string, creditorId: string): Promise<OutboxEntry[]>;
  pdf: DocumentStore['get'];
  resolveAccessCode(code: string): Promise<AccessCodeOwner | undefined>;
}

export interface NotificationSink {
  add(notification: Notification): Promise<boolean>;
}

/** The SKN-vocabulary creditor API (api/skn/): credentials, the shared fetch log, letters across cases. */
export interface SknDeps {
  credentials: SknCredentials;
  fetchLog: SknFetchLog;
  /** Creditor letters across cases, for these creditors and gemeenten, oldest first. */
  creditorLetters(filter: {
    creditorIds: readonly string[];
    gemeenten: readonly string[];
  }): Promise<OutboxEntry[]>;
  /** Which of these letters the fetch watch marked to go out on paper (their delivery log says so). */
  paperMarked(letterIds: readonly string[]): Promise<Set<string>>;
}

export interface ApiDeps {
  cases: CaseOperations;
  oplossing: OplossingOperations;
  borgstellingen: BorgstellingDirectory;
  directory: CaseDirectory;
  attention: AttentionFinder;
  letters: LetterAccess;
  notifications: NotificationSink;
  /** The management figures from the reporting store; without it the route answers 503. */
  management?: ManagementReader;
  /** The officers' and supervisors' inbox over the same notifications. */
  tasks: TaskInbox;
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
  /** Without it the SKN routes exist (and are documented) but no credential opens them. */
  skn?: SknDeps;
}
