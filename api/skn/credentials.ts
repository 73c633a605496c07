import { randomBytes, timingSafeEqual } from 'node:crypto';
import * as fs from 'node:fs';
import { z } from 'zod';
import { describeFieldErrors, fieldErrors } from '../../domain/records';
import { idField } from '../../domain/records/fields';
import { readOrCreateDevSecret } from '../../platform/dev-secret';
import { sha256Hex } from '../auth/tokens';

/**
 * Credentials of creditors on the SKN-vocabulary API, configured per creditor (SCHULDHULP_SKN_CREDENTIALS_FILE):
 * the sha256 of a bearer token, the creditor id(s) it speaks for and the gemeenten whose cases it reaches, and
 * optionally when it expires. Like the staff tokens, the token itself is never stored.
 */
export const sknCredentialSchema = z.object({
  credentialId: z
    .string()
    .regex(/^[A-Za-z0-9._-]{3,64}$/, { error: 'credentialId: 3–64 letters, cijfers, . _ -' }),
  tokenSha256: z.string().regex(/^[0-9a-f]{64}$/, { error: 'tokenSha256 moet 64 hexadecimale tekens zijn' }),
  creditorIds: z.array(idField('creditorIds')).min(1, { error: 'creditorIds: minstens één schuldeiser' }),
  gemeenten: z
    .array(z.string().regex(/^GM\d{4}$/, { error: 'gemeenten: codes als GM0599' }))
    .min(1, { error: 'gemeenten: minstens één gemeente' }),
  /** ISO instant after which the credential no longer works. */
  expiresAt: z.iso.datetime({ offset: true, error: 'expiresAt moet een ISO-tijdstip zijn' }).optional(),
  /** Free label for the operator; never used for access. */
  label: z.string().max(200).optional(),
});
export type SknCredential = z.infer<typeof sknCredentialSchema>;

/** Who speaks on the SKN-vocabulary API: one credential, its creditors and gemeenten. */
export interface SknPrincipal {
  kind: 'skn';
  credentialId: string;
  creditorIds: readonly string[];
  gemeenten: readonly string[];
}

export class SknCredentials {
  private readonly byHash = new Map<string, SknCredential>();

  constructor(entries: readonly SknCredential[]) {
    for (const entry of entries) this.byHash.set(entry.tokenSha256, entry);
  }

  /** The principal for a token, `'expired'` for a known but expired one, or undefined. */
  authenticate(token: string, now: Date): SknPrincipal | 'expired' | undefined {
    const hash = sha256Hex(token);
    const entry = this.byHash.get(hash);
    if (!entry || !timingSafeEqual(Buffer.from(entry.tokenSha256, 'hex'), Buffer.from(hash, 'hex')))
      return undefined;
    if (entry.expiresAt && Date.parse(entry.expiresAt) <= now.getTime()) return 'expired';
    return {
      kind: 'skn',
      credentialId: entry.credentialId,
      creditorIds: entry.creditorIds,
      gemeenten: entry.gemeenten,
    };
  }
}

export function loadSknCredentialsFile(file: string): SknCredential[] {
  let raw: unknown;
  try {
    raw = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(
      `SCHULDHULP_SKN_CREDENTIALS_FILE ${file}: niet te lezen als JSON (${(error as Error).message})`,
    );
  }
  const parsed = z.array(sknCredentialSchema).safeParse(raw);
  if (!parsed.success)
    throw new Error(
      `SCHULDHULP_SKN_CREDENTIALS_FILE ${file}: ${describeFieldErrors(fieldErrors(parsed.error))}`,
    );
  return parsed.data;
}

export interface DevSknCredential {
  credentialId: string;
  token: string;
  creditorIds: string[];
  gemeenten: string[];
}

/** Development: one credential per creditor of the example aanmelding (GM0599), made once, printed at start. */
export function readOrCreateDevSknCredentials(
  file: string,
  log: (message: string) => void,
): DevSknCredential[] {
  const text = readOrCreateDevSecret(
    file,
    () =>
      JSON.stringify(
        ['belastingdienst', 'woonstad', 'cjib'].map((creditorId) => ({
          credentialId: `skn-${creditorId}`,
          token: `skn-${creditorId}-${randomBytes(24).toString('base64url')}`,
          creditorIds: [creditorId],
          gemeenten: ['GM0599'],
        })),
      ),
    log,
  );
  return JSON.parse(text) as DevSknCredential[];
}

export function entriesOfDevSknCredentials(list: readonly DevSknCredential[]): SknCredential[] {
  return list.map(({ token, ...rest }) => ({ ...rest, tokenSha256: sha256Hex(token) }));
}

/** Which creditor/dossier pairs some credential reaches (the fetch watch marks only those for paper). */
export function sknCoverage(
  entries: readonly SknCredential[],
): (creditorId: string, caseReference: string) => boolean {
  return (creditorId, caseReference) =>
    entries.some(
      (e) => e.creditorIds.includes(creditorId) && e.gemeenten.some((g) => caseReference.startsWith(`${g}-`)),
    );
}
