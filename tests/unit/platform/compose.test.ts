import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse } from 'yaml';
import { envSchema, loadConfig } from '../../../platform/config';
import { customSearchAttributes } from '../../../scripts/lib/search-attribute-registry';

/** No Docker engine runs here, so the production compose file is checked by reading it. */

const root = path.resolve(__dirname, '../../..');
interface Service {
  image?: string;
  expose?: string[];
  volumes?: string[];
  build?: unknown;
  command?: string[];
  environment?: Record<string, string>;
  depends_on?: Record<string, { condition: string }>;
  healthcheck?: { test: string[] };
  ports?: string[];
  container_name?: string;
}
const compose = parse(fs.readFileSync(path.join(root, 'docker-compose.yml'), 'utf8'), { merge: true }) as {
  services: Record<string, Service>;
  volumes: Record<string, unknown>;
};
const services = compose.services;
const ours = ['worker', 'codec-server', 'api'];

/** What `docker compose` would substitute for `${VAR:?message}` once the operator has set it. */
function substitute(value: string): string {
  // `${VAR:-default}` takes its default; `${VAR:?message}` the value an operator would set.
  return value
    .replace(/\$\{\w+:-([^}]*)\}/g, '$1')
    .replace(/\$\{(\w+)(:\?[^}]*)?\}/g, (_m, name: string) =>
      name === 'SCHULDHULP_ENCRYPTION_KEYS'
        ? `k2026=${Buffer.alloc(32, 3).toString('base64')}`
        : 'a-secret-of-more-than-32-characters-long',
    );
}

describe('docker-compose.yml', () => {
  it('runs Temporal on PostgreSQL with schema setup, the UI, our codec server and workers', () => {
    expect(Object.keys(services)).toEqual(
      expect.arrayContaining([
        'postgresql',
        'temporal-schema',
        'temporal',
        'temporal-init',
        'temporal-ui',
        ...ours,
      ]),
    );
    expect(services.temporal!.environment!.DB).toBe('postgres12');
    expect(services.temporal!.image).toMatch(/^temporalio\/server:/);
    expect(services['temporal-schema']!.image).toMatch(/^temporalio\/admin-tools:/);
  });

  it('starts everything in order, waiting for health or completion', () => {
    expect(services['temporal-schema']!.depends_on!.postgresql!.condition).toBe('service_healthy');
    expect(services.temporal!.depends_on!['temporal-schema']!.condition).toBe(
      'service_completed_successfully',
    );
    expect(services['temporal-init']!.depends_on!.temporal!.condition).toBe('service_healthy');
    expect(services.worker!.depends_on!['temporal-init']!.condition).toBe('service_completed_successfully');
    for (const name of ['postgresql', 'temporal', 'codec-server'])
      expect(services[name]!.healthcheck).toBeDefined();
    expect(Object.keys(compose.volumes)).toEqual(expect.arrayContaining(['postgres-data', 'documents']));
  });

  it('points the Temporal UI at our codec server', () => {
    const ui = services['temporal-ui']!.environment!;
    const codecPort = services['codec-server']!.environment!.SCHULDHULP_CODEC_PORT;
    expect(ui.TEMPORAL_CODEC_ENDPOINT).toBe(`http://localhost:${codecPort}`);
    expect(services['codec-server']!.environment!.SCHULDHULP_CODEC_CORS_ORIGINS).toContain(
      'http://localhost:8080',
    );
  });

  it.each(ours)('gives %s an environment our config schema accepts, in production mode', (name) => {
    const env = services[name]!.environment!;
    const known = Object.keys(envSchema.shape ?? {});
    for (const variable of Object.keys(env)) expect(known).toContain(variable);
    const config = loadConfig(
      Object.fromEntries(Object.entries(env).map(([k, v]) => [k, substitute(String(v))])),
    );
    expect(config.env).toBe('production');
    expect(config.temporal.address).toBe('temporal:7233');
    expect(services[name]!.build).toBe('.');
  });

  it('requires the encryption key from the environment instead of shipping one', () => {
    expect(services.worker!.environment!.SCHULDHULP_ENCRYPTION_KEYS).toMatch(
      /^\$\{SCHULDHULP_ENCRYPTION_KEYS:\?/,
    );
  });

  it('keeps workers scalable with --scale: no fixed container name, no host ports', () => {
    expect(services.worker!.container_name).toBeUndefined();
    expect(services.worker!.ports).toBeUndefined();
  });

  it('runs the API scalable too, reachable inside the network, with hashed tokens from a mounted file', () => {
    const api = services.api!;
    expect(api.container_name).toBeUndefined();
    expect(api.ports).toBeUndefined();
    expect(api.depends_on!['temporal-init']!.condition).toBe('service_completed_successfully');
    const env = api.environment!;
    expect(env.SCHULDHULP_API_HOST).toBe('0.0.0.0');
    expect(api.expose).toEqual([env.SCHULDHULP_API_PORT]);
    expect(api.healthcheck!.test.join(' ')).toContain(`:${env.SCHULDHULP_API_PORT}/api/v1/openapi.json`);
    const tokensMount = api.volumes!.find((v) => v.includes(`:${env.SCHULDHULP_API_TOKENS_FILE}:ro`));
    expect(tokensMount).toMatch(/^\$\{SCHULDHULP_API_TOKENS_FILE:\?/);
    expect(api.volumes).toContain('documents:/data');
    const config = loadConfig(
      Object.fromEntries(Object.entries(env).map(([k, v]) => [k, substitute(String(v))])),
    );
    expect(config.api.host).toBe('0.0.0.0');
    expect(config.api.tokensFile).toBe('/run/secrets/api-tokens.json');
  });

  it('registers exactly the search attributes the workflows use', () => {
    const script = (services['temporal-init']!.command ?? []).join('\n');
    const registered = [
      ...script.matchAll(/(\w+)=(Keyword|Datetime|Bool|Int|Text|Double|KeywordList)\b/g),
    ].map(([, name, type]) => ({ name, type }));
    expect(registered).toEqual(customSearchAttributes);
  });

  it('builds the image the services run from the committed Dockerfile', () => {
    const dockerfile = fs.readFileSync(path.join(root, 'Dockerfile'), 'utf8');
    expect(dockerfile).toMatch(/npm run build/);
    for (const name of ours) {
      const entry = services[name]!.command!.at(-1)!;
      expect(entry).toMatch(/^dist\/.+\.js$/);
      const source = path.join(root, entry.replace(/^dist\//, '').replace(/\.js$/, '.ts'));
      expect(fs.existsSync(source)).toBe(true);
    }
  });
});
