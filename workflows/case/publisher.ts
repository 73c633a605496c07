import { upsertMemo, upsertSearchAttributes } from '@temporalio/workflow';
import type { EffectQueue } from '../shared/effect-queue';
import { caseAttributesOf } from './attributes';
import { deriveCaseStatus } from './derive';
import { caseStatusMemoKey } from './messages';
import { setCaseAttributes } from './set-attributes';
import type { CaseState } from './state';

/**
 * Publishes a case after each change: derives its status (the one place, ./derive), then upserts its search
 * attributes when they changed (an upsert is a history event). `tracksProgress`: patched('last-progress').
 * `keepsStatusMemo` (patched('status-memo')): the status itself goes into the memo too, when its JSON changed, so
 * the API reads it with a describe instead of a query that replays the history (services/cases.ts). The memo is
 * a payload: the worker's codec encrypts it like the history.
 */
export function casePublisher(
  state: CaseState,
  effects: EffectQueue,
  tracksProgress: boolean,
  now: () => string,
  keepsStatusMemo = false,
): () => void {
  let published = '';
  let memo = '';
  return () => {
    if (effects.ending) return; // the next run publishes afresh
    deriveCaseStatus(state.status);
    // A run carried over from before the patch knows no progress yet: it starts counting now.
    const progressAt = tracksProgress ? (state.progressAt ??= now()) : undefined;
    const attributes = caseAttributesOf(state.status, progressAt);
    const key = JSON.stringify(attributes);
    if (key !== published) {
      published = key;
      upsertSearchAttributes(setCaseAttributes(attributes));
    }
    if (!keepsStatusMemo) return;
    const status = JSON.stringify(state.status);
    if (status === memo) return;
    memo = status;
    // The JSON just compared, parsed: the memo is the status as it was now, not a reference to it.
    upsertMemo({ [caseStatusMemoKey]: JSON.parse(status) as unknown });
  };
}
