import * as fs from 'node:fs';
import { parseArgs } from 'node:util';
import { aanmeldingSchema, describeFieldErrors, parseRecord } from '../../domain/records';
import { loadConfig } from '../../platform/config';
import { resolveKeyRing } from '../../platform/encryption/dev-key';
import { createClient } from '../../platform/temporal';
import { CaseService } from '../../services/cases';
import { UsageError, type CliCommand, type CliIo } from '../command';

const usage = `Gebruik:
  schuldhulp case start --file aanmelding.json --number ZAAKNUMMER [--json]
  schuldhulp case show <zaak-id> [--json]

  start   Start een zaak vanuit een aanmelding (JSON, zie examples/aanmelding.json). Dezelfde gemeente
          en hetzelfde zaaknummer starten nooit een tweede zaak: de lopende zaak wordt teruggegeven.
  show    Toont fase, termijnen met hun wettelijke bron en waar de zaak op wacht.

Verbindt met Temporal volgens de omgeving (TEMPORAL_ADDRESS, TEMPORAL_NAMESPACE, ...).`;

const CASE_NUMBER = /^[A-Za-z0-9][A-Za-z0-9-]{0,39}$/;

async function caseService(): Promise<CaseService> {
  const config = loadConfig();
  const client = await createClient(
    config,
    resolveKeyRing(config, () => undefined),
  );
  return new CaseService(client, config.temporal.taskQueue);
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
  if (values.json) {
    io.stdout(JSON.stringify(status, null, 2));
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
    throw new UsageError(`onbekende actie ${verb ?? '(geen)'}: gebruik start of show`);
  },
};
