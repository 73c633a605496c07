import type { ReportEvent } from '../../domain/reporting/events';
import { loadConfig } from '../../platform/config';
import { resolveKeyRing } from '../../platform/encryption/dev-key';
import type { KeyRing } from '../../platform/encryption/key-ring';
import { openReportingStore } from './open-store';
import type { ReportingStore } from './store';

export interface ReportingDependencies {
  dataDir: string;
  /** The worker's store (workers/main.ts: SQLite or PostgreSQL from the config). */
  store?: ReportingStore;
  /** Seals personal parts; without it the development key of the data folder (tests). */
  keyRing?: KeyRing;
}

/** The reporting activity: the workflows hand it the events of one timeline entry. */
export function createReportingActivities(deps: ReportingDependencies) {
  let store = deps.store;
  const open = (): ReportingStore => {
    // Opened on first use, so a worker that reports nothing creates no database.
    store ??= openReportingStore({
      dataDir: deps.dataDir,
      keyRing: deps.keyRing ?? resolveKeyRing(loadConfig({ SCHULDHULP_DATA_DIR: deps.dataDir }), () => {}),
    });
    return store;
  };
  return {
    /** Idempotent by event id: a retry, or a replayed history rebuilt into the store, never counts twice. */
    async reportEvents(events: ReportEvent[]): Promise<number> {
      return open().write(events);
    },
  };
}

export type ReportingActivities = ReturnType<typeof createReportingActivities>;
