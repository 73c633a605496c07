import { oplossingIdOf } from '../../workflows/oplossing/input';
import { NoodstopActive, WaitingOn } from '../../workflows/case/search-attributes';
import { CaseDriver } from '../support/case-driver';
import { caseThroughStabilisatie } from '../support/lifecycle';
import { OplossingDriver, OplossingRef } from '../support/oplossing-driver';
import { timeSkippingWorld } from '../support/time-skipping';

/**
 * Issue 12 §4.1: the noodstop must not outlive the agreement. A case with a noodstop (pulled at the aanmelding,
 * extended at toelating: 4 + 8 months, CJIB model) reaches an agreed betalingsregeling; from that day the case
 * status and the NoodstopActive search attribute say the noodstop no longer runs, and why.
 */
const world = timeSkippingWorld((env, h) => ({
  cases: new CaseDriver(env, h, 'AGR'),
  op: new OplossingDriver(env, h, 'AGR'),
}));

it('the agreed schuldregeling ends the noodstop in the status and the search attribute', async () => {
  const c = await caseThroughStabilisatie(world.cases, 2);
  const o = new OplossingRef(world.op, oplossingIdOf(c.caseId), c.caseId);
  await o.until(async () => (await o.status()) ?? false, 'oplossing started');
  const started = await o.officer('oplossing-start', {
    afloscapaciteitPerMonth: 5_000,
    vtlbBasis: 'VTLB 2026',
    form: 'betalingsregeling',
  });
  for (const x of started.creditors.filter((x) => x.stage === 'voorgesteld'))
    await o.act('voorstel-akkoord', { creditorId: x.creditorId });
  const agreed = await c.until(async () => {
    const s = await c.status();
    return s.schuldregelingAgreedOn !== undefined && s;
  }, 'case hears the agreement');
  expect(agreed.noodstop).toMatchObject({
    active: false,
    endedBy: 'schuldregeling',
    endedOn: agreed.schuldregelingAgreedOn,
  });
  const attributes = await c.until(async () => {
    const a = (await c.handle.describe()).typedSearchAttributes;
    return a.get(NoodstopActive) === false && a;
  }, 'NoodstopActive false');
  expect(attributes.get(NoodstopActive)).toBe(false);
  expect(attributes.get(WaitingOn)).toBeDefined();
  expect(await c.actions()).toContain('noodstop beëindigd: schuldregeling tot stand gekomen');
});
