import { TypedSearchAttributes, type SearchAttributePair } from '@temporalio/common';
import { deadlineInstant } from '../../domain/amsterdam-time';
import type { CivilDate } from '../../domain/civil-date';
import { TemporalAttentionFinder } from '../../services/supervisor/attention';
import { TemporalReportedProblems } from '../../services/supervisor/attention-listing';
import {
  TemporalCaseDirectory,
  type ListedExecution,
  type VisibilityClient,
} from '../../services/visibility';
import {
  CasePhase,
  DeadlineBreached,
  Gemeente,
  LastProgressAt,
  NextDeadline,
  OfficerId,
  WaitingOn,
} from '../../workflows/case/search-attributes';
import { ActivityFailing, AttentionReason } from '../../workflows/attention/search-attributes';

const d = (s: string) => s as CivilDate;
const NOW = new Date('2026-12-01T10:00:00Z'); // Tuesday 1 December 2026
const TODAY = d('2026-12-01');

function execution(
  caseId: string,
  attrs: {
    phase?: string;
    next?: CivilDate;
    breached?: boolean;
    waitingOn?: string;
    started?: string;
    progress?: string;
    problems?: string[];
  },
): ListedExecution {
  const pairs: SearchAttributePair[] = [
    { key: Gemeente, value: 'GM0599' },
    { key: OfficerId, value: 'medewerker-001' },
    { key: CasePhase, value: attrs.phase ?? 'aanmelding' },
    { key: DeadlineBreached, value: attrs.breached ?? false },
    { key: WaitingOn, value: attrs.waitingOn ?? 'officer' },
  ];
  if (attrs.next) pairs.push({ key: NextDeadline, value: new Date(deadlineInstant(attrs.next)) });
  if (attrs.progress) pairs.push({ key: LastProgressAt, value: new Date(attrs.progress) });
  if (attrs.problems) pairs.push({ key: TemporalReportedProblems, value: attrs.problems });
  return {
    workflowId: caseId,
    startTime: new Date(attrs.started ?? '2026-11-23T09:00:00Z'),
    status: { name: 'RUNNING' },
    typedSearchAttributes: new TypedSearchAttributes(pairs),
  };
}

/** A running attention marker (workflows/attention/marker.ts) on `target`, as the worker starts one. */
function marker(target: string, reason: 'activiteit-faalt' | 'workflowtaak-faalt', activityType?: string): ListedExecution {
  const pairs: SearchAttributePair[] = [
    { key: AttentionReason, value: reason },
    { key: Gemeente, value: 'GM0599' },
  ];
  if (activityType) pairs.push({ key: ActivityFailing, value: activityType });
  return {
    workflowId: `${target}/attention`,
    startTime: new Date('2026-11-30T09:00:00Z'),
    status: { name: 'RUNNING' },
    typedSearchAttributes: new TypedSearchAttributes(pairs),
  };
}

/** Answers each visibility query by which rule it is; records the queries. Never describes a workflow. */
function fakeClient(byRule: {
  breached?: ListedExecution[];
  due?: ListedExecution[];
  silent?: ListedExecution[];
  stalled?: ListedExecution[];
  /** 'unsupported': the server rejects the query, as Temporal 1.29 does (no such attribute). */
  problems?: ListedExecution[] | 'unsupported';
  markers?: ListedExecution[];
  /** What `WorkflowId IN (…)` finds: the marked cases and oplossingen in visibility. */
  byId?: ListedExecution[];
  all?: ListedExecution[];
}) {
  const queries: string[] = [];
  const client: VisibilityClient = {
    workflow: {
      list({ query }) {
        queries.push(query);
        const inList = /WorkflowId IN \(([^)]*)\)/.exec(query)?.[1];
        const list = inList
          ? (byRule.byId ?? []).filter((e) => inList.includes(`'${e.workflowId}'`))
          : query.includes('attentionMarkerWorkflow')
            ? byRule.markers
            : query.includes('TemporalReportedProblems')
              ? byRule.problems
              : query.includes('DeadlineBreached = true')
                ? byRule.breached
                : query.includes('NextDeadline <')
                  ? byRule.due
                  : query.includes("WaitingOn = 'creditor'")
                    ? byRule.silent
                    : query.includes('LastProgressAt <')
                      ? byRule.stalled
                      : byRule.all;
        return (async function* () {
          if (list === 'unsupported')
            throw new Error('3 INVALID_ARGUMENT: invalid query: TemporalReportedProblems is not defined');
          yield* list ?? [];
        })();
      },
      getHandle() {
        return { describe: () => Promise.reject(new Error('the finder must not describe workflows')) };
      },
    },
  };
  return { client, queries };
}

