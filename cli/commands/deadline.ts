import { parseArgs } from 'node:util';
import { dutchWeekday, formatDutchDate, isCivilDate, type CivilDate } from '../../domain/civil-date';
import { termDeadline, type TermLength } from '../../domain/calendar';
import {
  beschikkingDeadline,
  creditorAnswerDeadline,
  eersteGesprekCrisisDeadline,
  eersteGesprekDeadline,
  isCrisisSituation,
  CRISIS_SITUATIONS,
  kennisgevingPauseEnd,
  looptijdEnd,
  moratoriumEnd,
  noodstopEnd,
  schuldregelingDeadline,
} from '../../domain/terms';
import { UsageError, type CliCommand } from '../command';

const KINDS = [
  'eerste-gesprek',
  'beschikking',
  'creditor-answer',
  'kennisgeving-pause',
  'noodstop',
  'schuldregeling',
  'moratorium',
  'looptijd',
] as const;
type Kind = (typeof KINDS)[number];

/** Options each named term accepts besides --from and --json. */
const KIND_OPTIONS: Record<Kind, readonly string[]> = {
  'eerste-gesprek': ['crisis', 'situation'],
  beschikking: ['weeks'],
  'creditor-answer': ['werkdagen'],
  'kennisgeving-pause': ['months'],
  noodstop: ['help-started'],
  schuldregeling: ['days'],
  moratorium: ['months'],
  looptijd: ['months'],
};

const usage = `Gebruik:
  schuldhulp deadline <termijn> --from JJJJ-MM-DD [opties] [--json]
  schuldhulp deadline --from JJJJ-MM-DD (--weeks N | --werkdagen N | --days N | --months N) [--no-atw] [--json]

Berekent de uiterste datum van een termijn. De termijn begint de dag na --from; de uiterste datum
geldt tot het einde van die dag (Europe/Amsterdam).

Termijnen:
  eerste-gesprek      4 weken (Wgs art. 4 lid 1), Algemene termijnenwet toegepast
                        --crisis            bedreigende situatie: 3 werkdagen (Wgs art. 4 lid 2)
                        --situation NAAM    welke: ${CRISIS_SITUATIONS.join(', ')}
  beschikking         8 weken na het eerste gesprek (Wgs art. 4a)
                        --weeks N           kortere termijn uit de verordening (1–8)
  creditor-answer     10 werkdagen (Schuldenknooppunt)          --werkdagen N
  kennisgeving-pause  4 of 8 maanden (NVVK-convenant)           --months 4|8 (standaard 4)
  noodstop            4 maanden, +8 zodra de hulp start          --help-started JJJJ-MM-DD
  schuldregeling      120 dagen (NVVK)                           --days N
  moratorium          ten hoogste 6 maanden (Wgs art. 5)         --months N (1–6, standaard 6)
  looptijd            18 maanden (NVVK)                          --months N

Vrije termijn (een wettelijke termijn; de Algemene termijnenwet wordt toegepast, behalve bij
termijnen langer dan 12 weken, 90 dagen of 3 maanden, Atw art. 4):
  --weeks N | --werkdagen N | --days N | --months N
  --no-atw            geen wettelijke termijn (praktijknorm): gewone kalenderrekening

  --json              uitvoer als JSON: {"kind","from","deadline","source"}

Voorbeeld:
  schuldhulp deadline eerste-gesprek --from 2026-12-23 --crisis --json`;

