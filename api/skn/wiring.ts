import * as path from 'node:path';
import { FsDeliveryLog, FsOutbox } from '../../activities/letters';
import { configuredSknFetchLog } from '../../activities/skn/open-fetch-log';
import type { Config } from '../../platform/config';
import type { SknDeps } from '../deps';
import {
  entriesOfDevSknCredentials,
  loadSknCredentialsFile,
  readOrCreateDevSknCredentials,
  SknCredentials,
  type DevSknCredential,
  type SknCredential,
} from './credentials';

/**
 * The SKN-vocabulary API's dependencies from the configuration: the credentials file (in development one
 * credential per example creditor, generated into the data folder and printed at start), the fetch log beside
 * the access state, and the letters' outbox.
 */
/** The configured credentials (in development the generated ones), for the API and for the fetch watch. */
export function sknCredentialEntries(
  config: Config,
  log: (message: string) => void,
): { entries: SknCredential[]; devCredentials?: DevSknCredential[] } {
  if (config.skn.credentialsFile) return { entries: loadSknCredentialsFile(config.skn.credentialsFile) };
  if (config.env === 'production') {
    log('SKN-API: no SCHULDHULP_SKN_CREDENTIALS_FILE, so no creditor can sign in on /api/v1/skn.');
    return { entries: [] };
  }
  const devCredentials = readOrCreateDevSknCredentials(
    path.join(config.dataDir, 'dev-skn-credentials.json'),
    log,
  );
  return { entries: entriesOfDevSknCredentials(devCredentials), devCredentials };
}

export function sknFromConfig(
  config: Config,
  log: (message: string) => void,
): { deps: SknDeps; devCredentials?: DevSknCredential[] } {
  const outbox = new FsOutbox(path.join(config.dataDir, 'letters', 'outbox'));
  const deliveryLog = new FsDeliveryLog(path.join(config.dataDir, 'letters', 'delivery-log'));
  const { entries, devCredentials } = sknCredentialEntries(config, log);
  return {
    deps: {
      credentials: new SknCredentials(entries),
      fetchLog: configuredSknFetchLog(config),
      creditorLetters: (filter) => outbox.creditorLetters(filter),
      paperMarked: async (letterIds) => {
        const marked = await Promise.all(
          letterIds.map(async (id) =>
            (await deliveryLog.list(id)).some((a) => a.channel === 'paper') ? id : undefined,
          ),
        );
        return new Set(marked.filter((id) => id !== undefined));
      },
    },
    devCredentials,
  };
}
