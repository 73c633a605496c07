import * as fs from 'node:fs';
import * as path from 'node:path';
import { createFsLetterStores, createLetterActivities, letterheadSchema, type LetterMailer } from './letters';
import { exampleLetterhead } from './letters/examples';
import type { Letterhead } from './letters/letterhead';
import { FileNotificationStore } from './notifications/file-store';
import { createNotificationActivities } from './notifications/activities';
import { createSendLetterActivity } from './send-letter';
import { createPaymentActivities } from './payments/activities';
import { startCreditorTrack } from './tracks/start-track';
import { devKeyRing } from '../platform/encryption/dev-key';
import type { KeyRing } from '../platform/encryption/key-ring';

export interface ActivityDependencies {
  /** Root of the data folder (documents, outboxes, notifications). */
  dataDir: string;
  /** HMAC secret behind creditor access codes (≥ 32 bytes). */
  accessCodeSecret: string;
  portalUrl: string;
  letterhead?: Letterhead;
  mailer?: LetterMailer;
  /** The payload codec's key ring, which also encrypts letters at rest; the data folder's dev key without it. */
  keyRing?: KeyRing;
}

/** The gemeente's letterhead from its JSON file, validated; the example letterhead when none is configured. */
export function loadLetterheadFile(file: string | undefined): Letterhead {
  if (!file) return exampleLetterhead;
  return letterheadSchema.parse(JSON.parse(fs.readFileSync(file, 'utf8')));
}

/** Every activity a case worker runs, wired to its stores. */
export function createActivities(deps: ActivityDependencies) {
  const letterhead = deps.letterhead ?? exampleLetterhead;
  const stores = createFsLetterStores(
    path.join(deps.dataDir, 'letters'),
    deps.accessCodeSecret,
    deps.keyRing ?? devKeyRing(deps.dataDir),
  );
  const letters = createLetterActivities({
    ...stores,
    letterhead,
    portalUrl: deps.portalUrl,
    mailer: deps.mailer,
  });
  // Until officers have a directory of their own, letters name the team's general contact details.
  const teamContact = {
    name: letterhead.department ?? 'Team Schuldhulpverlening',
    phone: letterhead.phone,
    email: letterhead.email,
  };
  return {
    ...createNotificationActivities(new FileNotificationStore(path.join(deps.dataDir, 'notifications'))),
    ...createSendLetterActivity({ letters, contactFor: () => teamContact }),
    recordPaymentInstruction: createPaymentActivities(path.join(deps.dataDir, 'payments'))
      .recordPaymentInstruction,
    startCreditorTrack,
  };
}

export type Activities = ReturnType<typeof createActivities>;
