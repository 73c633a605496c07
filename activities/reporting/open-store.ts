import * as path from 'node:path';
import type { Config } from '../../platform/config';
import type { KeyRing } from '../../platform/encryption/key-ring';
import { PgReportingStore } from './pg-store';
import { Sealer } from './sealed';
import { SqliteReportingStore } from './sqlite-store';
import type { ReportingStore } from './store';

export interface ReportingStoreOptions {
  /** postgres://… on compose and clusters; without it the SQLite file in the data folder. */
  databaseUrl?: string;
  dataDir: string;
  keyRing: KeyRing;
}

/** The SQLite file of the embedded default. */
export const reportingSqliteFile = (dataDir: string) => path.join(dataDir, 'reporting', 'reporting.sqlite');

export function openReportingStore(options: ReportingStoreOptions): ReportingStore {
  const sealer = new Sealer(options.keyRing);
  if (options.databaseUrl) return new PgReportingStore(options.databaseUrl, sealer);
  return new SqliteReportingStore(reportingSqliteFile(options.dataDir), sealer);
}

/** The configured store of this process (workers, API, CLI). */
export function configuredReportingStore(config: Config, keyRing: KeyRing): ReportingStore {
  return openReportingStore({ databaseUrl: config.reporting.databaseUrl, dataDir: config.dataDir, keyRing });
}
