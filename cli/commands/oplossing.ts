import { parseArgs } from 'node:util';
import { amsterdamDateOf } from '../../domain/amsterdam-time';
import { formatEuro } from '../../domain/money';
import { describeFieldErrors } from '../../domain/records';
import type { OplossingActor } from '../../services/oplossing';
import { ActionRejectedError, CaseNotFoundError, InvalidInputError } from '../../services/errors';
import {
  OPLOSSING_ACTION_ROLES,
  OPLOSSING_ACTIONS,
  type OplossingAction,
} from '../../workflows/oplossing/actions';
import type { OplossingStatus } from '../../workflows/oplossing/state';
import { awaitsDecision, borgstellingViewOf } from '../../services/oplossing-views';
import { UsageError, type CliCommand, type CliIo } from '../command';
import { parseActArgs, readActInput } from './act-args';
import { oplossingCli } from './oplossing-service';
import { formatPercentage } from '../../domain/percentage';

const byRole = (role: 'officer' | 'creditor' | 'waarborgfonds') =>
  OPLOSSING_ACTIONS.filter((a) => OPLOSSING_ACTION_ROLES[a] === role).join(', ');

const usage = `Gebruik:
  schuldhulp oplossing show <zaak-id> [--json]
  schuldhulp oplossing act <zaak-id> <actie> [--officer ID | --creditor ID] [--file invoer.json] [--json]
  schuldhulp oplossing borgstellingen [--json]

  show            De schuldregeling van een zaak: fase, voorstel per schuldeiser, borgstelling, looptijd.
  act             Een handeling in de schuldregeling, met de invoer als JSON (zie de OpenAPI van de API).
                  Medewerker (--officer ID): ${byRole('officer')}.
                  Schuldeiser, antwoord op papier (--creditor ID): ${byRole('creditor')}.
                  Waarborgfonds: ${byRole('waarborgfonds')}.
                  Ongeldige invoer: exit 2 met de velden; geweigerd door de schuldregeling: exit 1 met de reden.
  borgstellingen  Aanvragen borgstelling die op het waarborgfonds wachten (uit de zoekattributen).

Ook: schuldhulp case act <zaak-id> <oplossing-actie> ... doet hetzelfde als oplossing act.
Verbindt met Temporal volgens de omgeving (TEMPORAL_ADDRESS, TEMPORAL_NAMESPACE, ...).`;

export const isOplossingAction = (action: string | undefined): action is OplossingAction =>
  (OPLOSSING_ACTIONS as string[]).includes(action ?? '');

const pct = (basisPoints: number) => formatPercentage(basisPoints);

/** The oplossing in Dutch for the terminal. */
export function describeOplossing(s: OplossingStatus): string {
  const lines = [
    `Schuldregeling ${s.oplossingId}: fase ${s.phase}; wacht op: ${s.waitingOn}`,
    ...(s.form
      ? [
          `Vorm: ${s.form}${s.kredietbank ? ` (${s.kredietbank})` : ''}; afloscapaciteit ${formatEuro(s.afloscapaciteitPerMonth ?? 0)} per maand`,
        ]
      : []),
    ...(s.proposal
      ? [
          `Voorstel: ${s.proposal.kind}, ${formatEuro(s.proposal.totalOfferedCents)} van ${formatEuro(s.proposal.totalClaimsCents)} over ${s.proposal.months} maanden`,
        ]
      : []),
    'Schuldeisers:',
    ...s.creditors.map(
      (c) =>
        `  ${c.creditorId.padEnd(20)} vordering ${formatEuro(c.claimCents).padStart(12)}  aanbod ${formatEuro(c.offerCents).padStart(12)} (${pct(c.percentageBasisPoints)})  ${c.stage}${c.answerDeadline ? `, antwoord uiterlijk ${c.answerDeadline}` : ''}`,
    ),
    'Termijnen:',
    ...s.deadlines.map(
      (d) => `  ${d.kind.padEnd(16)} uiterlijk ${d.deadline}  ${d.state.padEnd(9)} (${d.source})`,
    ),
  ];
  if (s.borgstelling) {
    const b = s.borgstelling;
    lines.push(
      `Borgstelling: ${formatEuro(b.loanCents)}, premie ${formatEuro(b.premiumCents)}; ${
        b.decidedOn
          ? `${b.granted ? 'verleend' : 'geweigerd'} op ${b.decidedOn}`
          : `besluit uiterlijk ${b.decisionBefore ?? '-'}`
      }`,
    );
  }
  if (s.looptijd) {
    const l = s.looptijd;
    lines.push(
      `Looptijd: ${l.startDate} t/m ${l.endDate}; betaald ${formatEuro(l.paidCents)} van ${formatEuro(l.totalCents)}` +
        (s.arrearsCents ? `; achterstand ${formatEuro(s.arrearsCents)}` : '') +
        (s.nextDuePayment
          ? `; volgende termijn ${s.nextDuePayment.number} op ${s.nextDuePayment.dueDate} (${formatEuro(s.nextDuePayment.amountCents)})`
          : ''),
    );
  }
  if (s.outcome) lines.push(`Afgesloten: ${s.outcome} op ${s.closedOn ?? '-'}`);
  return lines.join('\n');
}

