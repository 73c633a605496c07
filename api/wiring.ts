import * as path from 'node:path';
import type { Client } from '@temporalio/client';
import { createFsLetterStores } from '../activities/letters';
import { FileNotificationStore } from '../activities/notifications/file-store';
import type { Config } from '../platform/config';
import { resolveKeyRing } from '../platform/encryption/dev-key';
import type { KeyRing } from '../platform/encryption/key-ring';
import { configuredReportingStore } from '../activities/reporting/open-store';
import type { ReportingStore } from '../activities/reporting/store';
import { CaseService } from '../services/cases';
import { StoreManagementReader } from '../services/management';
import { OplossingService } from '../services/oplossing';
import type { AccessStateStore } from './auth/access-state';
import { PgAccessStateStore } from './auth/access-state-pg';
import { SqliteAccessStateStore } from './auth/access-state-sqlite';
import { FileTaskInbox } from '../services/task-inbox';
import { CreditorSessions } from './auth/creditor-session';
import {
  entriesOfDevTokens,
  loadTokensFile,
  readOrCreateDevTokens,
  TokenRegistry,
  type DevToken,
} from './auth/tokens';
import type { ApiDeps } from './deps';
import { TemporalBorgstellingDirectory } from '../services/borgstellingen';
import { TemporalAttentionFinder } from '../services/supervisor/attention';
import { TemporalCaseDirectory } from '../services/visibility';
import { leanVisibility } from '../services/visibility-lean';

/** The real dependencies of the API: Temporal client, the data folder's letter and notification stores. */

export function resolveTokens(
  config: Config,
  log: (message: string) => void,
): { registry: TokenRegistry; devTokens?: DevToken[] } {
  if (config.api.tokensFile) return { registry: new TokenRegistry(loadTokensFile(config.api.tokensFile)) };
  if (config.env === 'production') {
    throw new Error(
      'SCHULDHULP_API_TOKENS_FILE: required in production (JSON with sha256 hashes of the tokens)',
    );
  }
  const devTokens = readOrCreateDevTokens(path.join(config.dataDir, 'dev-api-tokens.json'), log);
  return { registry: new TokenRegistry(entriesOfDevTokens(devTokens)), devTokens };
}

/** The access state every API instance shares: PostgreSQL when configured, else the SQLite file. */
export function createAccessState(config: Config): AccessStateStore {
  return config.api.stateDatabaseUrl
    ? new PgAccessStateStore(config.api.stateDatabaseUrl)
    : new SqliteAccessStateStore(config.api.stateFile);
}

export function createApiDeps(
  config: Config,
  client: Client,
  accessCodeSecret: string,
  tokens: TokenRegistry,
  now: () => Date = () => new Date(),
  ring: KeyRing = resolveKeyRing(config),
): ApiDeps {
  // The same key ring as the workers': the API decrypts letters on download.
  const letters = createFsLetterStores(path.join(config.dataDir, 'letters'), accessCodeSecret, ring);
  const visibility = leanVisibility(client);
  const oplossing = new OplossingService(client);
  let reporting: ReportingStore | undefined;
  return {
    cases: new CaseService(client, config.temporal.taskQueue),
    oplossing,
    borgstellingen: new TemporalBorgstellingDirectory(visibility, oplossing),
    directory: new TemporalCaseDirectory(visibility),
    attention: new TemporalAttentionFinder(visibility, {
      namespace: config.temporal.namespace,
      temporalUiUrl: config.temporalUiUrl,
      dueWithinWerkdagen: config.api.attention.dueWithinWerkdagen,
      creditorWaitingDays: config.api.attention.creditorWaitingDays,
      progressDays: config.api.attention.progressDays,
      workflowTaskAttempts: config.api.attention.workflowTaskAttempts,
      now,
    }),
    letters: {
      forCreditor: (caseReference, creditorId) => letters.outbox.forCreditor(caseReference, creditorId),
      pdf: (letterId) => letters.store.get(letterId),
      resolveAccessCode: (code) => letters.accessCodes.resolveAccessCode(code),
    },
    notifications: new FileNotificationStore(path.join(config.dataDir, 'notifications')),
    management: new StoreManagementReader(() => (reporting ??= configuredReportingStore(config, ring))),
    tasks: new FileTaskInbox(path.join(config.dataDir, 'notifications')),
    tokens,
    creditorSessions: new CreditorSessions(accessCodeSecret, config.api.creditorSessionMinutes * 60_000),
    accessState: createAccessState(config),
    now,
    strictResponses: config.env !== 'production',
  };
}
