import { oplossingIdOf } from '../../workflows/oplossing/input';
import { oplossingActionUpdates, oplossingStatusQuery } from '../../workflows/oplossing/messages';
import { caseWorld, DAY } from '../support/case-driver';
import { caseAndTrackRuns, caseThroughStabilisatie } from '../support/lifecycle';

/**
 * A case with 10 creditors from aanmelding to the end of stabilisatie: the case continues as new at each stage,
 * carrying its state, and no run's history grows long.
 */

const world = caseWorld('LIFE');

it('10 creditors through stabilisatie: three bounded case runs, state carried across continue-as-new', async () => {
  const c = await caseThroughStabilisatie(world.cases, 10);
  const status = await c.status();
  expect(status.phase).toBe('oplossing');
  expect(status.creditors).toHaveLength(10);
  expect(status.noodstop).toMatchObject({ active: true, extended: true });
  // Carried across runs: the letters of every stage and the whole timeline.
  const kinds = new Set(status.letters.map((l) => l.kind));
  for (const kind of [
    'uitnodiging-eerste-gesprek',
    'noodstop',
    'beschikking-toelating',
    'verlenging-noodstop',
    'kennisgeving',
    'saldoverzoek',
    'herinnering-saldoverzoek',
  ]) {
    expect(kinds).toContain(kind);
  }
  const actions = await c.actions();
  expect(actions[0]).toBe('aanmelding');
  expect(actions).toEqual(
    expect.arrayContaining(['zaak voortgezet (run 2)', 'zaak voortgezet (run 3)', 'stabilisatie afgerond']),
  );

  const ids = status.creditors.map((x) => x.creditorId);
  const { caseRuns, trackRuns } = await caseAndTrackRuns(world.env, c, ids);
  const lengths = caseRuns.map((r) => r.history.events!.length);
  const trackLengths = trackRuns.map((r) => r.history.events!.length);
  expect(caseRuns).toHaveLength(3); // aanmelding+beschikking, stabilisatie, oplossing
  expect(Math.max(...lengths)).toBeLessThan(2000);
  expect(Math.max(...trackLengths)).toBeLessThan(1000);
  const total = lengths.reduce((a, b) => a + b, 0) + trackLengths.reduce((a, b) => a + b, 0);
  console.log(
    `events up to the end of stabilisatie, 10 creditors: case runs ${lengths.join(' + ')}, ` +
      `tracks ${Math.min(...trackLengths)}–${Math.max(...trackLengths)} each, ${total} in all`,
  );

  // The case handed over to the oplossing: one child workflow with the creditors and claims of stabilisatie.
  const oplossing = world.env.client.workflow.getHandle(oplossingIdOf(c.caseId));
  const plan = await c.until(
    async () => (await oplossing.query(oplossingStatusQuery)) ?? false,
    'oplossing started',
  );
  expect(plan).toBeDefined();
  expect(await c.actions()).toContain('oplossing gestart');
  // When no minnelijke regeling is possible the oplossing ends with a Wsnp-verklaring, and the case closes with it.
  const officerId = 'medewerker-001';
  await oplossing.executeUpdate(oplossingActionUpdates['oplossing-start'], {
    args: [
      {
        officerId,
        afloscapaciteitPerMonth: 5_000,
        vtlbBasis: 'VTLB 2026',
        form: 'betalingsregeling',
        waarborgfonds: true,
      },
    ],
  });
  const date = await world.cases.today();
  await oplossing.executeUpdate(oplossingActionUpdates['wsnp-verklaring'], {
    args: [{ officerId, date, reason: 'Schuldeisers weigeren; verzoek toelating Wsnp' }],
  });
  // Poll (letting test time pass) rather than await result(): the latter hung here on the time-skipping server.
  const closed = await c.until(async () => {
    const s = await c.status();
    return s.phase === 'afgesloten' && s;
  }, 'case closed by the oplossing');
  expect(closed.closedReason).toBe('wsnp');
  expect(await c.actions()).toContain('oplossing beëindigd: wsnp');

  // Every creditor's track closes with the case, and nothing is left holding the test server's clock: three
  // months pass at once (a leaked time-skipping lock would make this sleep last three real months).
  const before = await world.env.currentTimeMs();
  await world.env.sleep(90 * DAY);
  expect(await world.env.currentTimeMs()).toBeGreaterThanOrEqual(before + 90 * DAY);
  const tracks = await Promise.all(ids.map((id) => c.track(id)));
  expect(tracks.map((t) => t.phase)).toEqual(ids.map(() => 'gesloten'));
  // Histories for the replay test are written by `npx tsx tests/histories/record.ts` (same scenario).
});