/** `oplossing act` (and `case act` with an oplossing action). */
export async function oplossingAct(args: string[], io: CliIo): Promise<number> {
  const { values, caseId, action } = parseActArgs(args);
  if (!caseId) throw new UsageError('zaak-id ontbreekt');
  if (!isOplossingAction(action))
    throw new UsageError(`actie ontbreekt of is onbekend; kies uit ${OPLOSSING_ACTIONS.join(', ')}`);
  const role = OPLOSSING_ACTION_ROLES[action];
  let actor: OplossingActor;
  if (role === 'officer') {
    if (!values.officer) throw new UsageError('--officer ontbreekt: wie deze handeling verricht');
    actor = { role, officerId: values.officer };
  } else if (role === 'creditor') {
    if (!values.creditor) throw new UsageError('--creditor ontbreekt: van welke schuldeiser het antwoord is');
    actor = { role, creditorId: values.creditor };
  } else actor = { role };
  const body = readActInput(values.file);
  // A creditor's finale kwijting and the fund's decision are dated today unless the file says otherwise.
  const input =
    role !== 'officer' && action !== 'voorstel-akkoord' && action !== 'voorstel-afwijzing'
      ? { date: amsterdamDateOf(Date.now()), ...(body as object) }
      : body;
  try {
    const status = await (await oplossingCli()).oplossing.act(caseId, action, actor, input);
    io.stdout(
      values.json
        ? JSON.stringify(status, null, 2)
        : `Vastgelegd: ${action} — schuldregeling van ${caseId} is nu in fase ${status.phase}.`,
    );
    return 0;
  } catch (error) {
    if (error instanceof InvalidInputError)
      throw new UsageError(`invoer ongeldig:\n${describeFieldErrors(error.errors)}`);
    if (error instanceof CaseNotFoundError) {
      io.stderr(`Geweigerd: zaak ${caseId} heeft (nog) geen schuldregeling.`);
      return 1;
    }
    if (error instanceof ActionRejectedError) {
      io.stderr(`Geweigerd: ${error.message}`);
      return 1;
    }
    throw error;
  }
}

async function show(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: { json: { type: 'boolean' } },
    allowPositionals: true,
    strict: true,
  });
  const caseId = positionals[0];
  if (!caseId) throw new UsageError('zaak-id ontbreekt, bijvoorbeeld case-GM0599-2026-0001');
  try {
    const status = await (await oplossingCli()).oplossing.status(caseId);
    io.stdout(values.json ? JSON.stringify(status, null, 2) : describeOplossing(status));
    return 0;
  } catch (error) {
    if (error instanceof CaseNotFoundError) {
      io.stderr(`Zaak ${caseId} heeft (nog) geen schuldregeling.`);
      return 1;
    }
    throw error;
  }
}

async function borgstellingen(args: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({ args, options: { json: { type: 'boolean' } }, strict: true });
  const found = await (await oplossingCli()).borgstellingen.awaitingDecision(500);
  const items = found.filter(awaitsDecision).map((s) => borgstellingViewOf(s, '/api/v1')!);
  if (values.json) {
    io.stdout(JSON.stringify({ items }, null, 2));
    return 0;
  }
  io.stdout(
    items.length
      ? items
          .map(
            (i) =>
              `${i.caseId.padEnd(28)} lening ${formatEuro(i.loanCents).padStart(12)}  premie ${formatEuro(i.premiumCents).padStart(10)}  aangevraagd ${i.requestedOn}  besluit uiterlijk ${i.decisionBefore ?? '-'}`,
          )
          .join('\n')
      : 'Geen aanvragen borgstelling die op een besluit wachten.',
  );
  return 0;
}

export const oplossingCommand: CliCommand = {
  name: 'oplossing',
  summary: 'De schuldregeling van een zaak bekijken en er handelingen in vastleggen',
  usage,
  async run([verb, ...rest], io) {
    if (verb === 'show') return show(rest, io);
    if (verb === 'act') return oplossingAct(rest, io);
    if (verb === 'borgstellingen') return borgstellingen(rest, io);
    throw new UsageError(`onbekende actie ${verb ?? '(geen)'}: gebruik show, act of borgstellingen`);
  },
};
