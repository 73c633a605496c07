import { ApplicationFailure } from '@temporalio/workflow';

/**
 * True when a signal failed because the other workflow no longer runs (a case that closed before its track's
 * last report, a track that already ended). Such a signal has nobody left to inform: drop it, don't fail.
 */
export function peerGone(error: unknown): boolean {
  const cause = (error as { cause?: unknown })?.cause ?? error;
  return cause instanceof ApplicationFailure && cause.type === 'ExternalWorkflowExecutionNotFound';
}
