import type { ManagementQuery } from '../../services/management';
import { harness, TOKENS, type Harness } from './support';

/** GET /api/v1/management/figures: per gemeente and period, in the caller's own gemeente only. */

const auth = (token: string) => ({ authorization: `Bearer ${token}` });
const url = (q: string) => `/api/v1/management/figures?${q}`;

let h: Harness;
const asked: ManagementQuery[] = [];
beforeEach(async () => {
  asked.length = 0;
  h = await harness({
    management: {
      figures: async (q) => {
        asked.push(q);
        return [{ id: 'uitkomsten', title: 'Uitkomsten', summary: '', unit: 'zaken', bars: [] }];
      },
    },
  });
});
afterEach(() => h.close());

it('answers an officer with the figures of the own gemeente, counted on the day of the clock', async () => {
  const res = await h.inject({
    method: 'GET',
    url: url('from=2026-01-01&to=2026-12-31'),
    headers: auth(TOKENS.officer),
  });
  expect(res.statusCode).toBe(200);
  expect(res.json()).toMatchObject({
    gemeente: 'GM0599',
    from: '2026-01-01',
    to: '2026-12-31',
    today: '2026-12-01',
  });
  expect(asked).toEqual([{ gemeente: 'GM0599', from: '2026-01-01', to: '2026-12-31', today: '2026-12-01' }]);
});

it('refuses another gemeente, a missing gemeente for a national supervisor, a period that ends before it starts, and the waarborgfonds', async () => {
  const get = async (q: string, token: string) =>
    h.inject({ method: 'GET', url: url(q), headers: auth(token) });
  expect((await get('gemeente=GM0363&from=2026-01-01&to=2026-12-31', TOKENS.supervisor)).statusCode).toBe(
    403,
  );
  const missing = await get('from=2026-01-01&to=2026-12-31', TOKENS.nationalSupervisor);
  expect(missing.statusCode).toBe(400);
  expect(missing.json()['invalid-params']).toEqual([{ name: 'gemeente', reason: 'gemeente ontbreekt' }]);
  const reversed = await get('from=2026-12-31&to=2026-01-01', TOKENS.supervisor);
  expect(reversed.json()['invalid-params']).toEqual([{ name: 'to', reason: 'to moet op of na from liggen' }]);
  const bad = await get('from=31-12-2026&to=2026-12-31', TOKENS.supervisor);
  expect(bad.json()['invalid-params'][0]).toMatchObject({ name: 'from' });
  expect((await get('from=2026-01-01&to=2026-12-31', TOKENS.waarborgfonds)).statusCode).toBe(403);
  expect(asked).toEqual([]);
});

it('says the store is not configured (503) when the API has none', async () => {
  await h.close();
  h = await harness();
  const res = await h.inject({
    method: 'GET',
    url: url('from=2026-01-01&to=2026-12-31'),
    headers: auth(TOKENS.officer),
  });
  expect(res.statusCode).toBe(503);
});
