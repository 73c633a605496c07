import { upsertSearchAttributes } from '@temporalio/workflow';
import type { EffectQueue } from '../shared/effect-queue';
import { caseAttributesOf } from './attributes';
import { deriveCaseStatus } from './derive';
import { setCaseAttributes } from './set-attributes';
import type { CaseState } from './state';

/**
 * Publishes a case after each change: derives its status (the one place, ./derive), then upserts its search
 * attributes when they changed (an upsert is a history event). `tracksProgress`: patched('last-progress').
 */
export function casePublisher(
  state: CaseState,
  effects: EffectQueue,
  tracksProgress: boolean,
  now: () => string,
): () => void {
  let published = '';
  return () => {
    if (effects.ending) return; // the next run publishes afresh
    deriveCaseStatus(state.status);
    // A run carried over from before the patch knows no progress yet: it starts counting now.
    const progressAt = tracksProgress ? (state.progressAt ??= now()) : undefined;
    const attributes = caseAttributesOf(state.status, progressAt);
    const key = JSON.stringify(attributes);
    if (key === published) return;
    published = key;
    upsertSearchAttributes(setCaseAttributes(attributes));
  };
}
