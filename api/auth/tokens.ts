import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import * as fs from 'node:fs';
import { z } from 'zod';
import { fieldErrors, describeFieldErrors } from '../../domain/records';
import { idField } from '../../domain/records/fields';
import { readOrCreateDevSecret } from '../../platform/dev-secret';

/**
 * Bearer tokens of officers, supervisors and the waarborgfonds. The tokens file holds only the sha256 of each
 * token with its role (and, for an officer, the officer id and gemeente); the token itself is never stored.
 */

export const STAFF_ROLES = ['officer', 'supervisor', 'waarborgfonds'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

const gemeenteCode = z.string().regex(/^GM\d{4}$/, { error: 'gemeenteCode moet de vorm GM0363 hebben' });

export const tokenEntrySchema = z
  .object({
    tokenSha256: z
      .string()
      .regex(/^[0-9a-f]{64}$/, { error: 'tokenSha256 moet 64 hexadecimale tekens zijn' }),
    role: z.enum(STAFF_ROLES, { error: 'role moet officer, supervisor of waarborgfonds zijn' }),
    officerId: idField('officerId').optional(),
    gemeenteCode: gemeenteCode.optional(),
    /** Free label for the operator ("J. de Vries, team Noord"); never used for access. */
    label: z.string().max(200).optional(),
  })
  .superRefine((entry, ctx) => {
    if (entry.role === 'officer' && (!entry.officerId || !entry.gemeenteCode)) {
      ctx.addIssue({
        code: 'custom',
        path: ['officerId'],
        message: 'een officer-token heeft officerId en gemeenteCode',
      });
    }
  });
export const tokensFileSchema = z.array(tokenEntrySchema);
export type TokenEntry = z.output<typeof tokenEntrySchema>;

export interface StaffPrincipal {
  kind: 'staff';
  role: StaffRole;
  officerId?: string;
  /** An officer works for one gemeente; a supervisor without one oversees all. */
  gemeenteCode?: string;
}

export function sha256Hex(value: string): string {
  return createHash('sha256').update(value, 'utf8').digest('hex');
}

export class TokenRegistry {
  private readonly byHash = new Map<string, TokenEntry>();

  constructor(entries: readonly TokenEntry[]) {
    for (const entry of entries) this.byHash.set(entry.tokenSha256, entry);
  }

  get size(): number {
    return this.byHash.size;
  }

  /** The principal for a presented token, or undefined. */
  authenticate(token: string): StaffPrincipal | undefined {
    const hash = sha256Hex(token);
    const entry = this.byHash.get(hash);
    // The map lookup is on a hash of the token, so its timing says nothing about the token; compare anyway.
    if (!entry || !timingSafeEqual(Buffer.from(entry.tokenSha256, 'hex'), Buffer.from(hash, 'hex')))
      return undefined;
    return { kind: 'staff', role: entry.role, officerId: entry.officerId, gemeenteCode: entry.gemeenteCode };
  }
}

/** Reads and validates a tokens file; the error names the file and each bad entry. */
export function loadTokensFile(file: string): TokenEntry[] {
  let raw: unknown;
  try {
    raw = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(
      `SCHULDHULP_API_TOKENS_FILE ${file}: niet te lezen als JSON (${(error as Error).message})`,
    );
  }
  const parsed = tokensFileSchema.safeParse(raw);
  if (!parsed.success) {
    throw new Error(`SCHULDHULP_API_TOKENS_FILE ${file}: ${describeFieldErrors(fieldErrors(parsed.error))}`);
  }
  return parsed.data;
}

export interface DevToken {
  token: string;
  role: StaffRole;
  officerId?: string;
  gemeenteCode?: string;
}

/**
 * Development only: one token per role, generated once into the data folder (0600, like the development keys)
 * and printed at start. The officer and supervisor work for the gemeente of the example aanmelding.
 */
export function readOrCreateDevTokens(file: string, log: (message: string) => void): DevToken[] {
  const text = readOrCreateDevSecret(
    file,
    () => {
      const token = (role: string) => `sh-${role}-${randomBytes(24).toString('base64url')}`;
      const tokens: DevToken[] = [
        { token: token('officer'), role: 'officer', officerId: 'medewerker-001', gemeenteCode: 'GM0599' },
        {
          token: token('supervisor'),
          role: 'supervisor',
          officerId: 'teamleider-001',
          gemeenteCode: 'GM0599',
        },
        { token: token('waarborgfonds'), role: 'waarborgfonds' },
      ];
      return JSON.stringify(tokens);
    },
    log,
  );
  return JSON.parse(text) as DevToken[];
}

export function entriesOfDevTokens(tokens: readonly DevToken[]): TokenEntry[] {
  return tokens.map(({ token, ...rest }) => ({ tokenSha256: sha256Hex(token), ...rest }));
}
