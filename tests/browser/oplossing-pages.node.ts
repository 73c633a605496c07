import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { expect } from 'expect';
import { consolePlugin } from '../../console/plugin';
import { OPLOSSING_FORMS } from '../../console/oplossing-forms';
import { csrfFor } from '../../console/session';
import { awaitBorgstelling, oplossingOf } from '../api/oplossing-fakes';
import {
  creditorToken,
  harness,
  NOW,
  ROTTERDAM_CASE,
  ROTTERDAM_REF,
  statusOf,
  TOKENS,
  type Harness,
} from '../api/support';

/**
 * The schuldregeling pages of the console over the API with fakes (no browser): the officer's page and its
 * forms, the creditor's betaalvoorstel, the waarborgfonds's list. Forms post as a browser does: the cookie,
 * its CSRF token and a same-origin header. Runs under node's own test runner (`node --import tsx --test`),
 * started by oplossing-pages.test.ts: the console calls the API with Fastify's inject, which jest cannot load.
 */

let h: Harness;
let origin: string;

beforeEach(async () => {
  h = await harness({}, { plugins: [consolePlugin({ now: () => NOW })] });
  origin = `http://127.0.0.1:${(h.app.server.address() as AddressInfo).port}`;
  const status = statusOf(ROTTERDAM_CASE, 'GM0599', 'medewerker-001');
  status.phase = 'oplossing';
  h.cases.cases.set(ROTTERDAM_CASE, status);
  h.oplossing.statuses.set(ROTTERDAM_CASE, oplossingOf(ROTTERDAM_CASE, 'GM0599'));
});
afterEach(() => h.close());

const staffCookie = (token: string) => ({ cookie: `schuldhulp_medewerker=${encodeURIComponent(token)}` });
const creditorCookie = (token: string) => ({ cookie: `schuldhulp_schuldeiser=${encodeURIComponent(token)}` });
const form = (values: Record<string, string>) => new URLSearchParams(values).toString();
const flat = (body: string) => body.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

/** A form post as the browser sends it; redirects are not followed (303 and its Location are checked). */
async function post(
  url: string,
  cookie: Record<string, string>,
  token: string,
  values: Record<string, string>,
) {
  const res = await fetch(`${origin}${url}`, {
    method: 'POST',
    redirect: 'manual',
    headers: { ...cookie, origin, 'content-type': 'application/x-www-form-urlencoded' },
    body: form({ csrf: csrfFor(token), ...values }),
  });
  return {
    statusCode: res.status,
    headers: { location: res.headers.get('location') ?? undefined },
    body: await res.text(),
  };
}

