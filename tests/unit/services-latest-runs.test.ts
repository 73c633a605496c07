import { TypedSearchAttributes } from '@temporalio/common';
import { latestRuns, type ListedExecution } from '../../services/visibility';

/** "Mijn zaken" lists each case once: the run before a continue-as-new is not a second case. */

const run = (workflowId: string, status: string, start: string): ListedExecution => ({
  workflowId,
  startTime: new Date(start),
  status: { name: status },
  typedSearchAttributes: new TypedSearchAttributes([]),
});

describe('latestRuns', () => {
  it('keeps the running run of a case and drops the one that continued as new', () => {
    const found = [
      run('case-GM0599-1', 'CONTINUED_AS_NEW', '2026-12-01T09:00:00Z'),
      run('case-GM0599-1', 'RUNNING', '2026-12-01T10:00:00Z'),
      run('case-GM0599-2', 'COMPLETED', '2026-11-01T10:00:00Z'),
    ];
    expect(latestRuns(found).map((r) => [r.workflowId, r.status.name])).toEqual([
      ['case-GM0599-1', 'RUNNING'],
      ['case-GM0599-2', 'COMPLETED'],
    ]);
  });

  it('of two closed runs of one id (a case started again after it ended) keeps the newer', () => {
    const found = [run('c', 'COMPLETED', '2026-01-01T00:00:00Z'), run('c', 'TERMINATED', '2026-02-01T00:00:00Z')];
    expect(latestRuns(found)).toHaveLength(1);
    expect(latestRuns(found)[0]!.status.name).toBe('TERMINATED');
  });
});