const options = {
  namespace: 'schuldhulp',
  temporalUiUrl: 'http://localhost:8233',
  dueWithinWerkdagen: 3,
  creditorWaitingDays: 20,
  progressDays: 30,
  workflowTaskAttempts: 3,
  now: () => NOW,
};

describe('TemporalAttentionFinder', () => {
  it('asks one visibility query per rule, over cases and oplossingen, scoped and on running workflows only', async () => {
    const { client, queries } = fakeClient({});
    await new TemporalAttentionFinder(client, options).find(
      { gemeente: 'GM0599', officerId: 'medewerker-001', phase: 'stabilisatie' },
      TODAY,
    );
    expect(queries).toHaveLength(6);
    // The attention markers: one query, by gemeente (they carry no officer or phase).
    expect(queries.filter((q) => q.includes('attentionMarkerWorkflow'))).toEqual([
      "WorkflowType = 'attentionMarkerWorkflow' AND ExecutionStatus = 'Running' AND Gemeente = 'GM0599'",
    ]);
    for (const q of queries.filter((x) => !x.includes('attentionMarkerWorkflow'))) {
      // A phase before the oplossing: cases only.
      expect(q).toContain("WorkflowType = 'caseWorkflow' AND CasePhase = 'stabilisatie'");
      expect(q).toContain("ExecutionStatus = 'Running'");
      expect(q).toContain("Gemeente = 'GM0599'");
      expect(q).toContain("OfficerId = 'medewerker-001'");
    }
    // 3 werkdagen after Tuesday 1 December: Friday 4 December, so deadlines up to the end of that day.
    expect(queries.find((q) => q.includes('NextDeadline'))).toContain(
      `NextDeadline < '${new Date(deadlineInstant(d('2026-12-04')) + 1000).toISOString()}'`,
    );
    // An oplossing's next instalment is no term: due terms only until the schuldregeling stands.
    expect(queries.find((q) => q.includes('NextDeadline'))).toContain(
      "(WorkflowType = 'caseWorkflow' OR CasePhase IN ('oplossing:voorbereiding', 'oplossing:betaalvoorstel', 'oplossing:borgstelling'))",
    );
    expect(queries.find((q) => q.includes('WaitingOn'))).toContain("StartTime < '2026-11-11T10:00:00.000Z'");
    // No progress for 30 days; a case in its oplossing is judged by the oplossing.
    expect(queries.find((q) => q.includes('LastProgressAt'))).toContain(
      "LastProgressAt < '2026-11-01T10:00:00.000Z' AND (WorkflowType = 'oplossingWorkflow' OR CasePhase != 'oplossing')",
    );
    expect(queries.find((q) => q.includes('TemporalReportedProblems'))).toContain(
      "TemporalReportedProblems IN ('category=WorkflowTaskFailed', 'category=WorkflowTaskTimedOut')",
    );
  });

  it('covers the oplossing workflows with no phase filter and with phase oplossing', async () => {
    const { client, queries } = fakeClient({});
    const finder = new TemporalAttentionFinder(client, options);
    await finder.find({ gemeente: 'GM0599' }, TODAY);
    await finder.find({ officerId: 'medewerker-002', phase: 'oplossing' }, TODAY);
    const rules = queries.filter((q) => !q.includes('attentionMarkerWorkflow'));
    expect(rules).toHaveLength(10);
    for (const q of rules.slice(0, 5)) {
      expect(q).toMatch(
        /^\(WorkflowType = 'caseWorkflow' OR WorkflowType = 'oplossingWorkflow'\) AND Gemeente = 'GM0599' AND /,
      );
    }
    for (const q of rules.slice(5)) {
      expect(q).toMatch(
        /^\(\(WorkflowType = 'caseWorkflow' AND CasePhase = 'oplossing'\) OR WorkflowType = 'oplossingWorkflow'\) AND OfficerId = 'medewerker-002' AND /,
      );
    }
  });

  it('gives each case its reasons, most urgent first, with a Temporal UI link; a failing activity by its marker', async () => {
    const breached = execution('case-GM0599-2026-0001', { breached: true, next: d('2026-11-27') });
    const dueToday = execution('case-GM0599-2026-0002', { next: TODAY });
    const dueLater = execution('case-GM0599-2026-0003', { next: d('2026-12-04') });
    const silent = execution('case-GM0599-2026-0004', {
      waitingOn: 'creditor',
      phase: 'stabilisatie',
      started: '2026-10-01T09:00:00Z',
    });
    const { client } = fakeClient({
      breached: [breached],
      due: [dueToday, dueLater],
      silent: [silent],
      markers: [marker('case-GM0599-2026-0003/creditor/woonstad', 'activiteit-faalt', 'sendLetter')],
      byId: [dueLater],
    });
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
        workflowId: 'case-GM0599-2026-0001',
      },
    ]);
    expect(items[1]!.reasons.map((r) => r.code)).toEqual(['activiteit-faalt', 'termijn-nadert']);
    expect(items[1]!.reasons[0]).toEqual({
      code: 'activiteit-faalt',
      message: 'Activiteit sendLetter bij een schuldeiser faalt (3 pogingen of meer); zie de laatste fout in de Temporal UI.',
      workflowId: 'case-GM0599-2026-0003/creditor/woonstad',
    });
    expect(items[1]!.reasons[1]!.message).toContain('over 3 werkdagen');
    expect(items[2]!.reasons[0]!.message).toMatch(/^Termijn verloopt vandaag/);
    expect(items[3]!.reasons[0]).toMatchObject({ code: 'wacht-lang-op-schuldeiser' });
    expect(items[3]!.reasons[0]!.message).toContain('61 dagen');
    expect(items[0]!.temporalUiUrl).toBe(
      'http://localhost:8233/namespaces/schuldhulp/workflows/case-GM0599-2026-0001',
    );
    expect(items[0]!.workflowId).toBe('case-GM0599-2026-0001');
  });

  it('finds a marked case that no other rule lists, within the filter; skips a marker of a closed or other case', async () => {
    const quiet = execution('case-GM0599-2026-0010', { phase: 'stabilisatie' });
    const { client, queries } = fakeClient({
      markers: [
        marker('case-GM0599-2026-0010', 'activiteit-faalt', 'notify'),
        marker('case-GM0599-2026-0011', 'activiteit-faalt', 'sendLetter'), // closed, or out of the filter
      ],
      byId: [quiet],
    });
    const items = await new TemporalAttentionFinder(client, options).find({ phase: 'stabilisatie' }, TODAY);
    expect(items.map((i) => [i.caseId, i.reasons.map((r) => r.code)])).toEqual([
      ['case-GM0599-2026-0010', ['activiteit-faalt']],
    ]);
    // The cases behind the markers: one query in the filter's scope, the case and its oplossing by id.
    const byId = queries.filter((q) => q.includes('WorkflowId IN'));
    expect(byId).toHaveLength(1);
    expect(byId[0]).toContain("WorkflowType = 'caseWorkflow' AND CasePhase = 'stabilisatie'");
    expect(byId[0]).toContain(
      "WorkflowId IN ('case-GM0599-2026-0010', 'case-GM0599-2026-0010/oplossing', 'case-GM0599-2026-0011', 'case-GM0599-2026-0011/oplossing')",
    );
  });

  it('lists a case through its oplossing: merged per case, the oplossing described and linked', async () => {
    const caseId = 'case-GM0599-2026-0020';
    const oplossingId = `${caseId}/oplossing`;
    // The case itself is quiet in phase oplossing, still carrying an old breach of its own; the oplossing
    // has the schuldregeling term due and a failing payment activity.
    const parent = execution(caseId, { phase: 'oplossing', breached: true, next: d('2026-09-01') });
    const oplossing = execution(oplossingId, { phase: 'oplossing:betaalvoorstel', next: d('2026-12-03') });
    const { client } = fakeClient({
      breached: [parent],
      due: [oplossing],
      markers: [marker(oplossingId, 'activiteit-faalt', 'recordPaymentInstruction')],
      byId: [parent, oplossing],
    });
    const items = await new TemporalAttentionFinder(client, options).find({ phase: 'oplossing' }, TODAY);
    expect(items).toHaveLength(1);
    const [item] = items;
    expect(item).toMatchObject({
      caseId,
      caseReference: 'GM0599-2026-0020',
      phase: 'oplossing',
      oplossingPhase: 'betaalvoorstel',
      nextDeadline: new Date(deadlineInstant(d('2026-12-03'))).toISOString(),
    });
    expect(item!.reasons.map((r) => [r.code, r.workflowId])).toEqual([
      ['termijn-overschreden', caseId],
      ['activiteit-faalt', oplossingId],
      ['termijn-nadert', oplossingId],
    ]);
    expect(item!.reasons[1]!.message).toBe(
      'Activiteit recordPaymentInstruction in de schuldregeling faalt (3 pogingen of meer); zie de laatste fout in de Temporal UI.',
    );
    // The link goes to the workflow of the most urgent reason.
    expect(item!.workflowId).toBe(caseId);

    const { client: onlyOplossing } = fakeClient({ due: [oplossing] });
    const [o] = await new TemporalAttentionFinder(onlyOplossing, options).find({}, TODAY);
    expect(o!.temporalUiUrl).toBe(
      `http://localhost:8233/namespaces/schuldhulp/workflows/${encodeURIComponent(oplossingId)}`,
    );
  });

  it('flags a running case without progress for N days, saying since when', async () => {
    const stalled = execution('case-GM0599-2026-0030', {
      phase: 'stabilisatie',
      progress: '2026-10-15T09:00:00Z',
    });
    const stalledOplossing = execution('case-GM0599-2026-0031/oplossing', {
      phase: 'oplossing:looptijd',
      progress: '2026-10-30T23:30:00Z', // 31 October in Amsterdam
    });
    const { client } = fakeClient({ stalled: [stalled, stalledOplossing] });
    const items = await new TemporalAttentionFinder(client, options).find({}, TODAY);
    expect(items.map((i) => [i.caseId, i.reasons[0]!.code])).toEqual([
      ['case-GM0599-2026-0030', 'geen-voortgang'],
      ['case-GM0599-2026-0031', 'geen-voortgang'],
    ]);
    expect(items[0]!.reasons[0]!.message).toBe(
      'Geen voortgang sinds 15 oktober 2026 (47 dagen): geen actie van de medewerker, geen antwoord van een schuldeiser en geen nieuwe fase.',
    );
    expect(items[1]!.reasons[0]!.message).toMatch(/^Geen voortgang sinds 31 oktober 2026 \(31 dagen\)/);
    // Below a breach or a due term, above a silent creditor.
    const due = execution('case-GM0599-2026-0032', { next: d('2026-12-04') });
    const silent = execution('case-GM0599-2026-0033', {
      waitingOn: 'creditor',
      started: '2026-10-01T09:00:00Z',
    });
    const { client: mixed } = fakeClient({ stalled: [stalled], due: [due], silent: [silent] });
    const order = await new TemporalAttentionFinder(mixed, options).find({}, TODAY);
    expect(order.map((i) => i.reasons[0]!.code)).toEqual([
      'termijn-nadert',
      'geen-voortgang',
      'wacht-lang-op-schuldeiser',
    ]);
  });

  it('finds a failing workflow task by TemporalReportedProblems (Temporal 1.30+), with the cause in Dutch', async () => {
    const broken = execution('case-GM0599-2026-0040', {
      problems: ['category=WorkflowTaskFailed', 'cause=WorkflowTaskFailedCauseNonDeterministicError'],
    });
    const late = execution('case-GM0599-2026-0041', { breached: true, next: d('2026-11-30') });
    const timedOut = execution('case-GM0599-2026-0042/oplossing', {
      phase: 'oplossing:looptijd',
      problems: ['category=WorkflowTaskTimedOut', 'cause=WorkflowTaskTimedOutCauseStartToClose'],
    });
    const { client } = fakeClient({ problems: [broken, timedOut], breached: [late] });
    const items = await new TemporalAttentionFinder(client, options).find({}, TODAY);
    expect(items.map((i) => [i.caseId, i.reasons[0]!.code])).toEqual([
      ['case-GM0599-2026-0041', 'termijn-overschreden'],
      ['case-GM0599-2026-0040', 'workflowtaak-faalt'],
      ['case-GM0599-2026-0042', 'workflowtaak-faalt'],
    ]);
    expect(items[1]!.reasons[0]!.message).toBe(
      'Workflowtaak faalt herhaaldelijk (non-determinisme: de code past niet meer bij de geschiedenis): de zaak staat stil tot dit is opgelost; zie de Temporal UI.',
    );
    expect(items[2]!.reasons[0]!.message).toContain('time-out');
    expect(items[2]!.workflowId).toBe('case-GM0599-2026-0042/oplossing');
  });

  it('finds a stuck workflow task by the worker\'s marker where the server has no TemporalReportedProblems (1.29)', async () => {
    const stalled = execution('case-GM0599-2026-0050', { progress: '2026-10-01T09:00:00Z' });
    const due = execution('case-GM0599-2026-0051', { next: d('2026-12-02') });
    const { client, queries } = fakeClient({
      problems: 'unsupported',
      stalled: [stalled],
      due: [due],
      markers: [marker('case-GM0599-2026-0050', 'workflowtaak-faalt')],
      byId: [stalled],
    });
    const finder = new TemporalAttentionFinder(client, options);
    const items = await finder.find({}, TODAY);
    expect(finder.usesReportedProblems).toBe(false);
    expect(items.map((i) => i.reasons.map((r) => r.code))).toEqual([
      ['workflowtaak-faalt', 'geen-voortgang'],
      ['termijn-nadert'],
    ]);
    expect(items[0]!.reasons[0]!.message).toBe(
      'Workflowtaak in de zaak faalt herhaaldelijk (3 keer of vaker): de zaak staat stil tot de code is hersteld (fout of non-determinisme na een deploy); zie de laatste fout in de Temporal UI.',
    );
    // Within the hour the finder does not ask the server for the attribute again.
    await finder.find({}, TODAY);
    expect(queries.filter((q) => q.includes('TemporalReportedProblems'))).toHaveLength(1);
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