describe('officer: the schuldregeling in the console', () => {
  it('shows the schuldregeling on the case page, with the way to its page', async () => {
    const res = await h.inject({
      method: 'GET',
      url: `/console/zaken/${ROTTERDAM_CASE}`,
      headers: staffCookie(TOKENS.officer),
    });
    expect(res.statusCode).toBe(200);
    const text = flat(res.body);
    expect(text).toContain('Schuldregeling');
    // The creditor by its name, not its internal id.
    expect(text).toMatch(/Schuldeiser eneco € 3\.000,00 € 1\.200,00 40,00% Voorstel verstuurd/);
    expect(res.body).toContain(`href="/console/zaken/${ROTTERDAM_CASE}/schuldregeling"`);
  });

  it('shows the proposal per creditor and a form per officer action; a refusal shows the reason at the form', async () => {
    const url = `/console/zaken/${ROTTERDAM_CASE}/schuldregeling`;
    const page = await h.inject({ method: 'GET', url, headers: staffCookie(TOKENS.officer) });
    expect(page.statusCode).toBe(200);
    for (const f of OPLOSSING_FORMS) expect(page.body).toContain(`id="actie-${f.action}"`);
    expect(flat(page.body)).toMatch(/Concurrente schuldeisers krijgen 30,00% van hun vordering, preferente 60,00%/);

    h.oplossing.rejectNext = 'Niet mogelijk in fase betaalvoorstel; deze actie hoort bij fase looptijd.';
    const refused = await post(`${url}/acties/betaling`, staffCookie(TOKENS.officer), TOKENS.officer, {
      date: '2026-12-01',
      amount: '150,00',
    });
    expect(refused.statusCode).toBe(409);
    expect(flat(refused.body)).toContain('Geweigerd: Niet mogelijk in fase betaalvoorstel');
    expect(refused.body).toMatch(/<details class="actie" id="actie-betaling"\s+open/);

    const invalid = await post(`${url}/acties/betaling`, staffCookie(TOKENS.officer), TOKENS.officer, {
      date: '2026-12-01',
      amount: 'veel',
    });
    expect(invalid.statusCode).toBe(400);
    expect(flat(invalid.body)).toMatch(/Vul bij ‘Bedrag’ een bedrag in euro’s in, bijvoorbeeld 1.250,00/);
    expect(invalid.body).toContain('href="#f-betaling--amount"');

    const done = await post(
      `${url}/acties/dwangakkoord-verzoek`,
      staffCookie(TOKENS.officer),
      TOKENS.officer,
      {
        creditorId: 'eneco',
        date: '2026-12-01',
      },
    );
    expect(done.statusCode).toBe(303);
    expect(done.headers.location).toBe(`${url}?gedaan=dwangakkoord-verzoek#inhoud`);
    expect(h.oplossing.updates.at(-1)).toMatchObject({
      name: 'dwangakkoord-verzoek',
      input: { officerId: 'medewerker-001', creditorId: 'eneco', date: '2026-12-01' },
    });
  });

  it('enters a creditor answer that came on paper; without a creditor the field is named', async () => {
    const url = `/console/zaken/${ROTTERDAM_CASE}/schuldregeling/antwoorden/voorstel-afwijzing`;
    const none = await post(url, staffCookie(TOKENS.officer), TOKENS.officer, { reason: '' });
    expect(none.statusCode).toBe(400);
    expect(flat(none.body)).toMatch(/Kies bij ‘Schuldeiser’ van wie het antwoord komt/);
    expect(flat(none.body)).toMatch(/Vul ‘Reden’ in\./);
    const done = await post(url, staffCookie(TOKENS.officer), TOKENS.officer, {
      creditorId: 'eneco',
      reason: 'Brief van 28 november: te laag',
    });
    expect(done.statusCode).toBe(303);
    expect(done.headers.location).toContain('gedaan=papier-voorstel-afwijzing');
    expect(h.oplossing.updates.at(-1)).toMatchObject({
      name: 'voorstel-afwijzing',
      input: { creditorId: 'eneco', reason: 'Brief van 28 november: te laag' },
    });
  });

  it('refuses a form without the CSRF token', async () => {
    const res = await h.inject({
      method: 'POST',
      url: `/console/zaken/${ROTTERDAM_CASE}/schuldregeling/acties/betaling`,
      headers: {
        ...staffCookie(TOKENS.officer),
        origin,
        'content-type': 'application/x-www-form-urlencoded',
      },
      payload: form({ date: '2026-12-01', amount: '150' }),
    });
    expect(res.statusCode).toBe(403);
    expect(h.oplossing.updates).toHaveLength(0);
  });
});

