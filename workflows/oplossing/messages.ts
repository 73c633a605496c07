import type { UpdateDefinition } from '@temporalio/common';
import { defineQuery, defineUpdate } from '@temporalio/workflow';
import type { TimelineEntry } from '../case/types';
import { OPLOSSING_ACTIONS, type OplossingAction, type OplossingActionInput } from './actions';
import type { OplossingStatus } from './state';

/** The oplossing's messages: one Update per action (named after it), reads as Queries. */

type OplossingActionUpdates = {
  [A in OplossingAction]: UpdateDefinition<OplossingStatus, [OplossingActionInput<A>], A>;
};

export const oplossingActionUpdates = Object.fromEntries(
  OPLOSSING_ACTIONS.map((action) => [action, defineUpdate(action)]),
) as OplossingActionUpdates;

export const oplossingStatusQuery = defineQuery<OplossingStatus>('oplossingStatus');
export const oplossingTimelineQuery = defineQuery<TimelineEntry[]>('oplossingTimeline');
/** History length of every earlier run at its continue-as-new, and the current run's so far. */
export const oplossingRunsQuery = defineQuery<{ run: number; earlierRuns: number[]; currentEvents: number }>(
  'oplossingRuns',
);
