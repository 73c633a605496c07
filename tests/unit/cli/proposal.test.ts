import { main } from '../../../cli/main';
import type { CliIo } from '../../../cli/command';

async function run(stdin: string, ...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { stdout: (t) => out.push(t), stderr: (t) => err.push(t), readStdin: async () => stdin };
  const code = await main(['proposal', ...args], io);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const input = {
  afloscapaciteitPerMonth: 100,
  months: 12,
  claims: [
    { creditorId: 'verhuurder', amount: 1000, preferent: false },
    { creditorId: 'belastingdienst', amount: 1000, preferent: true },
  ],
};

describe('schuldhulp proposal', () => {
  test('--json: 1200 over 1000 concurrent + 1000 preferent → 40% / 80%', async () => {
    const { code, out } = await run(JSON.stringify(input), '--json');
    expect(code).toBe(0);
    expect(JSON.parse(out)).toEqual({
      available: 1200,
      concurrentPercentage: 40,
      preferentPercentage: 80,
      offers: [
        { creditorId: 'verhuurder', amount: 400 },
        { creditorId: 'belastingdienst', amount: 800 },
      ],
    });
  });

  test('--json: no preferent claims → preferentPercentage null; preferent defaults to false', async () => {
    const body = {
      afloscapaciteitPerMonth: 50,
      months: 18,
      claims: [
        { creditorId: 'a', amount: 1800 },
        { creditorId: 'b', amount: 900 },
      ],
    };
    const parsed = JSON.parse((await run(JSON.stringify(body), '--json')).out);
    expect(parsed.preferentPercentage).toBeNull();
    expect(parsed.offers.map((o: { amount: number }) => o.amount)).toEqual([600, 300]);
  });

  test('table in Dutch without --json', async () => {
    const { code, out } = await run(JSON.stringify(input));
    expect(code).toBe(0);
    expect(out).toMatch(/Schuldeiser/);
    expect(out).toContain('€ 12,00'); // available
    expect(out).toContain('€ 8,00'); // belastingdienst offer
    expect(out).toMatch(/preferent/);
    expect(out).toMatch(/40%/);
  });

  test('zero capacity is shown as a nihil-aanbod', async () => {
    const { out } = await run(JSON.stringify({ ...input, afloscapaciteitPerMonth: 0 }));
    expect(out).toMatch(/[Nn]ihil-aanbod/);
  });

  test.each([
    [{ ...input, claims: [input.claims[0], { creditorId: 'x', amount: -5 }] }, 'claims[1].amount'],
    [{ ...input, claims: [{ creditorId: 'x', amount: 10.5 }] }, 'claims[0].amount'],
    [{ ...input, claims: [{ amount: 10 }] }, 'claims[0].creditorId'],
    [{ ...input, months: undefined }, 'months'],
    [{ ...input, afloscapaciteitPerMonth: '100' }, 'afloscapaciteitPerMonth'],
    [{ ...input, afloscapaciteitPerMonth: -1 }, 'afloscapaciteitPerMonth'],
    [{ ...input, claims: 'veel' }, 'claims'],
  ])('bad input %j exits 2 naming %s', async (body, field) => {
    const { code, err, out } = await run(JSON.stringify(body), '--json');
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toContain(field);
  });

  test('invalid JSON and empty stdin exit 2', async () => {
    expect((await run('{ niet json')).code).toBe(2);
    const empty = await run('   ');
    expect(empty.code).toBe(2);
    expect(empty.err).toMatch(/stdin/);
  });

  test('--help', async () => {
    const { code, out } = await run('', '--help');
    expect(code).toBe(0);
    expect(out).toMatch(/afloscapaciteitPerMonth/);
  });
});

test('the overview lists both commands', async () => {
  const out: string[] = [];
  const io: CliIo = { stdout: (t) => out.push(t), stderr: () => undefined, readStdin: async () => '' };
  expect(await main(['--help'], io)).toBe(0);
  expect(out.join('\n')).toMatch(/deadline[\s\S]*proposal/);
});
