import { spawnSync } from 'node:child_process';
import { apiRoutes } from '../../api/app';
import { harness, type Harness } from './support';

/** The OpenAPI document matches the routes the server runs, and is a well-formed OpenAPI 3.1 document. */

let h: Harness;
let doc: any; // eslint-disable-line @typescript-eslint/no-explicit-any
beforeAll(async () => {
  h = await harness();
  const res = await h.inject({ method: 'GET', url: '/api/v1/openapi.json' });
  expect(res.statusCode).toBe(200);
  doc = res.json();
});
afterAll(() => h.close());

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

function walk(node: unknown, visit: (node: Json, path: string) => void, path = '#'): void {
  if (Array.isArray(node)) node.forEach((n, i) => walk(n, visit, `${path}/${i}`));
  else if (node && typeof node === 'object') {
    visit(node as Json, path);
    for (const [k, v] of Object.entries(node)) walk(v, visit, `${path}/${k}`);
  }
}

describe('GET /api/v1/openapi.json', () => {
  it('is OpenAPI 3.1 with info, paths, components and bearer security', () => {
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.info).toMatchObject({ title: expect.any(String), version: expect.any(String) });
    expect(doc.components.securitySchemes.bearer).toEqual(
      expect.objectContaining({ type: 'http', scheme: 'bearer' }),
    );
  });

  it('documents every route the server registers, with the same method, and nothing else', () => {
    const routes = apiRoutes({} as never);
    const documented = Object.entries(doc.paths as Record<string, Json>).flatMap(([path, ops]) =>
      Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`),
    );
    expect(documented.sort()).toEqual(routes.map((r) => `${r.method} ${r.path}`).sort());
    for (const r of routes) {
      expect(h.app.hasRoute({ method: r.method, url: r.path.replace(/\{(\w+)\}/g, ':$1') })).toBe(true);
    }
    for (const expected of [
      'POST /api/v1/cases',
      'GET /api/v1/cases',
      'GET /api/v1/cases/{caseId}',
      'GET /api/v1/cases/{caseId}/timeline',
      'POST /api/v1/cases/{caseId}/actions/eerste-gesprek',
      'GET /api/v1/cases/{caseId}/creditors/{creditorId}',
      'POST /api/v1/cases/{caseId}/creditors/{creditorId}/answers/saldo-opgave',
      'GET /api/v1/cases/{caseId}/letters/{letterId}/pdf',
      'POST /api/v1/creditor-sessions',
      'GET /api/v1/creditor/letters',
      'GET /api/v1/creditor/letters/{letterId}/pdf',
      'POST /api/v1/creditor/answers/vooraf-akkoord',
      'GET /api/v1/creditor/status',
      'GET /api/v1/supervisor/attention',
      'POST /api/v1/supervisor/cases/{caseId}/reminders',
    ]) {
      expect(documented).toContain(expected);
    }
  });

  it('follows the NL API Design Rules: versioned base path, no trailing slash, lower-case kebab segments', () => {
    for (const path of Object.keys(doc.paths)) {
      expect(path).toMatch(/^\/api\/v1\//);
      expect(path.endsWith('/')).toBe(false);
      for (const segment of path.split('/').filter(Boolean))
        expect(segment).toMatch(/^([a-z0-9]+(-[a-z0-9]+)*|\{[a-zA-Z]+\})$/);
    }
  });

  it('has unique operation ids, declared path parameters, and responses with a problem schema for errors', () => {
    const ids = new Set<string>();
    for (const [path, ops] of Object.entries(doc.paths as Record<string, Json>)) {
      for (const op of Object.values(ops)) {
        expect(ids.has(op.operationId)).toBe(false);
        ids.add(op.operationId);
        const inPath = [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
        const declared = op.parameters
          .filter((p: Json) => p.in === 'path')
          .map((p: Json) => p.name)
          .sort();
        expect(declared).toEqual(inPath);
        for (const p of op.parameters) expect(p.schema).toBeDefined();
        expect(Object.keys(op.responses).length).toBeGreaterThan(0);
        for (const [status, response] of Object.entries(op.responses as Record<string, Json>)) {
          expect(typeof response.description).toBe('string');
          if (Number(status) >= 400) {
            expect(response.content['application/problem+json'].schema.$ref).toBe(
              '#/components/schemas/Problem',
            );
          }
        }
        if (op.security?.length)
          expect(Object.keys(op.responses)).toEqual(expect.arrayContaining(['401', '403']));
      }
    }
  });

  it('has a component for every request body and JSON response, generated from the zod schemas', () => {
    const schemas = doc.components.schemas as Json;
    for (const name of [
      'Problem',
      'StartCase',
      'CaseStatus',
      'Timeline',
      'CreditorTrackStatus',
      'CaseList',
      'CreditorLetters',
      'CreditorSession',
      'Attention',
      'PlanEersteGesprekAction',
      'BeschikkingToelatingAction',
      'SaldoOpgaveAnswer',
      'PauzeBevestigingAnswer',
    ]) {
      expect(schemas[name]).toBeDefined();
    }
    // officerId comes from the token: never in an action body.
    expect(schemas.EersteGesprekAction.properties.officerId).toBeUndefined();
    expect(schemas.EersteGesprekAction.required).toEqual(['date']);
    expect(schemas.StartCase.properties.aanmelding.properties.resident).toBeDefined();
    expect(schemas.Problem.properties['invalid-params'].items.required).toEqual(['name', 'reason']);
  });

  it('resolves every $ref and contains no leftover JSON Schema $schema or $id inside', () => {
    walk(doc, (node, path) => {
      if (typeof node.$ref === 'string') {
        const target = node.$ref
          .replace(/^#\//, '')
          .split('/')
          .reduce((n: Json | undefined, k: string) => n?.[k], doc);
        if (!target) throw new Error(`${path}: ${node.$ref} does not resolve`);
      }
      if (path !== '#') expect(node.$schema).toBeUndefined();
    });
  });
});

// The reference validator (Python openapi-spec-validator) where the machine has it; the checks above always run.
const hasValidator =
  spawnSync('python3', ['-c', 'import openapi_spec_validator'], { stdio: 'ignore' }).status === 0;
(hasValidator ? it : it.skip)('passes openapi-spec-validator (OpenAPI 3.1 schema)', () => {
  const run = spawnSync(
    'python3',
    [
      '-c',
      'import json,sys; from openapi_spec_validator import validate; validate(json.load(sys.stdin)); print("valid")',
    ],
    { input: JSON.stringify(doc), encoding: 'utf8' },
  );
  expect(run.stderr).toBe('');
  expect(run.stdout.trim()).toBe('valid');
});