describe('creditor: the betaalvoorstel in the portal', () => {
  it('points to the betaalvoorstel from the case page and shows only its own offer', async () => {
    const token = await creditorToken(h, ROTTERDAM_REF, 'eneco');
    h.cases.addTrack(ROTTERDAM_CASE, 'eneco');
    const casePage = await h.inject({
      method: 'GET',
      url: '/schuldeisers/zaak',
      headers: creditorCookie(token),
    });
    expect(flat(casePage.body)).toContain('Er ligt een betaalvoorstel voor u klaar');
    const res = await h.inject({
      method: 'GET',
      url: '/schuldeisers/betaalvoorstel',
      headers: creditorCookie(token),
    });
    expect(res.statusCode).toBe(200);
    const text = flat(res.body);
    expect(text).toMatch(/Aanbod aan u € 1\.200,00 \(40,00%\)/);
    expect(text).toMatch(/Antwoord graag uiterlijk 14 december 2026/);
    expect(text).not.toContain('belastingdienst');
    expect(res.body).toContain('Akkoord geven');
  });

  it('names a missing reason at the field, then records the afwijzing and the akkoord', async () => {
    const token = await creditorToken(h, ROTTERDAM_REF, 'eneco');
    const cookie = creditorCookie(token);
    const missing = await post('/schuldeisers/betaalvoorstel/voorstel-afwijzing', cookie, token, {});
    expect(missing.statusCode).toBe(400);
    expect(flat(missing.body)).toMatch(/Vul ‘Reden van de afwijzing’ in\./);
    const rejected = await post('/schuldeisers/betaalvoorstel/voorstel-afwijzing', cookie, token, {
      reason: 'Percentage te laag',
    });
    expect(rejected.statusCode).toBe(303);
    const after = await h.inject({
      method: 'GET',
      url: rejected.headers.location!,
      headers: cookie,
    });
    expect(flat(after.body)).toContain('Heroverweging: uw antwoord');
    expect(flat(after.body)).toContain('Percentage te laag');
    const agreed = await post('/schuldeisers/betaalvoorstel/voorstel-akkoord', cookie, token, {});
    expect(agreed.statusCode).toBe(303);
    expect(h.oplossing.updates.map((u) => [u.name, u.input.creditorId])).toEqual([
      ['voorstel-afwijzing', 'eneco'],
      ['voorstel-akkoord', 'eneco'],
    ]);
  });
});

describe('waarborgfonds: borgstellingen', () => {
  beforeEach(() => {
    awaitBorgstelling(h.oplossing.statuses.get(ROTTERDAM_CASE)!);
  });

  it('signs in with its token, lists the requests and decides one', async () => {
    const signIn = await fetch(`${origin}/console/aanmelden`, {
      method: 'POST',
      redirect: 'manual',
      headers: { origin, 'content-type': 'application/x-www-form-urlencoded' },
      body: form({ token: TOKENS.waarborgfonds }),
    });
    expect(signIn.status).toBe(303);
    expect(signIn.headers.get('location')).toBe('/console/waarborgfonds');
    const cookie = staffCookie(TOKENS.waarborgfonds);
    const list = await h.inject({ method: 'GET', url: '/console/waarborgfonds', headers: cookie });
    expect(list.statusCode).toBe(200);
    expect(flat(list.body)).toMatch(/Zaak GM0599-2026-0001 besluit uiterlijk 12 december 2026/);
    expect(flat(list.body)).toMatch(/Lening € 6\.400,00/);
    const bad = await post(
      `/console/waarborgfonds/${ROTTERDAM_CASE}/besluit`,
      cookie,
      TOKENS.waarborgfonds,
      {},
    );
    expect(bad.statusCode).toBe(400);
    expect(flat(bad.body)).toMatch(/Vul ‘Kenmerk besluit’ in\./);
    const ok = await post(`/console/waarborgfonds/${ROTTERDAM_CASE}/besluit`, cookie, TOKENS.waarborgfonds, {
      by: 'WF-2026-0118',
      granted: 'true',
    });
    expect(ok.statusCode).toBe(303);
    expect(h.oplossing.updates.at(-1)).toMatchObject({
      name: 'borgstelling-besluit',
      input: { by: 'WF-2026-0118', granted: true, date: '2026-12-01' },
    });
    const after = await h.inject({ method: 'GET', url: ok.headers.location!, headers: cookie });
    expect(flat(after.body)).toContain('Besluit vastgelegd voor zaak GM0599-2026-0001');
    expect(flat(after.body)).toContain('Er wachten geen aanvragen op een besluit');
  });

  it('is not for officers', async () => {
    const res = await h.inject({
      method: 'GET',
      url: '/console/waarborgfonds',
      headers: staffCookie(TOKENS.officer),
    });
    expect(res.statusCode).toBe(403);
  });
});
