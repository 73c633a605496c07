import { formatEuro } from '../../domain/money';
import { computeProposal, proposalInputSchema, toPercentage, type Proposal } from '../../domain/proposal';
import { UsageError, type CliCommand } from '../command';
import { readJsonStdinCommand } from './json-stdin';

const usage = `Gebruik:
  schuldhulp proposal [--json] < invoer.json

Berekent het betaalvoorstel: afloscapaciteit × maanden verdeeld over de schuldeisers. Concurrente
schuldeisers krijgen hetzelfde percentage, preferente het dubbele (hoogstens 100%). Bedragen in centen.

Invoer (stdin):
  {"afloscapaciteitPerMonth": 10000, "months": 18,
   "claims": [{"creditorId": "belastingdienst", "amount": 50000, "preferent": true},
              {"creditorId": "verhuurder", "amount": 150000, "preferent": false}]}

Uitvoer met --json:
  {"available": centen, "concurrentPercentage": getal, "preferentPercentage": getal|null,
   "offers": [{"creditorId": "...", "amount": centen}]}
Zonder --json: een leesbare tabel.`;

function dutchPercentage(value: number): string {
  return `${value.toString().replace('.', ',')}%`;
}

function table(proposal: Proposal, perMonth: number, months: number): string {
  const title =
    proposal.kind === 'nihil-aanbod'
      ? 'Nihil-aanbod: er is geen afloscapaciteit'
      : proposal.kind === 'volledig'
        ? 'Betaalvoorstel: alle vorderingen worden volledig betaald'
        : 'Betaalvoorstel';
  const rows = proposal.offers.map((offer) => [
    offer.creditorId,
    offer.preferent ? 'preferent' : 'concurrent',
    formatEuro(offer.claim),
    formatEuro(offer.amount),
    dutchPercentage(toPercentage({ num: BigInt(offer.amount), den: BigInt(offer.claim) }, 2)),
  ]);
  const header = ['Schuldeiser', 'Soort', 'Vordering', 'Aanbod', 'Percentage'];
  const footer = ['Totaal', '', formatEuro(proposal.totalClaims), formatEuro(proposal.totalOffered), ''];
  const all = [header, ...rows, footer];
  const widths = header.map((_, col) => Math.max(...all.map((row) => (row[col] ?? '').length)));
  const line = (row: string[]) =>
    row
      .map((cell, col) => (col >= 2 ? cell.padStart(widths[col] ?? 0) : cell.padEnd(widths[col] ?? 0)))
      .join('  ')
      .trimEnd();
  return [
    title,
    `Afloscapaciteit:       ${formatEuro(perMonth)} per maand × ${months} maanden = ${formatEuro(proposal.available)}`,
    `Totaal vorderingen:    ${formatEuro(proposal.totalClaims)}`,
    `Percentage concurrent: ${dutchPercentage(proposal.concurrentPercentage)}`,
    `Percentage preferent:  ${proposal.preferentPercentage === null ? '— (geen preferente vorderingen)' : dutchPercentage(proposal.preferentPercentage)}`,
    '',
    line(header),
    ...rows.map(line),
    line(footer),
  ].join('\n');
}

export const proposalCommand: CliCommand = {
  name: 'proposal',
  summary: 'betaalvoorstel: afloscapaciteit pro rata over de schuldeisers (JSON op stdin)',
  usage,
  async run(args, io) {
    const { json, input } = await readJsonStdinCommand(
      args,
      io,
      proposalInputSchema,
      'afloscapaciteitPerMonth, months en claims',
    );
    let proposal: Proposal;
    try {
      proposal = computeProposal(input);
    } catch (error) {
      if (error instanceof RangeError) throw new UsageError(error.message);
      throw error;
    }
    if (json) {
      io.stdout(
        JSON.stringify({
          available: proposal.available,
          concurrentPercentage: proposal.concurrentPercentage,
          preferentPercentage: proposal.preferentPercentage,
          offers: proposal.offers.map((offer) => ({ creditorId: offer.creditorId, amount: offer.amount })),
        }),
      );
    } else {
      io.stdout(table(proposal, input.afloscapaciteitPerMonth, input.months));
    }
    return 0;
  },
};
