import * as fs from 'node:fs';
import * as path from 'node:path';
import { createFsLetterStores, createLetterActivities, type LetterMailer } from './letters';
import { exampleLetterhead } from './letters/examples';
import type { GemeenteDirectory } from './letters/gemeente';
import { createGemeenteDirectory, loadGemeentenFile } from './letters/gemeente';
import type { Letterhead } from './letters/letterhead';
import { FileNotificationStore } from './notifications/file-store';
import { createNotificationActivities } from './notifications/activities';
import { createSendLetterActivity } from './send-letter';
import { createPaymentActivities } from './payments/activities';
import { startCreditorTrack } from './tracks/start-track';
import { createReportingActivities, type ReportingDependencies } from './reporting/activities';
import { createSknFetchWatchActivities } from './skn/fetch-watch';
import type { SknFetchLog } from './skn/fetch-log';
import { devKeyRing } from '../platform/encryption/dev-key';
import type { KeyRing } from '../platform/encryption/key-ring';

export interface ActivityDependencies {
  /** Root of the data folder (documents, outboxes, notifications). */
  dataDir: string;
  /** HMAC secret behind creditor access codes (≥ 32 bytes). */
  accessCodeSecret: string;
  portalUrl: string;
  /** The gemeente configuration (letterhead, portal, signatory, officers per gemeente). */
  gemeenten?: GemeenteDirectory;
  /** One letterhead for every case when no gemeente configuration is given (tests); the example one otherwise. */
  letterhead?: Letterhead;
  mailer?: LetterMailer;
  /** The reporting store and key ring (workers/main.ts); a SQLite file in the data folder otherwise. */
  reporting?: Omit<ReportingDependencies, 'dataDir'>;
  /** The payload codec's key ring, which also encrypts letters at rest; the data folder's dev key without it. */
  keyRing?: KeyRing;
  /** The SKN fetch watch: the API's fetch log and which creditor/dossier pairs have an SKN credential. */
  skn?: { fetchLog: SknFetchLog; covered(creditorId: string, caseReference: string): boolean };
}

/** The gemeente configuration from its JSON file, validated (a missing or wrong file stops the worker). */
export function loadGemeenten(file: string, portalUrl: string): GemeenteDirectory {
  if (!fs.existsSync(file)) throw new Error(`SCHULDHULP_GEMEENTEN_FILE: bestand ${file} bestaat niet`);
  return loadGemeentenFile(file, portalUrl);
}

/** Every activity a case worker runs, wired to its stores. */
export function createActivities(deps: ActivityDependencies) {
  const letterhead = deps.letterhead ?? exampleLetterhead;
  const gemeenten = deps.gemeenten ?? createGemeenteDirectory(letterhead, deps.portalUrl);
  const keyRing = deps.keyRing ?? devKeyRing(deps.dataDir);
  const stores = createFsLetterStores(path.join(deps.dataDir, 'letters'), deps.accessCodeSecret, keyRing);
  const letters = createLetterActivities({
    ...stores,
    letterhead,
    portalUrl: deps.portalUrl,
    gemeenten,
    mailer: deps.mailer,
  });
  return {
    ...createNotificationActivities(new FileNotificationStore(path.join(deps.dataDir, 'notifications'))),
    // The officer of the case is the contact person and signs (gemeente configuration, officers).
    ...createSendLetterActivity({
      letters,
      contactFor: (officerId, caseReference) => gemeenten.contactFor(caseReference, officerId),
    }),
    recordPaymentInstruction: createPaymentActivities(path.join(deps.dataDir, 'payments'), keyRing)
      .recordPaymentInstruction,
    startCreditorTrack,
    ...createReportingActivities({ dataDir: deps.dataDir, ...deps.reporting }),
    ...createSknFetchWatchActivities(
      deps.skn && {
        ...deps.skn,
        creditorLetters: () => stores.outbox.creditorLetters(),
        deliveryLog: stores.deliveryLog,
        notifications: new FileNotificationStore(path.join(deps.dataDir, 'notifications')),
      },
    ),
  };
}

export type Activities = ReturnType<typeof createActivities>;
