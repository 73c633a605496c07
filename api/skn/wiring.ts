import * as path from 'node:path';
import { FsOutbox } from '../../activities/letters';
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
export function sknFromConfig(
  config: Config,
  log: (message: string) => void,
): { deps: SknDeps; devCredentials?: DevSknCredential[] } {
  const outbox = new FsOutbox(path.join(config.dataDir, 'letters', 'outbox'));
  let devCredentials: DevSknCredential[] | undefined;
  let entries: SknCredential[];
  if (config.skn.credentialsFile) entries = loadSknCredentialsFile(config.skn.credentialsFile);
  else if (config.env === 'production') {
    log('SKN-API: no SCHULDHULP_SKN_CREDENTIALS_FILE, so no creditor can sign in on /api/v1/skn.');
    entries = [];
  } else {
    devCredentials = readOrCreateDevSknCredentials(
      path.join(config.dataDir, 'dev-skn-credentials.json'),
      log,
    );
    entries = entriesOfDevSknCredentials(devCredentials);
  }
  return {
    deps: {
      credentials: new SknCredentials(entries),
      fetchLog: configuredSknFetchLog(config),
      creditorLetters: (filter) => outbox.creditorLetters(filter),
    },
    devCredentials,
  };
}
