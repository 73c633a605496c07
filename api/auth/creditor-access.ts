import { accessCodeHash, normalizeAccessCode } from '../../activities/letters/access-codes';
import { CaseNotFoundError } from '../../services/errors';
import type { ApiDeps } from '../deps';
import { ProblemError, unauthorized } from '../problem';
import { attemptKeys, type AccessStateStore, type AttemptLimits } from './access-state';
import { SqliteAccessStateStore } from './access-state-sqlite';
import type { CreditorPrincipal } from './creditor-session';

/**
 * Who may still use the portal. Guessing is limited per client address and per code typed, in the store every
 * API instance shares; a creditor removed from its case, or on a case that ended, has its access revoked for
 * good: its code opens no session and its sessions stop working.
 *
 * Revocation comes from two sides: the API revokes at once when it performs the removal or the closing
 * action, and every creditor request checks the case (cached for a few seconds per instance), which also
 * catches a removal through the CLI and a case that ends in its workflow (after the oplossing).
 */

export const DEFAULT_ATTEMPT_LIMITS: AttemptLimits = { max: 10, windowMs: 15 * 60_000 };
const LIVENESS_TTL_MS = 10_000;

export const revokedProblem = () =>
  new ProblemError(403, 'Uw toegang tot dit dossier is beëindigd. Neem contact op met de gemeente.');

export class CreditorAccess {
  private readonly activeUntil = new Map<string, number>();

  constructor(
    private readonly deps: Pick<ApiDeps, 'cases' | 'now'>,
    readonly store: AccessStateStore,
    readonly limits: AttemptLimits,
  ) {}

  /** Counts the attempt, refuses when the client or the code is over its limit (429), then resolves the code. */
  async signIn(
    code: string,
    clientIp: string,
    resolve: (code: string) => Promise<{ caseReference: string; creditorId: string } | undefined>,
  ) {
    const nowMs = this.deps.now().getTime();
    const compact = normalizeAccessCode(code) ?? code.toUpperCase().replace(/[\s-]/g, '');
    const { id, counts } = await this.store.attempt(
      attemptKeys(clientIp, accessCodeHash(compact)),
      nowMs,
      nowMs - this.limits.windowMs,
    );
    if (counts.some((n) => n > this.limits.max)) {
      throw new ProblemError(429, 'Te veel onjuiste codes. Probeer het over een kwartier opnieuw.', undefined, {
        'retry-after': String(Math.ceil(this.limits.windowMs / 1000)),
      });
    }
    const owner = await resolve(code);
    if (!owner) throw unauthorized('Deze toegangscode is onbekend. Controleer de code in de brief.');
    await this.store.forget(id);
    await this.assertActive(owner.caseReference, owner.creditorId, `case-${owner.caseReference}`);
    return owner;
  }

  /** Every creditor request: the session's creditor must still have access. */
  async assertSession(principal: CreditorPrincipal): Promise<void> {
    await this.assertActive(principal.caseReference, principal.creditorId, principal.caseId);
  }

  async revoke(caseReference: string, creditorId: string): Promise<void> {
    this.activeUntil.delete(`${caseReference}\0${creditorId}`);
    await this.store.revoke(caseReference, creditorId, this.deps.now().getTime());
  }

  /** After an officer's action on a case: revoke the removed creditor, or every creditor when the case closed. */
  async afterCaseAction(
    status: { caseReference: string; phase: string; creditors: { creditorId: string }[] },
    action: string,
    body: unknown,
  ): Promise<void> {
    const removed = action === 'creditor-remove' ? (body as { creditorId?: unknown }).creditorId : undefined;
    if (typeof removed === 'string') await this.revoke(status.caseReference, removed);
    if (status.phase === 'afgesloten') {
      for (const c of status.creditors) await this.revoke(status.caseReference, c.creditorId);
    }
  }

  private async assertActive(caseReference: string, creditorId: string, caseId: string): Promise<void> {
    if (await this.store.isRevoked(caseReference, creditorId)) throw revokedProblem();
    const key = `${caseReference}\0${creditorId}`;
    const nowMs = Date.now();
    if ((this.activeUntil.get(key) ?? 0) > nowMs) return;
    let ended: boolean;
    try {
      const status = await this.deps.cases.status(caseId);
      const summary = status.creditors.find((c) => c.creditorId === creditorId);
      ended = status.phase === 'afgesloten' || Boolean(summary?.removed);
    } catch (error) {
      if (error instanceof CaseNotFoundError) throw unauthorized('Dit dossier bestaat niet (meer).');
      throw error;
    }
    if (ended) {
      await this.revoke(caseReference, creditorId);
      throw revokedProblem();
    }
    this.activeUntil.set(key, nowMs + LIVENESS_TTL_MS);
    if (this.activeUntil.size > 10_000) this.activeUntil.clear();
  }
}

const byDeps = new WeakMap<ApiDeps, CreditorAccess>();

/** One CreditorAccess per API instance; without a configured store an in-memory SQLite (tests with fakes). */
export function creditorAccessOf(deps: ApiDeps): CreditorAccess {
  let access = byDeps.get(deps);
  if (!access) {
    access = new CreditorAccess(
      deps,
      deps.accessState ?? new SqliteAccessStateStore(':memory:'),
      deps.accessCodeAttempts ?? DEFAULT_ATTEMPT_LIMITS,
    );
    byDeps.set(deps, access);
  }
  return access;
}
