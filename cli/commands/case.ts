import * as fs from 'node:fs';
import { parseArgs } from 'node:util';
import { aanmeldingSchema, describeFieldErrors, parseRecord } from '../../domain/records';
import { loadConfig } from '../../platform/config';
import { resolveKeyRing } from '../../platform/encryption/dev-key';
import { createClient } from '../../platform/temporal';
import { CaseService } from '../../services/cases';
import { ActionRejectedError, CaseNotFoundError, InvalidInputError } from '../../services/errors';
import { CASE_ACTIONS, type CaseAction } from '../../workflows/case/actions';
import { deadlineDayOf } from '../../services/supervisor/attention';
import { TemporalCaseDirectory, type VisibilityClient } from '../../api/visibility';
import { UsageError, type CliCommand, type CliIo } from '../command';
import { parseActArgs, readActInput } from './act-args';
import { describeOplossing, isOplossingAction, oplossingAct } from './oplossing';
import { oplossingCli } from './oplossing-service';

const usage = `Gebruik:
  schuldhulp case start --file aanmelding.json --number ZAAKNUMMER [--json]
  schuldhulp case show <zaak-id> [--json]
  schuldhulp case list [--phase FASE] [--breached] [--officer ID] [--gemeente GM0599] [--limit N] [--json]
  schuldhulp case act <zaak-id> <actie> --officer ID [--file invoer.json] [--json]

  start   Start een zaak vanuit een aanmelding (JSON, zie examples/aanmelding.json). Dezelfde gemeente
          en hetzelfde zaaknummer starten nooit een tweede zaak: de lopende zaak wordt teruggegeven.
  show    Toont fase, termijnen met hun wettelijke bron en waar de zaak op wacht.
  list    Zaken uit de zoekattributen (geen zaak wordt daarvoor geopend), vroegste termijn eerst.
  act     Een handeling van een medewerker, met de invoer als JSON (zie de OpenAPI van de API).
          Acties: ${CASE_ACTIONS.join(', ')}.
          Handelingen in de schuldregeling ook hier (zie schuldhulp oplossing --help).
          Ongeldige invoer: exit 2 met de velden; geweigerd door de zaak: exit 1 met de reden.

Verbindt met Temporal volgens de omgeving (TEMPORAL_ADDRESS, TEMPORAL_NAMESPACE, ...).`;

const CASE_NUMBER = /^[A-Za-z0-9][A-Za-z0-9-]{0,39}$/;

export async function caseService(): Promise<CaseService> {
  const config = loadConfig();
  const client = await createClient(
    config,
    resolveKeyRing(config, () => undefined),
  );
  return new CaseService(client, config.temporal.taskQueue);
}

const PHASES = ['aanmelding', 'beschikking', 'stabilisatie', 'oplossing', 'afgesloten'] as const;

async function list(args: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      phase: { type: 'string' },
      limit: { type: 'string' },
      breached: { type: 'boolean' },
      officer: { type: 'string' },
      gemeente: { type: 'string' },
      json: { type: 'boolean' },
    },
    strict: true,
  });
  if (values.phase && !(PHASES as readonly string[]).includes(values.phase)) {
    throw new UsageError(`--phase moet een van ${PHASES.join(', ')} zijn`);
  }
  const limit = Number(values.limit ?? 100);
  if (!Number.isInteger(limit) || limit < 1 || limit > 1000)
    throw new UsageError('--limit moet een geheel getal van 1 tot 1000 zijn');
  const service = await caseService();
  const cases = await new TemporalCaseDirectory(service.client as unknown as VisibilityClient).list({
    phase: values.phase as (typeof PHASES)[number] | undefined,
    breached: values.breached ? true : undefined,
    officerId: values.officer,
    gemeente: values.gemeente,
    limit,
  });
  if (values.json) {
    io.stdout(JSON.stringify(cases, null, 2));
    return 0;
  }
  io.stdout(
    cases.length
      ? cases
          .map(
            (c) =>
              `${c.caseId.padEnd(28)} ${String(c.phase ?? '').padEnd(13)} termijn ${c.nextDeadline ? deadlineDayOf(c.nextDeadline) : '-'.padEnd(10)}` +
              `${c.deadlineBreached ? '  OVERSCHREDEN' : ''}  wacht op ${c.waitingOn ?? '-'}  ${c.officerId ?? ''}`,
          )
          .join('\n')
      : 'Geen zaken gevonden.',
  );
  return 0;
}

