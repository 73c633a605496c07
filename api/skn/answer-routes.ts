import {
  betaalvoorstelAntwoordSchema,
  geenMedewerkingSchema,
  saldoverzoekAntwoordSchema,
} from '../../domain/skn/answers';
import { CsvFileError, parseCsv } from '../../domain/skn/csv';
import { saldoCsvColumns, saldoCsvRow } from '../../domain/skn/saldo-csv';
import type { SknAnswerType } from '../../domain/skn/messages';
import { ActionRejectedError, CaseNotFoundError, InvalidInputError } from '../../services/errors';
import type { ApiDeps } from '../deps';
import { BASE } from '../officer/routes';
import { badRequest, ProblemError, withoutWorkflowIds } from '../problem';
import { defineRoute, type AnyRoute } from '../route';
import { named } from '../schemas';
import { addresseeOf } from './addressee';
import { applyBetaalvoorstelAntwoord, applyGeenMedewerking, applySaldoverzoekAntwoord } from './apply';
import type { SknPrincipal } from './credentials';
import { sknCsvBody, sknCsvResult, sknOntvangst } from './schemas';

/**
 * The creditor's answers on the SKN-vocabulary API: SaldoverzoekAntwoord (saldo-opgave and/or vooraf akkoord),
 * BetaalvoorstelAntwoord (akkoord, or afwijzing with reden), GeenMedewerking (with reden), and saldo-opgaven in
 * bulk as CSV with a result per row. Bodies are validated with zod before anything reaches a case.
 */
const TAG = 'Schuldenknooppunt';
const MAX_ROWS = 1000;

