import type { OutboxEntry } from '../../activities/letters';
import type { LetterKind } from '../../activities/letters/registry';
import { MemorySknFetchLog } from '../../activities/skn/fetch-log';
import { sha256Hex } from '../../api/auth/tokens';
import { SknCredentials } from '../../api/skn/credentials';
import type { SknDeps } from '../../api/deps';
import { harness, type Harness } from './support';

/** SKN credentials and an API harness with the SKN deps over the harness's in-memory letters. */

export const SKN_TOKENS = {
  belastingdienst: 'skn-tok-belastingdienst',
  eneco: 'skn-tok-eneco',
  /** A credential for two creditors (a collection agency answering for both). */
  both: 'skn-tok-incassobureau',
  amsterdam: 'skn-tok-belastingdienst-amsterdam',
  expired: 'skn-tok-expired',
};

export function sknCredentials(): SknCredentials {
  return new SknCredentials([
    {
      credentialId: 'skn-belastingdienst',
      tokenSha256: sha256Hex(SKN_TOKENS.belastingdienst),
      creditorIds: ['belastingdienst'],
      gemeenten: ['GM0599'],
    },
    {
      credentialId: 'skn-eneco',
      tokenSha256: sha256Hex(SKN_TOKENS.eneco),
      creditorIds: ['eneco'],
      gemeenten: ['GM0599'],
    },
    {
      credentialId: 'skn-incasso',
      tokenSha256: sha256Hex(SKN_TOKENS.both),
      creditorIds: ['belastingdienst', 'eneco'],
      gemeenten: ['GM0599', 'GM0363'],
    },
    {
      credentialId: 'skn-bd-ams',
      tokenSha256: sha256Hex(SKN_TOKENS.amsterdam),
      creditorIds: ['belastingdienst'],
      gemeenten: ['GM0363'],
    },
    {
      credentialId: 'skn-old',
      tokenSha256: sha256Hex(SKN_TOKENS.expired),
      creditorIds: ['belastingdienst'],
      gemeenten: ['GM0599'],
      expiresAt: '2026-11-30T00:00:00Z',
    },
  ]);
}

export interface SknHarness extends Harness {
  fetchLog: MemorySknFetchLog;
  /** Letters the fetch watch marked for paper. */
  paper: Set<string>;
}

export async function sknHarness(overrides: Parameters<typeof harness>[0] = {}): Promise<SknHarness> {
  const fetchLog = new MemorySknFetchLog();
  const paper = new Set<string>();
  const ref: { letters?: Harness['letters'] } = {};
  const skn: SknDeps = {
    credentials: sknCredentials(),
    fetchLog,
    creditorLetters: async ({ creditorIds, gemeenten }) =>
      [...(ref.letters?.values() ?? [])]
        .map((l) => l.entry)
        .filter(
          (e) =>
            e.recipientType === 'creditor' &&
            creditorIds.includes(e.recipientKey) &&
            gemeenten.some((g) => e.caseReference.startsWith(`${g}-`)),
        )
        .sort((a, b) => a.placedAt.localeCompare(b.placedAt)),
    paperMarked: async (ids) => new Set(ids.filter((id) => paper.has(id))),
  };
  const h = await harness({ skn, ...overrides });
  ref.letters = h.letters;
  return Object.assign(h, { fetchLog, paper });
}

/** Puts a letter of this kind in the fake outbox and returns its id. */
export function placeSknLetter(
  h: Harness,
  caseReference: string,
  creditorId: string,
  kind: LetterKind,
  placedAt = '2026-11-30T10:00:00.000Z',
  seq = 1,
): string {
  const entry: OutboxEntry = {
    letterId: `${caseReference}.${kind}.${creditorId}.${seq}`,
    caseReference,
    kind,
    subject: `Onderwerp ${kind}`,
    recipientType: 'creditor',
    recipientKey: creditorId,
    sha256: 'b'.repeat(64),
    bytes: 100,
    pages: 1,
    placedAt,
  };
  h.letters.set(entry.letterId, { entry, pdf: Buffer.from(`%PDF-1.7 ${entry.letterId}`) });
  return entry.letterId;
}
