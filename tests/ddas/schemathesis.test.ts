import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { promisify } from 'node:util';
import type { FastifyInstance } from 'fastify';
import type { SqliteReportingStore } from '../../activities/reporting/sqlite-store';
import { DDAS_SHV_OPENAPI_FILE, UITWISSELMODEL_SCHEMA_FILE } from '../../ddas/uitwisselmodel';
import { ddasServer, tokenFor } from './support';

/**
 * schemathesis (scripts/install-schemathesis) against the official DDAS-SHV.yaml, pointed at our server: generated
 * requests, valid and invalid, and every answer checked against the yaml (status codes, content types, headers,
 * the Uitwisselmodel schema). The yaml refers to the schema by its published URL; the run uses the vendored copy.
 */
const ST = path.resolve(__dirname, '../../.tools/schemathesis/bin/st');

let app: FastifyInstance;
let store: SqliteReportingStore;
let base: string;
beforeAll(async () => {
  ({ app, store, baseUrl: base } = await ddasServer());
});
afterAll(async () => {
  await app?.close();
  await store?.close();
});

it('the official DDAS-SHV.yaml finds no failure against our server', async () => {
  expect(fs.existsSync(ST)).toBe(true); // scripts/setup installs it
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'schuldhulp-st-'));
  fs.copyFileSync(UITWISSELMODEL_SCHEMA_FILE, path.join(dir, 'json_schema_Uitwisselmodel.json'));
  const yaml = fs
    .readFileSync(DDAS_SHV_OPENAPI_FILE, 'utf8')
    .replace(
      /\$ref: 'https:\/\/raw\.githubusercontent\.com\/VNG-Realisatie\/ddas\/main\/v1\.0\/json_schema_Uitwisselmodel\.json'/,
      "$ref: 'json_schema_Uitwisselmodel.json'",
    );
  expect(yaml).toContain("$ref: 'json_schema_Uitwisselmodel.json'");
  fs.writeFileSync(path.join(dir, 'DDAS-SHV.yaml'), yaml);
  // A valid request per the schema can still be unprocessable: a period whose end lies before its start (the
  // schema cannot say so). The yaml documents 422 for exactly that; schemathesis accepts it for valid data here.
  fs.writeFileSync(
    path.join(dir, 'schemathesis.toml'),
    '[checks.positive_data_acceptance]\nexpected-statuses = ["2xx", "401", "403", "404", "422", "429"]\n',
  );
  const token = await tokenFor(base);
  const args = [
    'run',
    path.join(dir, 'DDAS-SHV.yaml'),
    '--url',
    `${base}/ddas/v1`,
    '--header',
    `Authorization: Bearer ${token}`,
    '--checks',
    'all',
    '--max-examples',
    '60',
    '--seed',
    '20260101',
    '--generation-deterministic',
    '--workers',
    '1',
    '--no-color',
  ];
  let output: string;
  try {
    const result = await promisify(execFile)(ST, args, { cwd: dir, maxBuffer: 16 * 1024 * 1024 });
    output = result.stdout + result.stderr;
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string };
    throw new Error(`schemathesis failed:\n${e.stdout ?? ''}\n${e.stderr ?? ''}`);
  }
  expect(output).toMatch(/No issues found|passed/i);
  console.log(
    output
      .split('\n')
      .filter((l) => /test cases|generated|passed|checks/i.test(l))
      .join('\n'),
  );
}, 240_000);
