import { condition } from '@temporalio/workflow';
import { deadlineInstant, startOfDayInstant } from '../../domain/amsterdam-time';
import { addWerkdagen } from '../../domain/calendar';
import type { CivilDate } from '../../domain/civil-date';
import type { DeadlineStatus } from './types';

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

/** What a term step tells: the officer ahead of the deadline, the supervisor after it. */
export interface TermAlert {
  /** Part of the notification id (`<workflowId>/<kind>/<key>`): one alert per step, however often replayed. */
  key: 'reminder' | 'breach';
  audience: 'officer' | 'supervisor';
  kind: 'deadline-reminder' | 'deadline-breached';
  /** Dutch, naming the term's legal source. */
  message: string;
}

/** One moment of a statutory term: the reminder ahead, or the breach when it passes. */
export interface TermStep {
  step: 'herinnering' | 'overschreden';
  /** Epoch ms (workflow time) at which the step fires. */
  at: number;
  /** Marks the term (reminded, or breached) and returns the timeline entry and the alert to send. */
  fire(today: CivilDate): { action: string; detail: string; alert: TermAlert };
}

/**
 * The steps still ahead for an open statutory term, in order — the one definition of how a term is
 * enforced, used by the case (eerste gesprek, beschikking) and the oplossing (schuldregeling). Remind
 * `reminderLeadWerkdagen` werkdagen ahead (start of that Amsterdam day), mark the breach at the end of the
 * deadline day, and never stop the work: a late case keeps going, it only carries the breach.
 * Each workflow waits for the steps its own way (durable timers); the steps hold what happens when they fire.
 */
export function termSteps(d: DeadlineStatus, reminderLeadWerkdagen: number): TermStep[] {
  if (d.state !== 'open') return [];
  const steps: TermStep[] = [];
  if (!d.remindedOn) {
    steps.push({
      step: 'herinnering',
      at: startOfDayInstant(addWerkdagen(d.deadline, -reminderLeadWerkdagen)),
      fire: (today) => {
        d.remindedOn = today;
        return {
          action: `herinnering termijn ${d.kind}`,
          detail: d.deadline,
          alert: {
            key: 'reminder',
            audience: 'officer',
            kind: 'deadline-reminder',
            message: `Termijn ${d.kind} loopt af op ${d.deadline} (${d.source}).`,
          },
        };
      },
    });
  }
  steps.push({
    step: 'overschreden',
    at: deadlineInstant(d.deadline),
    fire: (today) => {
      d.state = 'breached';
      d.breachedOn = today;
      return {
        action: `termijn ${d.kind} overschreden`,
        detail: `${d.deadline} (${d.source})`,
        alert: {
          key: 'breach',
          audience: 'supervisor',
          kind: 'deadline-breached',
          message: `Termijn ${d.kind} (${d.source}) verstreken op ${d.deadline}.`,
        },
      };
    },
  });
  return steps;
}

/**
 * Enforces an open term as durable timers (the steps of termSteps): waits for each step until `met()`, and
 * when a step fires hands its result to `fired` (timeline, alert). Resumes from the carried state after
 * continue-as-new: a reminder or breach already recorded is not repeated, and no reminder once the deadline
 * itself has passed. A breach never stops the work; the caller goes on waiting for the act.
 */
export async function enforceTerm(
  d: DeadlineStatus,
  reminderLeadWerkdagen: number,
  met: () => boolean,
  today: () => CivilDate,
  fired: (step: TermStep['step'], result: ReturnType<TermStep['fire']>) => Promise<void>,
): Promise<void> {
  const late = deadlineInstant(d.deadline) <= Date.now();
  for (const step of termSteps(d, reminderLeadWerkdagen)) {
    if (step.step === 'herinnering' && late) continue;
    if (d.state !== 'open') return;
    if (await waitUntil(met, step.at)) return;
    await fired(step.step, step.fire(today()));
  }
}
