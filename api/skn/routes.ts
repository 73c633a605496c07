import type { OutboxEntry } from '../../activities/letters';
import type { ApiDeps } from '../deps';
import { BASE } from '../officer/routes';
import { notFound, ProblemError } from '../problem';
import { Binary, defineRoute, type AnyRoute } from '../route';
import { assertGemeenteOf, sknLettersOf } from './addressee';
import { sknAnswerRoutes } from './answer-routes';
import { caseSknRoute } from './case-route';
import type { SknPrincipal } from './credentials';
import { sknMessageOf } from './messages';
import { berichtListQuery, berichtParams, sknBericht, sknBerichtList } from './schemas';

/**
 * The SKN-vocabulary creditor API under /api/v1/skn, beside the portal: a creditor's own credential (configured
 * per creditor) lists and fetches the messages we sent it, across the cases of its gemeenten, under the
 * Schuldenknooppunt's names, and answers them (answer-routes.ts). Fetching a message (or its PDF) is recorded in
 * the fetch log every API instance shares; a message not fetched within 5 werkdagen goes out on paper
 * (activities/skn/fetch-watch.ts).
 */
export const SKN_TAG = 'Schuldenknooppunt';

export function sknRoutes(deps: ApiDeps): AnyRoute[] {
  const skn = () => {
    if (!deps.skn) throw new ProblemError(503, 'De Schuldenknooppunt-koppeling is niet ingesteld.');
    return deps.skn;
  };

  /** The letter behind a berichtId, if it is an SKN message to one of this credential's creditors. */
  async function ownLetter(principal: SknPrincipal, berichtId: string): Promise<OutboxEntry> {
    const caseReference = berichtId.split('.')[0] ?? '';
    const missing = () => notFound('Dit bericht bestaat niet of is niet aan u gericht.');
    try {
      assertGemeenteOf(principal, caseReference);
    } catch {
      throw missing();
    }
    for (const creditorId of principal.creditorIds) {
      const found = (await sknLettersOf(deps, caseReference, creditorId)).find(
        (e) => e.letterId === berichtId,
      );
      if (found) return found;
    }
    throw missing();
  }

  async function recordFetch(principal: SknPrincipal, letterId: string) {
    await skn().fetchLog.record({
      letterId,
      credentialId: principal.credentialId,
      at: deps.now().toISOString(),
    });
  }

  const list = defineRoute({
    method: 'GET',
    path: `${BASE}/skn/berichten`,
    operationId: 'listSknBerichten',
    summary:
      'Berichten aan uw schuldeiser(s): Kennisgeving, Saldoverzoek, Betaalvoorstel, Heroverweging, Schuldregeling',
    description:
      'Alle dossiers van de gemeenten van uw sleutel, oudste eerst. Het overzicht telt niet als ophalen: haal elk bericht op binnen 5 werkdagen (ophalenUiterlijk), anders gaat het per post.',
    tag: SKN_TAG,
    roles: ['skn'],
    query: berichtListQuery,
    response: { status: 200, description: 'Berichten', schema: sknBerichtList },
    async handler({ principal, query }) {
      const entries = await skn().creditorLetters({
        creditorIds: principal.creditorIds,
        gemeenten: principal.gemeenten,
      });
      const fetched = await skn().fetchLog.firstFetches(entries.map((e) => e.letterId));
      const berichten = entries
        .map((e) => sknMessageOf(e, fetched.get(e.letterId)))
        .filter((m) => m !== undefined)
        .filter((m) => !query.type || m.berichtType === query.type)
        .filter((m) => !query.zaakkenmerk || m.zaakkenmerk === query.zaakkenmerk)
        .filter((m) => query.nietOpgehaald === undefined || query.nietOpgehaald === !m.opgehaaldOp);
      return { aantal: berichten.length, berichten };
    },
  });

  const get = defineRoute({
    method: 'GET',
    path: `${BASE}/skn/berichten/{berichtId}`,
    operationId: 'getSknBericht',
    summary: 'Eén bericht ophalen (telt als opgehaald)',
    tag: SKN_TAG,
    roles: ['skn'],
    params: berichtParams,
    response: { status: 200, description: 'Het bericht', schema: sknBericht },
    problems: [404],
    async handler({ principal, params }) {
      const entry = await ownLetter(principal, params.berichtId);
      await recordFetch(principal, entry.letterId);
      const first = (await skn().fetchLog.firstFetches([entry.letterId])).get(entry.letterId);
      return sknMessageOf(entry, first);
    },
  });

  const pdf = defineRoute({
    method: 'GET',
    path: `${BASE}/skn/berichten/{berichtId}/pdf`,
    operationId: 'getSknBerichtPdf',
    summary: 'De brief bij een bericht als PDF (telt als opgehaald)',
    tag: SKN_TAG,
    roles: ['skn'],
    params: berichtParams,
    response: { status: 200, description: 'De PDF', contentType: 'application/pdf' },
    problems: [404],
    async handler({ principal, params }) {
      const entry = await ownLetter(principal, params.berichtId);
      const stored = await deps.letters.pdf(entry.letterId);
      if (!stored) throw notFound('Deze brief is niet beschikbaar.');
      await recordFetch(principal, entry.letterId);
      return new Binary(stored.pdf, 'application/pdf', `${entry.letterId}.pdf`);
    },
  });

  return [list, get, pdf, ...sknAnswerRoutes(deps), caseSknRoute(deps)];
}
