import { borgstellingQuery, TemporalBorgstellingDirectory } from '../../services/borgstellingen';
import type { ListedExecution, VisibilityClient } from '../../services/visibility';
import { CaseNotFoundError } from '../../services/errors';
import { oplossingOf } from './oplossing-fakes';

/** The waarborgfonds's list comes from one visibility query; only the oplossingen found are read. */

describe('TemporalBorgstellingDirectory', () => {
  it('asks visibility for running oplossingen in phase borgstelling (an existing search attribute)', () => {
    expect(borgstellingQuery()).toBe(
      "WorkflowType = 'oplossingWorkflow' AND CasePhase = 'oplossing:borgstelling' AND ExecutionStatus = 'Running'",
    );
  });

  it('reads the status of each oplossing found, and of nothing else; a vanished one is skipped', async () => {
    const queries: string[] = [];
    const listed = ['case-GM0599-2026-0001/oplossing', 'case-GM0363-2026-0007/oplossing', 'unrelated-id'];
    const visibility: VisibilityClient = {
      workflow: {
        async *list({ query }) {
          queries.push(query);
          for (const workflowId of listed) yield { workflowId } as ListedExecution;
        },
        getHandle: () => {
          throw new Error('not used');
        },
      },
    };
    const read: string[] = [];
    const directory = new TemporalBorgstellingDirectory(visibility, {
      status: async (caseId) => {
        read.push(caseId);
        if (caseId === 'case-GM0363-2026-0007') throw new CaseNotFoundError(caseId);
        return oplossingOf(caseId, 'GM0599');
      },
    });
    const found = await directory.awaitingDecision(10);
    expect(queries).toEqual([borgstellingQuery()]);
    expect(read).toEqual(['case-GM0599-2026-0001', 'case-GM0363-2026-0007']);
    expect(found.map((s) => s.caseId)).toEqual(['case-GM0599-2026-0001']);
  });
});
