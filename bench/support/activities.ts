import { createActivities, type ActivityDependencies } from '../../activities';

export function createBenchActivities(deps: ActivityDependencies) {
  return { ...createActivities(deps), noop: async () => 'ok' };
}
export type BenchActivities = ReturnType<typeof createBenchActivities>;