async function act(args: string[], io: CliIo): Promise<number> {
  const { values, caseId, action } = parseActArgs(args);
  if (!caseId) throw new UsageError('zaak-id ontbreekt');
  if (isOplossingAction(action)) return oplossingAct(args, io);
  if (!action || !(CASE_ACTIONS as string[]).includes(action)) {
    throw new UsageError(`actie ontbreekt of is onbekend; kies uit ${CASE_ACTIONS.join(', ')}`);
  }
  if (values.creditor) throw new UsageError(`--creditor hoort niet bij ${action}`);
  if (!values.officer) throw new UsageError('--officer ontbreekt: wie deze handeling verricht');
  const body = readActInput(values.file);
  try {
    const status = await (await caseService()).act(caseId, action as CaseAction, values.officer, body);
    io.stdout(
      values.json
        ? JSON.stringify(status, null, 2)
        : `Vastgelegd: ${action} — zaak ${caseId} is nu in fase ${status.phase}.`,
    );
    return 0;
  } catch (error) {
    if (error instanceof InvalidInputError)
      throw new UsageError(`invoer ongeldig:\n${describeFieldErrors(error.errors)}`);
    if (error instanceof ActionRejectedError || error instanceof CaseNotFoundError) {
      io.stderr(`Geweigerd: ${error.message}`);
      return 1;
    }
    throw error;
  }
}

async function start(args: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { file: { type: 'string' }, number: { type: 'string' }, json: { type: 'boolean' } },
    strict: true,
  });
  if (!values.file) throw new UsageError('--file ontbreekt: het JSON-bestand met de aanmelding');
  if (!values.number || !CASE_NUMBER.test(values.number)) {
    throw new UsageError(
      '--number ontbreekt of is ongeldig: letters, cijfers en streepjes, hoogstens 40 tekens',
    );
  }
  let raw: unknown;
  try {
    raw = JSON.parse(fs.readFileSync(values.file, 'utf8'));
  } catch (error) {
    throw new UsageError(`--file ${values.file} is niet te lezen als JSON: ${(error as Error).message}`);
  }
  const parsed = parseRecord(aanmeldingSchema, raw);
  if (!parsed.ok) throw new UsageError(`aanmelding ongeldig:\n${describeFieldErrors(parsed.errors)}`);
  const result = await (await caseService()).start(values.number, parsed.value);
  io.stdout(
    values.json
      ? JSON.stringify(result)
      : `${result.created ? 'Zaak gestart' : 'Zaak bestond al (niet opnieuw gestart)'}: ${result.caseId}`,
  );
  return 0;
}

async function show(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: { json: { type: 'boolean' } },
    allowPositionals: true,
  });
  const caseId = positionals[0];
  if (!caseId) throw new UsageError('zaak-id ontbreekt, bijvoorbeeld case-GM0599-2026-0001');
  const status = await (await caseService()).status(caseId);
  // Once the case reached the oplossing, its schuldregeling is shown with it (when it exists).
  const oplossing =
    status.phase === 'oplossing' || status.phase === 'afgesloten'
      ? await (await oplossingCli()).oplossing.status(caseId).catch((error: unknown) => {
          if (error instanceof CaseNotFoundError) return undefined;
          throw error;
        })
      : undefined;
  if (values.json) {
    io.stdout(JSON.stringify(oplossing ? { ...status, oplossing } : status, null, 2));
    return 0;
  }
  io.stdout(
    [
      `Zaak ${status.caseId} (${status.gemeente}), medewerker ${status.officerId}`,
      `Fase: ${status.phase}${status.crisis ? ' — bedreigende situatie' : ''}; wacht op: ${status.waitingOn}`,
      'Termijnen:',
      ...status.deadlines.map(
        (d) => `  ${d.kind.padEnd(16)} uiterlijk ${d.deadline}  ${d.state.padEnd(9)} (${d.source})`,
      ),
      ...(oplossing ? ['', describeOplossing(oplossing)] : []),
    ].join('\n'),
  );
  return 0;
}

export const caseCommand: CliCommand = {
  name: 'case',
  summary: 'Zaken starten en bekijken (via Temporal)',
  usage,
  async run([verb, ...rest], io) {
    if (verb === 'start') return start(rest, io);
    if (verb === 'show') return show(rest, io);
    if (verb === 'list') return list(rest, io);
    if (verb === 'act') return act(rest, io);
    throw new UsageError(`onbekende actie ${verb ?? '(geen)'}: gebruik start, show, list of act`);
  },
};
