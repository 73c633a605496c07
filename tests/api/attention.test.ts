import { TypedSearchAttributes, type SearchAttributePair } from '@temporalio/common';
import { deadlineInstant } from '../../domain/amsterdam-time';
import type { CivilDate } from '../../domain/civil-date';
import { TemporalAttentionFinder } from '../../api/supervisor/attention';
import {
  TemporalCaseDirectory,
  type ListedExecution,
  type PendingActivity,
  type VisibilityClient,
} from '../../api/visibility';
import {
  CasePhase,
  DeadlineBreached,
  Gemeente,
  NextDeadline,
  OfficerId,
  WaitingOn,
} from '../../workflows/case/search-attributes';

const d = (s: string) => s as CivilDate;
const NOW = new Date('2026-12-01T10:00:00Z'); // Tuesday 1 December 2026
const TODAY = d('2026-12-01');

function execution(
  caseId: string,
  attrs: { phase?: string; next?: CivilDate; breached?: boolean; waitingOn?: string; started?: string },
): ListedExecution {
  const pairs: SearchAttributePair[] = [
    { key: Gemeente, value: 'GM0599' },
    { key: OfficerId, value: 'medewerker-001' },
    { key: CasePhase, value: attrs.phase ?? 'aanmelding' },
    { key: DeadlineBreached, value: attrs.breached ?? false },
    { key: WaitingOn, value: attrs.waitingOn ?? 'officer' },
  ];
  if (attrs.next) pairs.push({ key: NextDeadline, value: new Date(deadlineInstant(attrs.next)) });
  return {
    workflowId: caseId,
    startTime: new Date(attrs.started ?? '2026-11-23T09:00:00Z'),
    status: { name: 'RUNNING' },
    typedSearchAttributes: new TypedSearchAttributes(pairs),
  };
}

/** Answers each visibility query by which rule it is; records queries and describe() calls. */
function fakeClient(
  byRule: {
    breached?: ListedExecution[];
    due?: ListedExecution[];
    silent?: ListedExecution[];
    all?: ListedExecution[];
  },
  pending: Record<string, PendingActivity[]> = {},
) {
  const queries: string[] = [];
  const described: string[] = [];
  const client: VisibilityClient = {
    workflow: {
      list({ query }) {
        queries.push(query);
        const list = query.includes('DeadlineBreached = true')
          ? byRule.breached
          : query.includes('NextDeadline <=')
            ? byRule.due
            : query.includes("WaitingOn = 'creditor'")
              ? byRule.silent
              : byRule.all;
        return (async function* () {
          yield* list ?? [];
        })();
      },
      getHandle(workflowId) {
        return {
          describe: async () => {
            described.push(workflowId);
            return { raw: { pendingActivities: pending[workflowId] ?? [] } };
          },
        };
      },
    },
  };
  return { client, queries, described };
}

const options = {
  namespace: 'schuldhulp',
  temporalUiUrl: 'http://localhost:8233',
  dueWithinWerkdagen: 3,
  creditorWaitingDays: 20,
  now: () => NOW,
};

