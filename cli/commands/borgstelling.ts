import { assessBorgstelling, borgstellingRequestSchema } from '../../domain/borgstelling';
import { formatEuro } from '../../domain/money';
import { UsageError, type CliCommand } from '../command';
import { readJsonStdinCommand } from './json-stdin';

const usage = `Gebruik:
  schuldhulp borgstelling check [--json] < aanvraag.json

Vraagt vooraf wat het Waarborgfonds Saneringskredieten met een aanvraag borgstelling doet, volgens de
regels van het fonds (github.com/sbnnl/documentatie): geaccepteerd, maatwerk (het fonds beslist zelf)
of afgewezen, met de premie die de kredietbank betaalt als de borgstelling wordt afgegeven. Bedragen in centen.

Invoer (stdin), één aanvraag:
  {"brutoKredietsomCents": 499999, "looptijdMaanden": 36, "gemeenteAangesloten": true,
   "categorie": {"accepterenVanafCents": 0, "maatwerkVanafCents": 500000,
                 "afwijzenVanafCents": 1000000, "premieBasisPoints": 100},
   "proForma": {"brutoKredietsomCents": 500000, "looptijdMaanden": 36, "uitkomst": "geaccepteerd"}}
  (proForma is optioneel; "gebruikt": true als de pro-forma al eens is gebruikt)

Uitvoer met --json:
  {"uitkomst": "geaccepteerd" | "maatwerk" | "afgewezen", "premieCents": centen, "reden": "..."}
Zonder --json: dezelfde uitkomst in een zin.`;

async function check(args: string[], io: Parameters<CliCommand['run']>[1]): Promise<number> {
  const { json, input } = await readJsonStdinCommand(
    args,
    io,
    borgstellingRequestSchema,
    'brutoKredietsomCents, looptijdMaanden, gemeenteAangesloten en categorie',
  );
  const result = assessBorgstelling(input);
  if (json) {
    io.stdout(
      JSON.stringify({ uitkomst: result.outcome, premieCents: result.premiumCents, reden: result.reason }),
    );
  } else {
    const premie =
      result.outcome === 'afgewezen'
        ? 'geen premie'
        : `premie ${formatEuro(result.premiumCents)} bij afgifte`;
    io.stdout(`Uitkomst: ${result.outcome} (${premie})\n${result.reason}`);
  }
  return 0;
}

export const borgstellingCommand: CliCommand = {
  name: 'borgstelling',
  summary: 'borgstelling check: wat het waarborgfonds met een aanvraag doet, en de premie (JSON op stdin)',
  usage,
  async run(args, io) {
    const [sub, ...rest] = args;
    if (sub !== 'check')
      throw new UsageError(
        sub ? `onbekend subcommando: ${sub} (alleen: check)` : 'subcommando ontbreekt (check)',
      );
    return check(rest, io);
  },
};
