/**
 * What every API instance must see alike about creditor access: failed access-code attempts (the guessing
 * limit) and revoked creditors (removed from their case, or the case ended). Kept out of process memory so a
 * second instance cannot be used to get around the first: a SQLite file under the data folder for the
 * embedded system (instances on one host), PostgreSQL for the production cluster.
 */
export interface AccessStateStore {
  /**
   * Records one attempt under each key and says how many attempts each key has since `sinceMs` (this one
   * included). The attempt is recorded before the code is checked, so parallel guesses count too.
   * Returns the attempt's id, to forget it again when the code was right.
   */
  attempt(keys: readonly string[], atMs: number, sinceMs: number): Promise<{ id: string; counts: number[] }>;
  /** Forgets an attempt (the code was right: a creditor who types it well is not counted). */
  forget(id: string): Promise<void>;
  /** Revokes a creditor's access to a case for good: its code opens no session, its sessions stop. */
  revoke(caseReference: string, creditorId: string, atMs: number): Promise<void>;
  isRevoked(caseReference: string, creditorId: string): Promise<boolean>;
  close(): Promise<void>;
}

export interface AttemptLimits {
  /** Attempts allowed per key in the window. */
  max: number;
  windowMs: number;
}

/** Keys of one session attempt: the client (address as the trusted proxies report it) and the code typed. */
export function attemptKeys(clientIp: string, codeHash: string): string[] {
  return [`client:${clientIp}`, `code:${codeHash}`];
}