export function sknAnswerRoutes(deps: ApiDeps): AnyRoute[] {
  const receipt = (
    berichtType: SknAnswerType,
    caseReference: string,
    creditorId: string,
    verwerkt: string[],
  ) => ({
    berichtType,
    zaakkenmerk: caseReference,
    schuldeiser: creditorId,
    ontvangenOp: deps.now().toISOString(),
    verwerkt,
  });

  const saldo = defineRoute({
    method: 'POST',
    path: `${BASE}/skn/antwoorden/saldoverzoek`,
    operationId: 'sknSaldoverzoekAntwoord',
    summary: 'SaldoverzoekAntwoord: de saldo-opgave, en/of vooraf akkoord (collectief schuldregelen)',
    description:
      'Met saldoOpgave en voorafAkkoord true legt de zaak eerst de saldo-opgave en dan het vooraf akkoord vast. Weigert de zaak het antwoord: 409 met de reden.',
    tag: TAG,
    roles: ['skn'],
    body: named(saldoverzoekAntwoordSchema, 'SknSaldoverzoekAntwoord'),
    response: { status: 200, description: 'Ontvangen en vastgelegd', schema: sknOntvangst },
    problems: [404, 409],
    async handler({ principal, body }) {
      const to = await addresseeOf(deps, principal, body);
      const done = await applySaldoverzoekAntwoord(deps, to, body);
      return receipt('SaldoverzoekAntwoord', to.caseReference, to.creditorId, done);
    },
  });

  const betaalvoorstel = defineRoute({
    method: 'POST',
    path: `${BASE}/skn/antwoorden/betaalvoorstel`,
    operationId: 'sknBetaalvoorstelAntwoord',
    summary:
      'BetaalvoorstelAntwoord: akkoord, of afwijzing met reden (op een betaalvoorstel of heroverweging)',
    tag: TAG,
    roles: ['skn'],
    body: named(betaalvoorstelAntwoordSchema, 'SknBetaalvoorstelAntwoord'),
    response: { status: 200, description: 'Ontvangen en vastgelegd', schema: sknOntvangst },
    problems: [404, 409],
    async handler({ principal, body }) {
      const to = await addresseeOf(deps, principal, body);
      const done = await applyBetaalvoorstelAntwoord(deps, to, body);
      return receipt('BetaalvoorstelAntwoord', to.caseReference, to.creditorId, done);
    },
  });

  const geenMedewerking = defineRoute({
    method: 'POST',
    path: `${BASE}/skn/antwoorden/geen-medewerking`,
    operationId: 'sknGeenMedewerking',
    summary: 'GeenMedewerking: de schuldeiser werkt niet mee, met reden',
    tag: TAG,
    roles: ['skn'],
    body: named(geenMedewerkingSchema, 'SknGeenMedewerking'),
    response: { status: 200, description: 'Ontvangen en vastgelegd', schema: sknOntvangst },
    problems: [404, 409],
    async handler({ principal, body }) {
      const to = await addresseeOf(deps, principal, body);
      const done = await applyGeenMedewerking(deps, to, body);
      return receipt('GeenMedewerking', to.caseReference, to.creditorId, done);
    },
  });

  /** Why one row was refused, in Dutch and without internal ids; an unexpected error is logged, not shown. */
  function reasonOf(error: unknown, log: (error: unknown) => void): string {
    if (error instanceof ProblemError) {
      const fields = error.invalidParams?.map((p) => `${p.name}: ${p.reason}`).join('; ');
      return withoutWorkflowIds(fields ? `${error.message} ${fields}` : error.message);
    }
    if (error instanceof InvalidInputError)
      return error.errors.map((e) => `${e.field}: ${e.message}`).join('; ');
    if (error instanceof ActionRejectedError) return withoutWorkflowIds(error.message);
    if (error instanceof CaseNotFoundError) return 'Deze schuldeiser hoort niet bij dit dossier.';
    log(error);
    return 'Deze rij kon nu niet worden verwerkt (storing aan onze kant); stuur haar later opnieuw.';
  }

  async function upload(principal: SknPrincipal, csv: string, log: (error: unknown) => void) {
    let table;
    let columns;
    try {
      table = parseCsv(csv, MAX_ROWS);
      columns = saldoCsvColumns(table.header);
    } catch (error) {
      if (error instanceof CsvFileError || error instanceof RangeError)
        throw badRequest([{ name: '(body)', reason: error.message }], 'Het CSV-bestand is niet te lezen.');
      throw error;
    }
    const seen = new Map<string, number>();
    const rijen = [];
    for (const row of table.rows) {
      const parsed = saldoCsvRow(row, columns);
      if (!parsed.ok) {
        rijen.push({
          rij: row.rij,
          ...(parsed.zaakkenmerk ? { zaakkenmerk: parsed.zaakkenmerk } : {}),
          resultaat: 'geweigerd' as const,
          reden: parsed.reden,
        });
        continue;
      }
      const { antwoord } = parsed;
      try {
        const to = await addresseeOf(deps, principal, antwoord);
        const key = `${to.caseReference}\0${to.creditorId}`;
        const earlier = seen.get(key);
        if (earlier !== undefined)
          throw new ActionRejectedError(`Dit dossier staat voor deze schuldeiser al in rij ${earlier}.`);
        seen.set(key, row.rij);
        const verwerkt = await applySaldoverzoekAntwoord(deps, to, antwoord);
        rijen.push({
          rij: row.rij,
          zaakkenmerk: antwoord.zaakkenmerk,
          resultaat: 'geaccepteerd' as const,
          verwerkt,
        });
      } catch (error) {
        rijen.push({
          rij: row.rij,
          zaakkenmerk: antwoord.zaakkenmerk,
          resultaat: 'geweigerd' as const,
          reden: reasonOf(error, log),
        });
      }
    }
    const geaccepteerd = rijen.filter((r) => r.resultaat === 'geaccepteerd').length;
    return { aantalRijen: rijen.length, geaccepteerd, geweigerd: rijen.length - geaccepteerd, rijen };
  }

  const csv = defineRoute({
    method: 'POST',
    path: `${BASE}/skn/saldo-opgaven`,
    operationId: 'sknSaldoOpgavenCsv',
    summary: 'Saldo-opgaven in bulk (text/csv): één rij per dossier, resultaat per rij',
    description:
      'Kolommen (scheidingsteken ; of ,): zaakkenmerk, schuldeiser (bij een sleutel voor meer schuldeisers), ' +
      'bedrag in euro (1234,56) of bedragCenten, of hoofdsom/rente/kosten in euro, referentie, voorafAkkoord (ja/nee). ' +
      `Hoogstens ${MAX_ROWS} rijen. Een geweigerde rij houdt de andere niet tegen; het antwoord noemt per rij het resultaat en de reden.`,
    tag: TAG,
    roles: ['skn'],
    body: sknCsvBody,
    bodyContentType: 'text/csv',
    response: { status: 200, description: 'Resultaat per rij', schema: sknCsvResult },
    async handler({ principal, body, request }) {
      return upload(principal, body, (error) => request.log.error({ err: error }, 'skn csv row failed'));
    },
  });

  return [saldo, betaalvoorstel, geenMedewerking, csv];
}
