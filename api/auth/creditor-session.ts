import { createHmac, timingSafeEqual } from 'node:crypto';
import type { AccessCodeOwner } from '../../activities/letters';

/**
 * Creditor sessions: `POST /api/v1/creditor-sessions` trades the access code from a letter for a short-lived
 * bearer token bound to that case and creditor. The token is `cs1.<payload>.<mac>`, an HMAC-SHA256 over the
 * payload with a key derived from the access-code secret, so every API replica checks it without shared state
 * and no extra secret has to be configured. The access code itself never travels again.
 */

export interface CreditorPrincipal extends AccessCodeOwner {
  kind: 'creditor';
  caseId: string;
  expiresAt: string;
}

const PREFIX = 'cs1';
const LABEL = 'schuldhulp/creditor-session/v1';

/** The case workflow id behind a case reference printed on letters ("GM0599-2026-0001"). */
export function caseIdOfReference(caseReference: string): string {
  return `case-${caseReference}`;
}

export class CreditorSessions {
  private readonly key: Buffer;

  constructor(
    accessCodeSecret: string | Buffer,
    private readonly ttlMs: number,
  ) {
    this.key = createHmac('sha256', accessCodeSecret).update(LABEL).digest();
  }

  issue(owner: AccessCodeOwner, now: Date): { token: string; expiresAt: string } {
    const expiresAt = new Date(now.getTime() + this.ttlMs).toISOString();
    const payload = Buffer.from(
      JSON.stringify({ r: owner.caseReference, c: owner.creditorId, e: expiresAt }),
      'utf8',
    ).toString('base64url');
    return { token: `${PREFIX}.${payload}.${this.mac(payload)}`, expiresAt };
  }

  static looksLikeSession(token: string): boolean {
    return token.startsWith(`${PREFIX}.`);
  }

  verify(token: string, now: Date): CreditorPrincipal | undefined {
    const [prefix, payload, mac, ...rest] = token.split('.');
    if (prefix !== PREFIX || !payload || !mac || rest.length) return undefined;
    const expected = Buffer.from(this.mac(payload));
    const given = Buffer.from(mac);
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) return undefined;
    let data: { r?: unknown; c?: unknown; e?: unknown };
    try {
      data = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    } catch {
      return undefined;
    }
    if (typeof data.r !== 'string' || typeof data.c !== 'string' || typeof data.e !== 'string')
      return undefined;
    if (!(Date.parse(data.e) > now.getTime())) return undefined;
    return {
      kind: 'creditor',
      caseReference: data.r,
      creditorId: data.c,
      caseId: caseIdOfReference(data.r),
      expiresAt: data.e,
    };
  }

  private mac(payload: string): string {
    return createHmac('sha256', this.key).update(payload).digest('base64url');
  }
}
