import type { ExternalWorkflowHandle } from '@temporalio/workflow';
import {
  collectionBreachSignal,
  creditorCorrectedSignal,
  moratoriumOrderedSignal,
  noodstopChangedSignal,
  officerClaimSignal,
  stabilisatieStartedSignal,
  trackClosedSignal,
} from '../creditor-track/messages';
import type { TrackMessage } from './effects';

/** Sends one TrackMessage (effect data) as the creditor track's signal. */
export function trackMessageTo(track: ExternalWorkflowHandle, message: TrackMessage): Promise<void> {
  switch (message.signal) {
    case 'noodstop':
      return track.signal(noodstopChangedSignal, message.change);
    case 'stabilisatie-started':
      return track.signal(stabilisatieStartedSignal, { on: message.on });
    case 'closed':
      return track.signal(trackClosedSignal, message.closed);
    case 'corrected':
      return track.signal(creditorCorrectedSignal, { creditor: message.creditor });
    case 'claim':
      return track.signal(officerClaimSignal, { claim: message.claim, officerId: message.officerId });
    case 'breach':
      return track.signal(collectionBreachSignal, message.breach);
    case 'moratorium':
      return track.signal(moratoriumOrderedSignal, message.ordered);
  }
}
