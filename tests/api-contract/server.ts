import { caseIdOf } from '../../workflows/case/ids';
import {
  creditorToken,
  placeLetter,
  ROTTERDAM_CASE,
  ROTTERDAM_REF,
  statusOf,
  type Harness,
} from '../api/support';
import { placeSknLetter, sknHarness } from '../api/skn-fakes';

/**
 * The API the contract test runs against: the real routes, schemas, auth and error handling over the fakes of
 * tests/api (which parse with the workflows' own zod schemas), seeded with a case, a creditor and a letter, so
 * schemathesis reaches past 404s. Returns the harness and one creditor session.
 */
export async function contractServer(): Promise<{ h: Harness; base: string; creditor: string }> {
  const h = await sknHarness({
    accessCodeAttempts: { max: 1_000_000, windowMs: 60_000 },
    // The management figures over an empty reporting store: a figure with no case behind it.
    management: {
      figures: async () => [{ id: 'uitkomsten', title: 'Uitkomsten', summary: '', unit: 'zaken', bars: [] }],
    },
  });
  const status = statusOf(ROTTERDAM_CASE, 'GM0599', 'medewerker-001');
  status.creditors.push({
    creditorId: 'eneco',
    name: 'Eneco',
    phase: 'wacht-op-antwoord',
    pauseConfirmed: false,
    collectionBreaches: 0,
    removed: false,
  });
  h.cases.cases.set(ROTTERDAM_CASE, status);
  h.cases.cases.set(
    caseIdOf('GM0599', '2026-0002'),
    statusOf(caseIdOf('GM0599', '2026-0002'), 'GM0599', 'medewerker-001'),
  );
  h.cases.addTrack(ROTTERDAM_CASE, 'eneco');
  placeLetter(h, ROTTERDAM_REF, 'eneco');
  // The SKN-vocabulary API (credential SKN_TOKENS.eneco): a kennisgeving beside the saldoverzoek.
  placeSknLetter(h, ROTTERDAM_REF, 'eneco', 'kennisgeving');
  const creditor = await creditorToken(h, ROTTERDAM_REF, 'eneco');
  const address = h.app.server.address() as { port: number };
  return { h, base: `http://127.0.0.1:${address.port}`, creditor };
}

if (require.main === module) {
  void contractServer().then(({ base, creditor }) => {
    console.log(JSON.stringify({ base, creditor }));
  });
}
