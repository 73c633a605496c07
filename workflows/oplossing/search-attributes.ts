import { patched, upsertSearchAttributes } from '@temporalio/workflow';
import { deadlineInstant } from '../../domain/amsterdam-time';
import type { CivilDate } from '../../domain/civil-date';
import type { EffectQueue } from '../shared/effect-queue';
import {
  CasePhase,
  DeadlineBreached,
  Gemeente,
  LastProgressAt,
  NextDeadline,
  OfficerId,
  WaitingOn as WaitingOnKey,
} from '../shared/search-attributes';
import { refresh } from './derived';
import type { OplossingState } from './state';

/**
 * The oplossing's search attributes: phase, dates and flags only (no personal data). An upsert is an event,
 * so it happens only on change. `progress()` marks the last business event (officer action, creditor answer,
 * phase change).
 */
export function publisher(state: OplossingState, effects: EffectQueue, today: () => CivilDate) {
  const { status } = state;
  const progress = () => {
    state.progressAt = new Date(Date.now()).toISOString();
  };
  /** Oplossingen recorded before LastProgressAt existed replay without it (recorded histories). */
  const tracksProgress = () => patched('last-progress');
  let progressPhase = status.phase;
  let published = '';
  function publish(): void {
    if (effects.ending) return; // the next run publishes afresh
    refresh(status, today());
    if (status.phase !== progressPhase) {
      progressPhase = status.phase;
      progress();
    }
    const open = status.deadlines.filter((d) => d.state === 'open').map((d) => d.deadline);
    if (status.nextDuePayment) open.push(status.nextDuePayment.dueDate);
    open.sort();
    const attributes = {
      phase: `oplossing:${status.phase}`,
      gemeente: status.gemeente,
      officer: status.officerId,
      waitingOn: status.waitingOn,
      breached: status.deadlines.some((d) => d.state === 'breached'),
      next: open[0] ?? null,
      // A run carried over from before the patch knows no progress yet: it starts counting now.
      progressAt: tracksProgress() ? (state.progressAt ??= new Date(Date.now()).toISOString()) : undefined,
    };
    const key = JSON.stringify(attributes);
    if (key === published) return;
    published = key;
    upsertSearchAttributes([
      { key: CasePhase, value: attributes.phase },
      { key: Gemeente, value: attributes.gemeente },
      { key: OfficerId, value: attributes.officer },
      { key: WaitingOnKey, value: attributes.waitingOn },
      { key: DeadlineBreached, value: attributes.breached },
      { key: NextDeadline, value: attributes.next ? new Date(deadlineInstant(attributes.next)) : null },
      ...(attributes.progressAt ? [{ key: LastProgressAt, value: new Date(attributes.progressAt) }] : []),
    ]);
  }
  return Object.assign(publish, { progress });
}
