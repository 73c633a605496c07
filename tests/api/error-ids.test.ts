import { CaseNotFoundError } from '../../services/errors';
import {
  AMSTERDAM_CASE,
  bearer,
  creditorToken,
  harness,
  placeLetter,
  ROTTERDAM_CASE,
  ROTTERDAM_REF,
  statusOf,
  TOKENS,
  type Harness,
  type InjectOptions,
} from './support';

/** Issue 15, hole 5: "Zaak case-GM0599-2026-7020/creditor/nope bestaat niet". No error body names a workflow. */

/** Every workflow id starts with the case's: case-GM0599-…, case-GM0599-…/creditor/…, case-GM0599-…/oplossing. */
const WORKFLOW_ID = /case-GM\d{4}/;

let h: Harness;
beforeEach(async () => {
  h = await harness();
  h.cases.cases.set(ROTTERDAM_CASE, statusOf(ROTTERDAM_CASE, 'GM0599', 'medewerker-001'));
  h.cases.addTrack(ROTTERDAM_CASE, 'eneco');
});
afterEach(() => h.close());

const officer = bearer(TOKENS.officer);

it('names no workflow id in any error body', async () => {
  const creditor = bearer(await creditorToken(h, ROTTERDAM_REF, 'eneco'));
  placeLetter(h, ROTTERDAM_REF, 'eneco');
  const requests: InjectOptions[] = [
    { method: 'GET', url: `/api/v1/cases/${ROTTERDAM_CASE}/creditors/nope`, headers: officer },
    { method: 'GET', url: '/api/v1/cases/case-GM0599-2026-7020', headers: officer },
    { method: 'GET', url: `/api/v1/cases/${AMSTERDAM_CASE}`, headers: officer },
    { method: 'GET', url: `/api/v1/cases/${ROTTERDAM_CASE}/letters/GM0599-2026-0001.saldoverzoek.eneco.9/pdf`, headers: officer },
    { method: 'GET', url: `/api/v1/cases/${ROTTERDAM_CASE}/oplossing`, headers: officer },
    { method: 'GET', url: `/api/v1/cases/${ROTTERDAM_CASE}/oplossing/timeline`, headers: officer },
    { method: 'POST', url: `/api/v1/cases/${ROTTERDAM_CASE}/creditors/nope/answers/vooraf-akkoord`, headers: officer, payload: {} },
    { method: 'POST', url: `/api/v1/cases/${ROTTERDAM_CASE}/actions/eerste-gesprek`, headers: officer, payload: { date: 'gisteren' } },
    { method: 'POST', url: `/api/v1/cases/${ROTTERDAM_CASE}/actions/eerste-gesprek`, headers: bearer(TOKENS.waarborgfonds), payload: {} },
    { method: 'GET', url: `/api/v1/cases/${ROTTERDAM_CASE}/nothing-here`, headers: officer },
    { method: 'GET', url: '/api/v1/creditor/oplossing', headers: creditor },
    { method: 'GET', url: `/api/v1/cases/${ROTTERDAM_CASE}`, headers: creditor },
  ];
  const bodies: string[] = [];
  for (const request of requests) {
    const res = await h.inject(request);
    expect(res.statusCode).toBeGreaterThanOrEqual(400);
    bodies.push(res.body);
  }
  // A workflow refusal or a lost track that quotes an id is scrubbed too.
  h.cases.rejectNext = 'Update op case-GM0599-2026-0001/creditor/eneco geweigerd: al beantwoord';
  bodies.push(
    (await h.inject({ method: 'POST', url: `/api/v1/cases/${ROTTERDAM_CASE}/actions/eerste-gesprek`, headers: officer, payload: { date: '2026-11-30' } })).body,
  );
  h.cases.tracks.clear();
  h.cases.creditorTrack = async (caseId, creditorId) => {
    throw new CaseNotFoundError(`${caseId}/creditor/${creditorId}`);
  };
  bodies.push((await h.inject({ method: 'GET', url: '/api/v1/creditor/status', headers: creditor })).body);
  for (const body of bodies) expect(body).not.toMatch(WORKFLOW_ID);
  // ...and they still say what is wrong.
  expect(bodies[0]).toMatch(/Deze schuldeiser hoort niet bij deze zaak/);
  expect(bodies[1]).toMatch(/Deze zaak bestaat niet/);
  expect(bodies.at(-2)).toMatch(/al beantwoord/);
});
