import * as path from 'node:path';
import { createFsLetterStores } from '../../activities/letters';
import { MemorySknFetchLog } from '../../activities/skn/fetch-log';
import { sha256Hex } from '../../api/auth/tokens';
import { SknCredentials } from '../../api/skn/credentials';
import { caseReferenceOfCaseId } from '../../workflows/case/ids';
import { bearer, harness, type Harness } from '../api/support';
import { caseWorld } from '../support/case-driver';
import { devKeyRing } from '../../platform/encryption/dev-key';

/**
 * A creditor answers the saldoverzoek through the SKN-vocabulary API and through CSV, and the case shows it:
 * the API's real routes over the real CaseService, the running case and creditor tracks, and the worker's outbox.
 */

const world = caseWorld('SKN');
const TOKEN = 'skn-test-incasso';
let api: Harness;

beforeAll(async () => {
  const stores = createFsLetterStores(
    path.join(world.h.dataDir, 'letters'),
    'test-secret-'.repeat(4),
    devKeyRing(world.h.dataDir),
  );
  api = await harness({
    cases: world.cases.service,
    letters: {
      forCreditor: (ref, creditorId) => stores.outbox.forCreditor(ref, creditorId),
      pdf: (letterId) => stores.store.get(letterId),
      resolveAccessCode: async () => undefined,
    },
    skn: {
      credentials: new SknCredentials([
        {
          credentialId: 'skn-incasso',
          tokenSha256: sha256Hex(TOKEN),
          creditorIds: ['belastingdienst', 'woonstad'],
          gemeenten: ['GM0599'],
        },
      ]),
      fetchLog: new MemorySknFetchLog(),
      creditorLetters: (filter) => stores.outbox.creditorLetters(filter),
      paperMarked: async () => new Set(),
    },
    now: () => new Date(),
  });
});
afterAll(() => api?.close());

it('a saldo-opgave through the SKN API and a vooraf akkoord through CSV land on the case', async () => {
  const c = await world.cases.start();
  await c.admit();
  const ref = caseReferenceOfCaseId(c.caseId);
  const headers = bearer(TOKEN);
  const messages = await c.until(async () => {
    const res = await api.inject({ method: 'GET', url: `/api/v1/skn/berichten?zaakkenmerk=${ref}`, headers });
    const list = res.json().berichten as { berichtId: string; berichtType: string; schuldeiser: string }[];
    return list.length === 4 && list;
  }, 'kennisgeving and saldoverzoek to both creditors in the outbox');
  expect(messages.map((m) => `${m.schuldeiser}:${m.berichtType}`).sort()).toEqual([
    'belastingdienst:Kennisgeving',
    'belastingdienst:Saldoverzoek',
    'woonstad:Kennisgeving',
    'woonstad:Saldoverzoek',
  ]);
  const saldoverzoek = messages.find(
    (m) => m.schuldeiser === 'belastingdienst' && m.berichtType === 'Saldoverzoek',
  )!;
  const pdf = await api.inject({
    method: 'GET',
    url: `/api/v1/skn/berichten/${saldoverzoek.berichtId}/pdf`,
    headers,
  });
  expect(pdf.statusCode).toBe(200);
  expect(pdf.rawBody.subarray(0, 5).toString()).toBe('%PDF-');

  const answered = await api.inject({
    method: 'POST',
    url: '/api/v1/skn/antwoorden/saldoverzoek',
    headers,
    payload: {
      zaakkenmerk: ref,
      schuldeiser: 'belastingdienst',
      saldoOpgave: { hoofdsom: 250_000, rente: 1_250, kenmerkSchuldeiser: 'BD-2026-1' },
    },
  });
  expect(answered.statusCode).toBe(200);
  expect(answered.json().verwerkt).toEqual(['saldo-opgave']);

  const csv = await api.inject({
    method: 'POST',
    url: '/api/v1/skn/saldo-opgaven',
    headers: { ...headers, 'content-type': 'text/csv' },
    payload: [
      'zaakkenmerk;schuldeiser;bedrag;referentie;voorafAkkoord',
      `${ref};woonstad;1.480,00;WS-77;ja`,
      `${ref};cjib;10,00;;`,
    ].join('\n'),
  });
  expect(csv.json()).toMatchObject({
    geaccepteerd: 1,
    geweigerd: 1,
    rijen: [
      { rij: 2, resultaat: 'geaccepteerd', verwerkt: ['saldo-opgave', 'vooraf-akkoord'] },
      { rij: 3, resultaat: 'geweigerd', reden: 'Deze sleutel spreekt niet voor schuldeiser cjib.' },
    ],
  });

  const status = await c.until(async () => {
    const s = await c.status();
    const bd = s.creditors.find((x) => x.creditorId === 'belastingdienst')!;
    const ws = s.creditors.find((x) => x.creditorId === 'woonstad')!;
    return bd.answer === 'saldo-opgave' && ws.answer === 'vooraf-akkoord' && s;
  }, 'both answers on the case');
  expect(status.creditors.find((x) => x.creditorId === 'belastingdienst')).toMatchObject({
    phase: 'beantwoord',
    claimAmount: 251_250,
  });
  expect(status.creditors.find((x) => x.creditorId === 'woonstad')).toMatchObject({ claimAmount: 148_000 });
  expect((await c.track('belastingdienst')).saldoOpgave).toMatchObject({ hoofdsom: 250_000, rente: 1_250 });
});