describe('TemporalAttentionFinder', () => {
  it('finds breached, due and silent cases with visibility queries, scoped and on running cases only', async () => {
    const { client, queries } = fakeClient({});
    await new TemporalAttentionFinder(client, options).find(
      { gemeente: 'GM0599', officerId: 'medewerker-001', phase: 'stabilisatie' },
      TODAY,
    );
    expect(queries).toHaveLength(3);
    for (const q of queries) {
      expect(q).toContain("WorkflowType = 'caseWorkflow'");
      expect(q).toContain("ExecutionStatus = 'Running'");
      expect(q).toContain("Gemeente = 'GM0599'");
      expect(q).toContain("OfficerId = 'medewerker-001'");
      expect(q).toContain("CasePhase = 'stabilisatie'");
    }
    // 3 werkdagen after Tuesday 1 December: Friday 4 December, so deadlines up to the end of that day.
    expect(queries.find((q) => q.includes('NextDeadline'))).toContain(
      `NextDeadline <= '${new Date(deadlineInstant(d('2026-12-04'))).toISOString()}'`,
    );
    expect(queries.find((q) => q.includes('WaitingOn'))).toContain("StartTime < '2026-11-11T10:00:00.000Z'");
  });

  it('gives each case its reasons, most urgent first, with a Temporal UI link; describes only the candidates', async () => {
    const breached = execution('case-GM0599-2026-0001', { breached: true, next: d('2026-11-27') });
    const dueToday = execution('case-GM0599-2026-0002', { next: TODAY });
    const dueLater = execution('case-GM0599-2026-0003', { next: d('2026-12-04') });
    const silent = execution('case-GM0599-2026-0004', {
      waitingOn: 'creditor',
      phase: 'stabilisatie',
      started: '2026-10-01T09:00:00Z',
    });
    const { client, described } = fakeClient(
      { breached: [breached], due: [dueToday, dueLater], silent: [silent] },
      {
        'case-GM0599-2026-0003': [
          { activityType: { name: 'renderLetter' }, attempt: 5, lastFailure: { message: 'Encoded failure' } },
        ],
      },
    );
    const items = await new TemporalAttentionFinder(client, options).find({}, TODAY);
    expect(items.map((i) => i.caseId)).toEqual([
      'case-GM0599-2026-0001', // breached
      'case-GM0599-2026-0003', // failing activity (and due in 3 werkdagen)
      'case-GM0599-2026-0002', // due today
      'case-GM0599-2026-0004', // silent creditor
    ]);
    expect(items[0]!.reasons).toEqual([
      {
        code: 'termijn-overschreden',
        message: 'Termijn overschreden: verliep op 27 november 2026 (4 dagen geleden).',
      },
    ]);
    expect(items[1]!.reasons.map((r) => r.code)).toEqual(['activiteit-faalt', 'termijn-nadert']);
    expect(items[1]!.reasons[0]!.message).toContain('renderLetter');
    expect(items[1]!.reasons[1]!.message).toContain('over 3 werkdagen');
    expect(items[2]!.reasons[0]!.message).toMatch(/^Termijn verloopt vandaag/);
    expect(items[3]!.reasons[0]).toMatchObject({ code: 'wacht-lang-op-schuldeiser' });
    expect(items[3]!.reasons[0]!.message).toContain('61 dagen');
    expect(items[0]!.temporalUiUrl).toBe(
      'http://localhost:8233/namespaces/schuldhulp/workflows/case-GM0599-2026-0001',
    );
    expect(described.sort()).toEqual(items.map((i) => i.caseId).sort());
  });

  it('ignores a pending activity that is only retrying for the first time, and a case that cannot be described', async () => {
    const a = execution('case-GM0599-2026-0010', { next: TODAY });
    const b = execution('case-GM0599-2026-0011', { next: TODAY });
    const { client } = fakeClient(
      { due: [a, b] },
      { 'case-GM0599-2026-0010': [{ activityType: { name: 'deliverLetter' }, attempt: 2 }] },
    );
    const original = client.workflow.getHandle;
    client.workflow.getHandle = (id) =>
      id === 'case-GM0599-2026-0011' ? { describe: () => Promise.reject(new Error('gone')) } : original(id);
    const items = await new TemporalAttentionFinder(client, options).find({}, TODAY);
    expect(items.flatMap((i) => i.reasons.map((r) => r.code))).toEqual(['termijn-nadert', 'termijn-nadert']);
  });
});

describe('TemporalCaseDirectory', () => {
  it('lists from search attributes, earliest next deadline first, up to the limit', async () => {
    const { client, queries } = fakeClient({
      all: [
        execution('case-GM0599-2026-0002', { next: d('2026-12-20') }),
        execution('case-GM0599-2026-0001', { next: d('2026-12-03'), breached: false }),
        execution('case-GM0599-2026-0003', {}),
      ],
    });
    const items = await new TemporalCaseDirectory(client).list({
      gemeente: 'GM0599',
      phase: 'aanmelding',
      breached: false,
      limit: 10,
    });
    expect(queries[0]).toBe(
      "WorkflowType = 'caseWorkflow' AND Gemeente = 'GM0599' AND CasePhase = 'aanmelding' AND DeadlineBreached = false",
    );
    expect(items.map((i) => i.caseId)).toEqual([
      'case-GM0599-2026-0001',
      'case-GM0599-2026-0002',
      'case-GM0599-2026-0003',
    ]);
    expect(items[0]).toMatchObject({
      caseReference: 'GM0599-2026-0001',
      gemeente: 'GM0599',
      running: true,
      deadlineBreached: false,
    });
    const two = await new TemporalCaseDirectory(client).list({ limit: 2 });
    expect(two).toHaveLength(2);
  });
});
