/**
 * `schuldhulp borgstelling check --json`: the waarborgfonds's acceptance scenarios through the CLI
 * (sbnnl/documentatie, docs/100_producten/100_borgstelling/borgstelling-aanvragen.feature, category 100:
 * premie 1%, accepteren vanaf € 0, maatwerk vanaf € 5.000, afwijzen vanaf € 10.000).
 */
import { main } from '../../../cli/main';
import type { CliIo } from '../../../cli/command';

async function run(stdin: string, ...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { stdout: (t) => out.push(t), stderr: (t) => err.push(t), readStdin: async () => stdin };
  const code = await main(['borgstelling', ...args], io);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const categorie = {
  accepterenVanafCents: 0,
  maatwerkVanafCents: 500_000,
  afwijzenVanafCents: 1_000_000,
  premieBasisPoints: 100,
};
const body = (brutoKredietsomCents: number, extra: object = {}) =>
  JSON.stringify({
    brutoKredietsomCents,
    looptijdMaanden: 36,
    gemeenteAangesloten: true,
    categorie,
    ...extra,
  });

describe('schuldhulp borgstelling check --json', () => {
  test('€ 4.999,99 for 36 months: geaccepteerd with a premium of € 49,99 ("Standaard aanvraag borgstelling aanvragen")', async () => {
    const { code, out } = await run(body(499_999), 'check', '--json');
    expect(code).toBe(0);
    const parsed = JSON.parse(out);
    expect(parsed).toEqual({ uitkomst: 'geaccepteerd', premieCents: 4_999, reden: expect.any(String) });
    expect(parsed.reden).toMatch(/automatisch/);
  });

  test('€ 9.000: maatwerk, premium € 90,00 if the fund grants it (5.000 ≤ 9.000 < 10.000)', async () => {
    const parsed = JSON.parse((await run(body(900_000), 'check', '--json')).out);
    expect(parsed).toMatchObject({ uitkomst: 'maatwerk', premieCents: 9_000 });
    expect(parsed.reden).toContain('maatwerk');
  });

  test('€ 12.000: afgewezen at once, no premium (12.000 ≥ afwijzen vanaf 10.000)', async () => {
    const parsed = JSON.parse((await run(body(1_200_000), 'check', '--json')).out);
    expect(parsed).toMatchObject({ uitkomst: 'afgewezen', premieCents: 0 });
    expect(parsed.reden).toContain('€ 10.000,00');
  });

  test("gemeente not on the kredietbank's list: maatwerk (accepteer-automatisch.feature, row 1)", async () => {
    const parsed = JSON.parse(
      (await run(body(499_999, { gemeenteAangesloten: false }), 'check', '--json')).out,
    );
    expect(parsed.uitkomst).toBe('maatwerk');
    expect(parsed.reden).toContain('niet op de lijst van de kredietbank');
  });

  test('a refused pro-forma of € 5.000 binds a € 5.249 request (accepteer-automatisch.feature, pro-forma row 4)', async () => {
    const proForma = { brutoKredietsomCents: 500_000, looptijdMaanden: 36, uitkomst: 'afgewezen' };
    const parsed = JSON.parse((await run(body(524_900, { proForma }), 'check', '--json')).out);
    expect(parsed).toMatchObject({ uitkomst: 'afgewezen', premieCents: 0 });
    expect(parsed.reden).toContain('pro-forma');
  });

  test('without --json: one Dutch line with outcome and premium', async () => {
    const { code, out } = await run(body(499_999), 'check');
    expect(code).toBe(0);
    expect(out).toContain('geaccepteerd');
    expect(out).toContain('€ 49,99');
  });

  test.each([
    [{ looptijdMaanden: 0 }, 'looptijdMaanden'],
    [{ brutoKredietsomCents: 4999.99 }, 'brutoKredietsomCents'],
    [{ gemeenteAangesloten: 'ja' }, 'gemeenteAangesloten'],
    [{ categorie: { ...categorie, premieBasisPoints: undefined } }, 'categorie.premieBasisPoints'],
    [{ categorie: { ...categorie, maatwerkVanafCents: -1 } }, 'categorie.maatwerkVanafCents'],
    [
      { proForma: { brutoKredietsomCents: 500_000, looptijdMaanden: 36, uitkomst: 'ok' } },
      'proForma.uitkomst',
    ],
    [{ extra: 1 }, 'extra'],
  ])('bad input %j exits 2 naming %s', async (change, field) => {
    const { code, out, err } = await run(
      JSON.stringify({ ...JSON.parse(body(499_999)), ...change }),
      'check',
      '--json',
    );
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toContain(field);
  });

  test('empty stdin, invalid JSON and a missing subcommand exit 2', async () => {
    expect((await run('', 'check', '--json')).code).toBe(2);
    expect((await run('{', 'check', '--json')).code).toBe(2);
    expect((await run(body(1), '--json')).code).toBe(2);
  });
});
