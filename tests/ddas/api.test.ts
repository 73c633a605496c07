import type { FastifyInstance } from 'fastify';
import { digestOf, verifyDetached } from '../../api/ddas/signature';
import type { SqliteReportingStore } from '../../activities/reporting/sqlite-store';
import { uitwisselmodelErrors } from '../../ddas/uitwisselmodel';
import { CLIENT, ddasServer, post, tokenFor } from './support';

/** DDAS-SHV over HTTP: OAuth 2.0 client credentials, the signed delivery, paging and the errors of the yaml. */
let app: FastifyInstance;
let store: SqliteReportingStore;
let base: string;
let token: string;
beforeAll(async () => {
  ({ app, store, baseUrl: base } = await ddasServer());
  token = await tokenFor(base);
});
afterAll(async () => {
  await app?.close();
  await store?.close();
});

const gegevens = (body: object, auth = `Bearer ${token}`) =>
  post(`${base}/ddas/v1/gegevens`, body, { authorization: auth });
const form = (payload: string) =>
  post(`${base}/ddas/v1/token`, payload, { 'content-type': 'application/x-www-form-urlencoded' });

describe('token endpoint (client credentials)', () => {
  it('gives a bearer token for the right secret, also with the credentials in the body', async () => {
    const response = await form(
      `grant_type=client_credentials&client_id=${CLIENT.id}&client_secret=${CLIENT.secret}`,
    );
    expect(response.status).toBe(200);
    expect(response.json()).toMatchObject({ token_type: 'Bearer', expires_in: 3600, scope: 'read' });
    expect(response.headers.get('cache-control')).toBe('no-store');
  });

  it('refuses a wrong secret, another grant and another scope', async () => {
    const wrong = await form(`grant_type=client_credentials&client_id=${CLIENT.id}&client_secret=fout`);
    // RFC 6749 §5.2: 400 for credentials in the body, 401 (with WWW-Authenticate) for HTTP Basic.
    expect([wrong.status, wrong.json().error]).toEqual([400, 'invalid_client']);
    const basic = await post(`${base}/ddas/v1/token`, 'grant_type=client_credentials', {
      'content-type': 'application/x-www-form-urlencoded',
      authorization: `Basic ${Buffer.from(`${CLIENT.id}:fout`).toString('base64')}`,
    });
    expect([basic.status, basic.json().error]).toEqual([401, 'invalid_client']);
    const password = await form(
      `grant_type=password&client_id=${CLIENT.id}&client_secret=${CLIENT.secret}&username=a&password=b`,
    );
    expect([password.status, password.json().error]).toEqual([400, 'unauthorized_client']); // this client may only use client_credentials
    const scope = await form(
      `grant_type=client_credentials&client_id=${CLIENT.id}&client_secret=${CLIENT.secret}&scope=write`,
    );
    expect([scope.status, scope.json().error]).toEqual([400, 'invalid_scope']);
  });
});

describe('POST /gegevens', () => {
  it('delivers the period as the Uitwisselmodel, with Digest and a PS256 detached signature over the exact body', async () => {
    const response = await gegevens({
      aanleverperiodeStartdatum: '2026-01-01',
      aanleverperiodeEinddatum: '2026-12-31',
    });
    expect(response.status).toBe(200);
    const body = response.json();
    expect(uitwisselmodelErrors(body.gegevens)).toEqual([]);
    expect(
      body.gegevens.leveringen.map((l: { schuldhulptrajecten: unknown[] }) => l.schuldhulptrajecten.length),
    ).toEqual([1, 4]);
    expect(response.headers.get('digest')).toBe(digestOf(response.bytes));
    const header = String(response.headers.get('nlgov-adr-payload-sig'));
    expect(header).toMatch(/^[\w-]+\.\.[\w-]+$/);
    const protectedHeader = await verifyDetached(response.bytes, header);
    expect(protectedHeader).toMatchObject({ alg: 'PS256', typ: 'JOSE' });
    expect((protectedHeader.x5c as string[]).length).toBe(1);
    // One changed byte and the signature no longer holds.
    await expect(verifyDetached(response.text.replace('0599', '0598'), header)).rejects.toThrow();
  });

  it('pages as asked and says so in paginering', async () => {
    const response = await gegevens({
      aanleverperiodeStartdatum: '2026-01-01',
      aanleverperiodeEinddatum: '2026-12-31',
      aanleverende_organisatie: 'GM0599',
      page: 2,
      pageSize: 3,
    });
    const body = response.json();
    expect(body.paginering).toEqual({ pageSize: 3, currentPage: 2, totalPages: 2, totalRecords: 4 });
    expect(body.gegevens.leveringen).toHaveLength(1);
    expect(body.gegevens.leveringen[0].schuldhulptrajecten).toHaveLength(1);
  });

  it('without a token, or with a bad one: 401 with the FSC error code', async () => {
    const none = await post(`${base}/ddas/v1/gegevens`, {});
    expect(none.status).toBe(401);
    expect(none.headers.get('fsc-error-code')).toBe('ERROR_CODE_ACCESS_TOKEN_MISSING');
    expect(none.headers.get('www-authenticate')).toBe('Bearer');
    expect(none.json()).toMatchObject({
      code: 'ERROR_CODE_ACCESS_TOKEN_MISSING',
      domain: 'ERROR_DOMAIN_INWAY',
      status: 401,
    });
    const bad = await gegevens({}, `Bearer ${token.slice(0, -2)}xx`);
    expect([bad.status, bad.headers.get('fsc-error-code')]).toEqual([401, 'ERROR_CODE_ACCESS_TOKEN_INVALID']);
  });

  it('bad requests: 400 naming the field or without a body, 422 for a reversed period, 403 for an organisation not in the token', async () => {
    const extra = await gegevens({ periode: '2026' });
    expect(extra.status).toBe(400);
    expect(extra.headers.get('content-type')).toContain('application/problem+json');
    const page = await gegevens({ page: 0 });
    expect([page.status, page.json().detail]).toEqual([400, 'page: moet een geheel getal ≥ 1 zijn']);
    const reversed = await gegevens({
      aanleverperiodeStartdatum: '2026-12-31',
      aanleverperiodeEinddatum: '2026-01-01',
    });
    expect(reversed.status).toBe(422);
    const other = await gegevens({ aanleverende_organisatie: 'Gemeente Voorbeeldstad' });
    expect([other.status, other.headers.get('fsc-error-code')]).toEqual([
      403,
      'ERROR_CODE_WRONG_GROUP_ID_IN_TOKEN',
    ]);
    const empty = await post(`${base}/ddas/v1/gegevens`, undefined, { authorization: `Bearer ${token}` });
    expect(empty.status).toBe(400);
  });
});
