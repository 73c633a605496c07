import { AttentionSnapshots } from '../../../services/supervisor/attention-snapshots';
import type { AttentionFilter, AttentionItem } from '../../../services/supervisor/attention-types';
import type { CivilDate } from '../../../domain/civil-date';

/**
 * The supervisor's list at scale: a slow list is served from its snapshot and rebuilt behind it; a fast one is
 * always read anew. The finder is a fake whose reads take as long as the test says (a clock of its own).
 */

const today = '2026-03-16' as CivilDate;

function item(caseId: string): AttentionItem {
  return {
    caseId,
    caseReference: caseId,
    reasons: [{ code: 'termijn-overschreden', message: 'Termijn overschreden.' }],
    urgency: 1000,
    workflowId: caseId,
    temporalUiUrl: `http://ui/${caseId}`,
  };
}

function setUp(readMs: number) {
  let wallMs = Date.parse('2026-03-16T09:00:00Z');
  let monotonic = 0;
  let current = ['case-1'];
  const calls: AttentionFilter[] = [];
  const pending: (() => void)[] = [];
  let holdReads = false;
  let failing = false;
  const finder = {
    find: async (filter: AttentionFilter) => {
      calls.push(filter);
      if (failing) throw new Error('visibility down');
      const shown = current.map(item);
      if (holdReads) await new Promise<void>((resolve) => pending.push(resolve));
      monotonic += readMs;
      return shown;
    },
  };
  const errors: unknown[] = [];
  const snapshots = new AttentionSnapshots(finder, {
    now: () => new Date(wallMs),
    monotonicMs: () => monotonic,
  });
  return {
    snapshots,
    calls,
    errors,
    later: (ms: number) => void (wallMs += ms),
    cases: (ids: string[]) => void (current = ids),
    hold: () => void (holdReads = true),
    failReads: (on: boolean) => void (failing = on),
    release: () => {
      holdReads = false;
      pending.splice(0).forEach((r) => r());
    },
    ids: async (filter: AttentionFilter = {}) =>
      (await snapshots.list(filter, today, (e) => errors.push(e))).items.map((i) => i.caseId),
  };
}

const flush = () => new Promise((r) => setImmediate(r));

describe('the attention list at scale (snapshots)', () => {
  it('reads a fast list anew on every request: a new breach shows at once', async () => {
    const s = setUp(50);
    expect(await s.ids()).toEqual(['case-1']);
    s.cases(['case-1', 'case-2']);
    expect(await s.ids()).toEqual(['case-1', 'case-2']);
    expect(s.calls).toHaveLength(2);
  });

  it('serves a slow list from its snapshot within 5 s, with the time its reads began', async () => {
    const s = setUp(2_000);
    const first = await s.snapshots.list({}, today);
    expect(first.asOf).toBe('2026-03-16T09:00:00.000Z');
    s.cases(['case-1', 'case-2']);
    s.later(4_000);
    expect(await s.ids()).toEqual(['case-1']);
    expect(s.calls).toHaveLength(1);
  });

  it('after 5 s answers from the snapshot and rebuilds behind it, once for many requests', async () => {
    const s = setUp(2_000);
    await s.ids();
    s.cases(['case-1', 'case-2']);
    s.later(6_000);
    s.hold();
    expect(await Promise.all([s.ids(), s.ids(), s.ids()])).toEqual([['case-1'], ['case-1'], ['case-1']]);
    expect(s.calls).toHaveLength(2);
    s.release();
    await flush();
    const next = await s.snapshots.list({}, today);
    expect(next.items.map((i) => i.caseId)).toEqual(['case-1', 'case-2']);
    expect(next.asOf).toBe('2026-03-16T09:00:06.000Z');
  });

  it('waits for a fresh list once the snapshot is a minute old', async () => {
    const s = setUp(2_000);
    await s.ids();
    s.cases(['case-3']);
    s.later(60_000);
    expect(await s.ids()).toEqual(['case-3']);
  });

  it('keeps one snapshot per filter: another officer or gemeente is read on its own', async () => {
    const s = setUp(2_000);
    await s.ids({ officerId: 'medewerker-001' });
    s.cases(['case-9']);
    expect(await s.ids({ officerId: 'medewerker-002' })).toEqual(['case-9']);
    expect(await s.ids({ officerId: 'medewerker-001' })).toEqual(['case-1']);
    expect(s.calls.map((c) => c.officerId)).toEqual(['medewerker-001', 'medewerker-002']);
  });

  it('keeps serving the snapshot when a rebuild fails, reports the failure and tries again', async () => {
    const s = setUp(2_000);
    await s.ids();
    s.failReads(true);
    s.later(6_000);
    expect(await s.ids()).toEqual(['case-1']);
    await flush();
    expect(String(s.errors[0])).toContain('visibility down');
    s.failReads(false);
    s.cases(['case-1', 'case-2']);
    expect(await s.ids()).toEqual(['case-1']); // the retry starts behind this answer
    await flush();
    expect(await s.ids()).toEqual(['case-1', 'case-2']);
    expect(s.calls).toHaveLength(3);
  });
});
