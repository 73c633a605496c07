import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { TOKENS } from '../api/support';
import { SKN_TOKENS } from '../api/skn-fakes';
import { contractServer } from './server';

/**
 * Issue 15: a bounded schemathesis run (PyPI, installed by scripts/install-schemathesis) against the API, per
 * audience with its own token: officer, supervisor, waarborgfonds, creditor (a session from an access code).
 * Every check runs (server errors, status codes, content types, headers, response schemas, positive and
 * negative data, unsupported methods, Allow), except those tests/api-contract/schemathesis.toml names with
 * the reason. The test fails on any finding and prints the request counts.
 */

const root = path.resolve(__dirname, '../..');
const st = path.join(root, '.tools/schemathesis/bin/st');
const MAX_EXAMPLES = process.env.SCHULDHULP_SCHEMATHESIS_EXAMPLES ?? '25';

function run(args: string[]): Promise<{ code: number; out: string }> {
  return new Promise((resolve) => {
    const child = spawn(st, args, {
      cwd: __dirname,
      env: { ...process.env, SCHEMATHESIS_HOOKS: 'hooks', PYTHONPATH: __dirname, NO_COLOR: '1' },
    });
    let out = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr.on('data', (c: Buffer) => (out += c.toString()));
    child.on('close', (code) => resolve({ code: code ?? 1, out }));
  });
}

const describeIf = fs.existsSync(st) ? describe : describe.skip;
if (!fs.existsSync(st)) console.log(`schemathesis contract test skipped: ${st} missing (run scripts/setup)`);

describeIf('the API against its own OpenAPI document (schemathesis)', () => {
  let server: Awaited<ReturnType<typeof contractServer>>;
  beforeAll(async () => {
    server = await contractServer();
  });
  afterAll(() => server.h.close());

  const audiences: [string, string, () => string][] = [
    ['Medewerker', 'officer', () => TOKENS.officer],
    ['Toezicht', 'supervisor', () => TOKENS.supervisor],
    ['Waarborgfonds', 'waarborgfonds', () => TOKENS.waarborgfonds],
    ['Schuldeiser', 'creditor', () => server.creditor],
    ['Algemeen', 'officer', () => TOKENS.officer],
    ['Schuldenknooppunt', 'skn', () => SKN_TOKENS.eneco],
  ];

  it.each(audiences)('tag %s as %s: no findings', async (tag, _who, token) => {
    const { code, out } = await run([
      '--config-file',
      'schemathesis.toml',
      'run',
      `${server.base}/api/v1/openapi.json`,
      '--url',
      server.base,
      '-H',
      `Authorization: Bearer ${token()}`,
      '--include-tag',
      tag,
      '--max-examples',
      MAX_EXAMPLES,
      '--phases',
      'examples,fuzzing,stateful',
      '--workers',
      '2',
      '--seed',
      '20261201',
      '--no-shrink',
      '--request-timeout',
      '30',
    ]);
    const summary = /(\d+) generated[^\n]*/.exec(out)?.[0] ?? '(no summary)';
    console.log(`schemathesis ${tag}: ${summary}`);
    if (code !== 0) console.log(out.slice(-8000));
    expect(code).toBe(0);
  }, 240_000);
});
