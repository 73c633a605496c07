import type { Config } from '../../platform/config';
import type { SknFetchLog } from './fetch-log';
import { PgSknFetchLog } from './fetch-log-pg';
import { SqliteSknFetchLog } from './fetch-log-sqlite';

/** The fetch log where the API's access state is: PostgreSQL when configured, else the SQLite file. */
export function configuredSknFetchLog(config: Config): SknFetchLog {
  return config.api.stateDatabaseUrl
    ? new PgSknFetchLog(config.api.stateDatabaseUrl)
    : new SqliteSknFetchLog(config.api.stateFile);
}
