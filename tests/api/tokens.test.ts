import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import {
  entriesOfDevTokens,
  loadTokensFile,
  readOrCreateDevTokens,
  sha256Hex,
  TokenRegistry,
} from '../../api/auth/tokens';
import { resolveTokens } from '../../api/wiring';
import { loadConfig } from '../../platform/config';

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'api-tokens-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('tokens', () => {
  it('keeps only hashes: a token authenticates by its sha256, with role, officer and gemeente', () => {
    const registry = new TokenRegistry([
      { tokenSha256: sha256Hex('geheim-1'), role: 'officer', officerId: 'm-1', gemeenteCode: 'GM0599' },
    ]);
    expect(registry.authenticate('geheim-1')).toEqual({
      kind: 'staff',
      role: 'officer',
      officerId: 'm-1',
      gemeenteCode: 'GM0599',
    });
    expect(registry.authenticate('geheim-2')).toBeUndefined();
    expect(registry.authenticate(sha256Hex('geheim-1'))).toBeUndefined();
  });

  it('loads a tokens file and names what is wrong in it', () => {
    const file = path.join(dir, 'tokens.json');
    fs.writeFileSync(file, JSON.stringify([{ tokenSha256: sha256Hex('x'), role: 'supervisor' }]));
    expect(loadTokensFile(file)).toEqual([{ tokenSha256: sha256Hex('x'), role: 'supervisor' }]);
    fs.writeFileSync(
      file,
      JSON.stringify([
        { tokenSha256: 'abc', role: 'admin' },
        { tokenSha256: sha256Hex('y'), role: 'officer' },
      ]),
    );
    expect(() => loadTokensFile(file)).toThrow(/\[0\]\.tokenSha256.*\[0\]\.role.*\[1\]\.officerId/s);
    fs.writeFileSync(file, '{');
    expect(() => loadTokensFile(file)).toThrow(/SCHULDHULP_API_TOKENS_FILE .*JSON/);
  });

  it('generates one development token per role once, and reuses them', () => {
    const file = path.join(dir, 'dev-api-tokens.json');
    const logs: string[] = [];
    const first = readOrCreateDevTokens(file, (m) => logs.push(m));
    expect(first.map((t) => t.role)).toEqual(['officer', 'supervisor', 'waarborgfonds']);
    expect(readOrCreateDevTokens(file, (m) => logs.push(m))).toEqual(first);
    expect(logs).toHaveLength(1);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    const registry = new TokenRegistry(entriesOfDevTokens(first));
    expect(registry.authenticate(first[0]!.token)).toMatchObject({ role: 'officer', gemeenteCode: 'GM0599' });
  });

  it('requires a tokens file in production and generates development tokens otherwise', () => {
    const production = loadConfig({
      SCHULDHULP_ENV: 'production',
      SCHULDHULP_DATA_DIR: dir,
      SCHULDHULP_ENCRYPTION_KEYS: `k=${Buffer.alloc(32).toString('base64')}`,
      SCHULDHULP_ACCESS_CODE_SECRET: 'x'.repeat(40),
    });
    expect(() => resolveTokens(production, () => undefined)).toThrow(
      /SCHULDHULP_API_TOKENS_FILE: required in production/,
    );
    const development = loadConfig({ SCHULDHULP_DATA_DIR: dir });
    const { registry, devTokens } = resolveTokens(development, () => undefined);
    expect(registry.size).toBe(3);
    expect(devTokens).toHaveLength(3);
  });

  it('has API settings with defaults in the config', () => {
    const config = loadConfig({});
    expect(config.api).toEqual({
      port: 3000,
      host: '127.0.0.1',
      publicUrl: 'http://localhost:3000',
      tokensFile: undefined,
      trustedProxies: [],
      stateDatabaseUrl: undefined,
      stateFile: expect.stringMatching(/api\/access-state\.sqlite$/),
      creditorSessionMinutes: 60,
      attention: {
        dueWithinWerkdagen: 3,
        creditorWaitingDays: 20,
        progressDays: 30,
        workflowTaskAttempts: 3,
      },
    });
    expect(
      loadConfig({ SCHULDHULP_ATTENTION_PROGRESS_DAYS: '14', SCHULDHULP_ATTENTION_TASK_ATTEMPTS: '5' }).api
        .attention,
    ).toMatchObject({ progressDays: 14, workflowTaskAttempts: 5 });
    expect(() => loadConfig({ SCHULDHULP_ATTENTION_TASK_ATTEMPTS: '1' })).toThrow(
      /SCHULDHULP_ATTENTION_TASK_ATTEMPTS/,
    );
    expect(() => loadConfig({ SCHULDHULP_API_PORT: 'x' })).toThrow(/SCHULDHULP_API_PORT/);
  });
});
