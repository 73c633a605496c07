import { getExternalWorkflowHandle, ParentClosePolicy, startChild } from '@temporalio/workflow';
import type { CivilDate } from '../../domain/civil-date';
import type { Policy } from '../../domain/policy';
import type { Aanmelding, Creditor } from '../../domain/records';
import type { Notification } from '../../activities/notifications/notification';
import { notify, startCreditorTrack } from '../shared/activities';
import type { EffectQueue } from '../shared/effect-queue';
import type { LetterBook } from '../shared/letter-book';
import { debtorOf, residentRecipient } from '../shared/recipients';
import { creditorTrackWorkflow, type CreditorTrackInput } from '../creditor-track/workflow';
import type { CaseEffect, TrackMessage } from './effects';
import { creditorTrackIdOf } from './ids';
import type { CaseState } from './state';
import { trackMessageTo } from './track-messages';
import type { TimelineEntry } from './types';

/** What the runner needs of its case run. */
export interface CaseRun {
  caseId: string;
  caseReference: string;
  aanmelding: Aanmelding;
  policy: Policy;
  state: CaseState;
  queue: EffectQueue;
  letters: LetterBook;
  /** The shell's one timeline function. */
  record: (entry: Omit<TimelineEntry, 'at'>) => void;
  /** patched('tracks-started-by-activity'): else tracks start as ABANDON children (recorded histories). */
  tracksStartedByActivity: boolean;
}

/**
 * Turns the effects a transition returned (data) into work: timeline entries at once, everything else on
 * the effect queue in the order given (letters, track signals, track starts, notifications).
 */
export function effectRunner(run: CaseRun) {
  const { caseId, state } = run;
  const { status } = state;
  const enqueue = (effect: () => Promise<unknown>) => run.queue.enqueue(async () => void (await effect()));
  const toTrack = (creditorId: string, message: TrackMessage) =>
    enqueue(() => trackMessageTo(getExternalWorkflowHandle(creditorTrackIdOf(caseId, creditorId)), message));

  /** A notification about this case; `key` makes its id, so a replay or retry never sends it twice. */
  const notifyCase = (
    key: string,
    n: Pick<Notification, 'audience' | 'kind' | 'message'>,
    deadline?: CivilDate,
  ) =>
    notify({
      id: `${caseId}/${key}`,
      caseId,
      gemeente: status.gemeente,
      officerId: status.officerId,
      deadline,
      ...n,
    });

  function startTrack(creditor: Creditor): void {
    const trackInput: CreditorTrackInput = {
      caseId,
      caseReference: run.caseReference,
      gemeente: status.gemeente,
      officerId: status.officerId,
      creditor,
      claims: state.claims.filter((c) => c.creditorId === creditor.id),
      debtor: debtorOf(run.aanmelding.resident),
      policy: run.policy,
      stabilisatieStartedOn: state.helpStartedOn,
    };
    const workflowId = creditorTrackIdOf(caseId, creditor.id);
    // A track outlives the case run that started it (continue-as-new); the two talk by workflow id.
    enqueue(() =>
      run.tracksStartedByActivity
        ? startCreditorTrack(workflowId, trackInput)
        : startChild(creditorTrackWorkflow, {
            workflowId,
            args: [trackInput],
            parentClosePolicy: ParentClosePolicy.ABANDON,
          }),
    );
  }

  function runEffects(effects: CaseEffect[]): void {
    for (const effect of effects) {
      switch (effect.kind) {
        case 'record': {
          const { kind: _kind, ...entry } = effect;
          run.record(entry);
          break;
        }
        case 'letter': {
          const { kind, date, data } = effect.letter;
          const resident = residentRecipient(run.aanmelding.resident, run.caseReference);
          enqueue(() => run.letters.send(kind, resident, date, data));
          break;
        }
        case 'start-track':
          startTrack(effect.creditor);
          break;
        case 'to-track':
          toTrack(effect.creditorId, effect.message);
          break;
        case 'to-tracks':
          for (const c of status.creditors.filter((s) => !s.removed)) toTrack(c.creditorId, effect.message);
          break;
        case 'alert': {
          const { key, audience, notification: kind, message, deadline } = effect;
          enqueue(() => notifyCase(key, { audience, kind, message }, deadline));
          break;
        }
      }
    }
  }

  return { runEffects, startTrack, notifyCase };
}
