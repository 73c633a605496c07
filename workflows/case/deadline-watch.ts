import { condition } from '@temporalio/workflow';

/**
 * Waits until `isMet()` or until `instantMs` (epoch ms, workflow time), whichever is first.
 * Returns true when met. Guards the zero case: `condition(fn, 0)` would wait forever.
 */
export async function waitUntil(isMet: () => boolean, instantMs: number): Promise<boolean> {
  const remaining = instantMs - Date.now();
  if (isMet()) return true;
  if (remaining <= 0) return false;
  return condition(isMet, remaining);
}

export interface TermEnforcement {
  isMet: () => boolean;
  /** When the officer is reminded; at once when that moment has passed but the deadline has not (crisis). */
  reminderAtMs?: number;
  deadlineAtMs: number;
  onReminder: () => Promise<void>;
  onBreach: () => Promise<void>;
}

/**
 * A statutory term as a durable timer: remind ahead, mark the breach when it passes, and never stop the
 * case — a late case keeps going, it only carries the breach.
 */
export async function enforceTerm(term: TermEnforcement): Promise<'met' | 'breached'> {
  if (term.reminderAtMs !== undefined && term.deadlineAtMs > Date.now()) {
    if (await waitUntil(term.isMet, term.reminderAtMs)) return 'met';
    await term.onReminder();
  }
  if (await waitUntil(term.isMet, term.deadlineAtMs)) return 'met';
  await term.onBreach();
  return 'breached';
}
