import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { CliIo } from '../../../cli/command';
import { main } from '../../../cli/main';
import { awaitBorgstelling, FakeOplossingWorkflows, oplossingOf } from '../../api/oplossing-fakes';

/** `schuldhulp oplossing ...` and `case act` with an oplossing action, over the real OplossingService. */

const workflows = new FakeOplossingWorkflows();
jest.mock('../../../cli/commands/oplossing-service', () => ({
  oplossingCli: async () => ({
    oplossing: workflows.service(),
    borgstellingen: { awaitingDecision: async () => [...workflows.statuses.values()] },
  }),
}));

const CASE = 'case-GM0599-2026-0001';
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'schuldhulp-cli-oplossing-'));

function file(name: string, body: unknown): string {
  const p = path.join(dir, name);
  fs.writeFileSync(p, JSON.stringify(body));
  return p;
}

async function run(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { stdout: (t) => out.push(t), stderr: (t) => err.push(t), readStdin: async () => '' };
  const code = await main(args, io);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

beforeEach(() => {
  workflows.statuses.clear();
  workflows.updates.length = 0;
  workflows.statuses.set(CASE, oplossingOf(CASE, 'GM0599'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('schuldhulp oplossing', () => {
  test('show: the proposal per creditor in Dutch, and --json', async () => {
    const text = await run('oplossing', 'show', CASE);
    expect(text.code).toBe(0);
    expect(text.out).toMatch(/fase betaalvoorstel/);
    expect(text.out).toMatch(/eneco\s+vordering\s+€ 3\.000,00\s+aanbod\s+€ 1\.200,00 \(40,00%\)\s+voorgesteld/);
    const json = await run('oplossing', 'show', CASE, '--json');
    expect(JSON.parse(json.out).creditors).toHaveLength(2);
    const none = await run('oplossing', 'show', 'case-GM0599-2026-0099');
    expect(none.code).toBe(1);
    expect(none.err).toMatch(/geen schuldregeling/);
  });

  test('act as officer: the officer from --officer, the body from --file, --json status', async () => {
    workflows.statuses.get(CASE)!.phase = 'voorbereiding';
    const body = file('start.json', {
      afloscapaciteitPerMonth: 15000,
      vtlbBasis: 'VTLB',
      form: 'betalingsregeling',
    });
    const res = await run(
      'oplossing',
      'act',
      CASE,
      'oplossing-start',
      '--officer',
      'medewerker-001',
      '--file',
      body,
      '--json',
    );
    expect(res.code).toBe(0);
    expect(JSON.parse(res.out).phase).toBe('betaalvoorstel');
    expect(workflows.updates[0]).toMatchObject({
      name: 'oplossing-start',
      input: { officerId: 'medewerker-001', form: 'betalingsregeling' },
    });
  });

  test('bad input exits 2 naming the field; a missing actor exits 2; a refusal exits 1 with the reason', async () => {
    const bad = file('bad.json', { date: '2026-12-01', amount: -5 });
    const invalid = await run(
      'oplossing',
      'act',
      CASE,
      'betaling',
      '--officer',
      'medewerker-001',
      '--file',
      bad,
    );
    expect(invalid.code).toBe(2);
    expect(invalid.err).toMatch(/amount/);
    const noOfficer = await run('oplossing', 'act', CASE, 'betaling', '--file', bad);
    expect(noOfficer.code).toBe(2);
    expect(noOfficer.err).toMatch(/--officer ontbreekt/);
    const noCreditor = await run('oplossing', 'act', CASE, 'voorstel-akkoord');
    expect(noCreditor.code).toBe(2);
    expect(noCreditor.err).toMatch(/--creditor ontbreekt/);
    const unknown = await run('oplossing', 'act', CASE, 'wegwezen', '--officer', 'x');
    expect(unknown.code).toBe(2);
    workflows.rejectNext = 'Niet mogelijk in fase betaalvoorstel; deze actie hoort bij fase looptijd.';
    const ok = file('ok.json', { date: '2026-12-01', amount: 500 });
    const refused = await run(
      'oplossing',
      'act',
      CASE,
      'betaling',
      '--officer',
      'medewerker-001',
      '--file',
      ok,
    );
    expect(refused.code).toBe(1);
    expect(refused.err).toMatch(/Geweigerd: Niet mogelijk in fase betaalvoorstel/);
    expect(workflows.updates).toHaveLength(1);
  });

  test('case act accepts oplossing actions too: a paper afwijzing for a creditor', async () => {
    const body = file('afwijzing.json', { reason: 'Percentage te laag' });
    const res = await run('case', 'act', CASE, 'voorstel-afwijzing', '--creditor', 'eneco', '--file', body);
    expect(res.code).toBe(0);
    expect(res.out).toMatch(/Vastgelegd: voorstel-afwijzing/);
    expect(workflows.updates[0]).toMatchObject({
      name: 'voorstel-afwijzing',
      input: { creditorId: 'eneco', reason: 'Percentage te laag' },
    });
    const missing = await run('case', 'act', CASE, 'voorstel-afwijzing', '--creditor', 'eneco');
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/reason/);
  });

  test('borgstellingen: the requests waiting for the fund; the fund decides with act', async () => {
    awaitBorgstelling(workflows.statuses.get(CASE)!);
    const list = await run('oplossing', 'borgstellingen');
    expect(list.out).toMatch(/case-GM0599-2026-0001\s+lening\s+€ 6\.400,00\s+premie\s+€ 64,00/);
    const json = JSON.parse((await run('oplossing', 'borgstellingen', '--json')).out);
    expect(json.items[0]).toMatchObject({ caseId: CASE, loanCents: 640_000 });
    const besluit = file('besluit.json', { by: 'WF-2026-1', granted: true });
    const res = await run('oplossing', 'act', CASE, 'borgstelling-besluit', '--file', besluit);
    expect(res.code).toBe(0);
    expect(workflows.updates[0]!.input).toMatchObject({
      by: 'WF-2026-1',
      granted: true,
      date: expect.any(String),
    });
    expect((await run('oplossing', 'borgstellingen')).out).toMatch(/Geen aanvragen/);
  });
});
