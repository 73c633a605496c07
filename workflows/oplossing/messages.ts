import { defineQuery, defineSignal } from '@temporalio/workflow';
import type { CivilDate } from '../../domain/civil-date';
import type { TimelineEntry, WaitingOn } from '../shared/types';
import { defineActionUpdates } from '../shared/updates';
import { oplossingActionSchemas } from './actions';
import type { OplossingStatus } from './state';

/** The oplossing's messages: one Update per action (named after it), reads as Queries. */

export const oplossingActionUpdates = defineActionUpdates<OplossingStatus, typeof oplossingActionSchemas>(
  oplossingActionSchemas,
);

/**
 * To the case, whenever it changes: whom the oplossing waits on (its own derivation), so the case shows the
 * same `waitingOn` (issue 12 §4.6). Sent by the oplossing; the case adopts it while its phase is oplossing.
 */
export const oplossingWaitingOnSignal = defineSignal<[{ waitingOn: WaitingOn }]>('oplossingWaitingOn');

/** To the case: all creditors agreed, so the tracks end their pauses ("schuldregeling tot stand"). */
export const schuldregelingAgreedSignal = defineSignal<[{ on: CivilDate }]>('schuldregelingAgreed');

export const oplossingStatusQuery = defineQuery<OplossingStatus>('oplossingStatus');
export const oplossingTimelineQuery = defineQuery<TimelineEntry[]>('oplossingTimeline');
/** History length of every earlier run at its continue-as-new, and the current run's so far. */
export const oplossingRunsQuery = defineQuery<{ run: number; earlierRuns: number[]; currentEvents: number }>(
  'oplossingRuns',
);