function parse(args: string[]) {
  try {
    return parseArgs({
      args,
      allowPositionals: true,
      strict: true,
      options: {
        from: { type: 'string' },
        crisis: { type: 'boolean' },
        situation: { type: 'string' },
        weeks: { type: 'string' },
        werkdagen: { type: 'string' },
        days: { type: 'string' },
        months: { type: 'string' },
        'help-started': { type: 'string' },
        'no-atw': { type: 'boolean' },
        json: { type: 'boolean' },
      },
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

function dateOption(value: string | undefined, name: string): CivilDate {
  if (value === undefined) throw new UsageError(`--${name} ontbreekt (JJJJ-MM-DD)`);
  if (!isCivilDate(value))
    throw new UsageError(`--${name}: ${JSON.stringify(value)} is geen geldige datum (JJJJ-MM-DD)`);
  return value;
}

function countOption(value: string, name: string, min: number, max: number): number {
  if (!/^\d+$/.test(value)) throw new UsageError(`--${name}: ${JSON.stringify(value)} is geen geheel getal`);
  const count = Number(value);
  if (count < min || count > max)
    throw new UsageError(`--${name} moet tussen ${min} en ${max} liggen, niet ${count}`);
  return count;
}

interface Output {
  kind: string;
  from: CivilDate;
  deadline: CivilDate;
  source: string;
}

type Values = ReturnType<typeof parse>['values'];

function named(kind: Kind, values: Values, from: CivilDate): Output {
  const allowed = KIND_OPTIONS[kind];
  for (const option of [
    'crisis',
    'situation',
    'weeks',
    'werkdagen',
    'days',
    'months',
    'help-started',
    'no-atw',
  ]) {
    if (values[option as keyof Values] !== undefined && !allowed.includes(option)) {
      throw new UsageError(`--${option} hoort niet bij de termijn ${kind}`);
    }
  }
  switch (kind) {
    case 'eerste-gesprek': {
      if (values.situation !== undefined) {
        if (!isCrisisSituation(values.situation)) {
          throw new UsageError(
            `--situation: ${JSON.stringify(values.situation)} is geen bedreigende situatie uit Wgs art. 4 lid 2 (${CRISIS_SITUATIONS.join(', ')}); andere urgente redenen verkorten de termijn niet`,
          );
        }
        return eersteGesprekDeadline(from, values.situation);
      }
      return values.crisis ? eersteGesprekCrisisDeadline(from) : eersteGesprekDeadline(from);
    }
    case 'beschikking':
      return beschikkingDeadline(
        from,
        values.weeks === undefined ? undefined : countOption(values.weeks, 'weeks', 1, 8),
      );
    case 'creditor-answer':
      return creditorAnswerDeadline(
        from,
        values.werkdagen === undefined ? undefined : countOption(values.werkdagen, 'werkdagen', 1, 60),
      );
    case 'kennisgeving-pause': {
      const months = values.months === undefined ? 4 : countOption(values.months, 'months', 4, 8);
      if (months !== 4 && months !== 8)
        throw new UsageError(`--months moet 4 of 8 zijn (convenant), niet ${months}`);
      return kennisgevingPauseEnd(from, months);
    }
    case 'noodstop':
      return noodstopEnd(
        from,
        values['help-started'] === undefined ? null : dateOption(values['help-started'], 'help-started'),
      );
    case 'schuldregeling':
      return schuldregelingDeadline(
        from,
        values.days === undefined ? undefined : countOption(values.days, 'days', 1, 365),
      );
    case 'moratorium':
      return moratoriumEnd(
        from,
        values.months === undefined ? undefined : countOption(values.months, 'months', 1, 6),
      );
    case 'looptijd':
      return looptijdEnd(
        from,
        values.months === undefined ? undefined : countOption(values.months, 'months', 1, 60),
      );
  }
}

const UNITS = ['weeks', 'werkdagen', 'days', 'months'] as const;

function generic(values: Values, from: CivilDate): Output {
  const given = UNITS.filter((unit) => values[unit] !== undefined);
  if (given.length !== 1) {
    throw new UsageError(
      'geef een termijnsoort (bijv. eerste-gesprek) of precies één van --weeks, --werkdagen, --days, --months',
    );
  }
  for (const option of ['crisis', 'situation', 'help-started'] as const) {
    if (values[option] !== undefined)
      throw new UsageError(`--${option} hoort alleen bij een benoemde termijn`);
  }
  const unit = given[0] as (typeof UNITS)[number];
  const length: TermLength = { unit, count: countOption(values[unit] as string, unit, 0, 10_000) };
  const statutory = !values['no-atw'];
  const result = termDeadline(from, length, statutory);
  const source = result.atw
    ? 'Algemene termijnenwet art. 1 en 2'
    : statutory
      ? 'Algemene termijnenwet niet van toepassing (art. 4: langer dan 12 weken, 90 dagen of 3 maanden)'
      : 'geen wettelijke termijn: kalenderrekening zonder Algemene termijnenwet';
  return { kind: unit, from, deadline: result.deadline, source };
}

function describe(output: Output): string {
  const day = (date: CivilDate) => `${date} (${dutchWeekday(date)} ${formatDutchDate(date)})`;
  return [
    `Termijn:   ${output.kind}`,
    `Vanaf:     ${day(output.from)}; de termijn begint de dag erna`,
    `Uiterlijk: ${day(output.deadline)}, tot het einde van de dag`,
    `Bron:      ${output.source}`,
  ].join('\n');
}

export const deadlineCommand: CliCommand = {
  name: 'deadline',
  summary: 'uiterste datum van een termijn (Algemene termijnenwet, Wgs, NVVK)',
  usage,
  async run(args, io) {
    const { values, positionals } = parse(args);
    if (positionals.length > 1) throw new UsageError(`te veel argumenten: ${positionals.join(' ')}`);
    const kind = positionals[0];
    if (kind !== undefined && !(KINDS as readonly string[]).includes(kind)) {
      throw new UsageError(`onbekende termijn ${JSON.stringify(kind)}; kies uit ${KINDS.join(', ')}`);
    }
    const from = dateOption(values.from, 'from');
    let output: Output;
    try {
      output = kind === undefined ? generic(values, from) : named(kind as Kind, values, from);
    } catch (error) {
      // Domain range checks (e.g. a date beyond 9999) are bad input too.
      if (error instanceof RangeError) throw new UsageError(error.message);
      throw error;
    }
    const { kind: k, from: f, deadline, source } = output;
    io.stdout(values.json ? JSON.stringify({ kind: k, from: f, deadline, source }) : describe(output));
    return 0;
  },
};
