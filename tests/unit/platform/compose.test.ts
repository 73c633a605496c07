import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse } from 'yaml';
import { envSchema, loadConfig } from '../../../platform/config';
import { customSearchAttributes } from '../../../scripts/lib/search-attribute-registry';
import {
  deployFiles,
  deployPath,
  parseEnvFile,
  readEnvFile,
  readSearchAttributeFile,
} from '../../../scripts/lib/cluster/deploy-files';
import { serverConfigYaml } from '../../../scripts/lib/cluster/temporal-server';

/** No Docker engine runs here, so the production compose file is checked by reading it. */

const root = path.resolve(__dirname, '../../..');
interface Service {
  image?: string;
  expose?: string[];
  volumes?: string[];
  build?: unknown;
  command?: string[];
  environment?: Record<string, string>;
  env_file?: string | string[];
  entrypoint?: string[];
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

const envFiles = (service: Service): string[] =>
  service.env_file === undefined ? [] : ([] as string[]).concat(service.env_file);
/** A service's environment as compose builds it: its env files, then `environment` on top. */
function envOf(service: Service): Record<string, string> {
  const fromFiles = envFiles(service).map((f) => parseEnvFile(fs.readFileSync(path.join(root, f), 'utf8')));
  return Object.assign({}, ...fromFiles, service.environment ?? {}) as Record<string, string>;
}

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
    const ui = envOf(services['temporal-ui']!);
    const codec = envOf(services['codec-server']!);
    expect(ui.TEMPORAL_CODEC_ENDPOINT).toBe(`http://localhost:${codec.SCHULDHULP_CODEC_PORT}`);
    expect(codec.SCHULDHULP_CODEC_CORS_ORIGINS).toContain(`http://localhost:${ui.TEMPORAL_UI_PORT}`);
    expect(services['temporal-ui']!.ports).toEqual([`${ui.TEMPORAL_UI_PORT}:${ui.TEMPORAL_UI_PORT}`]);
  });

  it.each(ours)('gives %s an environment our config schema accepts, in production mode', (name) => {
    const env = envOf(services[name]!);
    const known = Object.keys(envSchema.shape ?? {});
    for (const variable of Object.keys(services[name]!.environment!)) expect(known).toContain(variable);
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

  it('registers exactly the search attributes the workflows use, from the file the cluster uses', () => {
    expect(readSearchAttributeFile()).toEqual(customSearchAttributes);
    // SQL visibility (PostgreSQL, SQLite) has three columns per Bool, Int, Datetime and ten Keyword ones.
    const count = (type: string) => customSearchAttributes.filter((a) => a.type === type).length;
    for (const type of ['Bool', 'Int', 'Datetime', 'Double']) expect(count(type)).toBeLessThanOrEqual(3);
    expect(count('Keyword')).toBeLessThanOrEqual(10);
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

/** One source: docker-compose.yml and `scripts/start --cluster` (scripts/lib/cluster/) read the same files. */
describe('docker-compose.yml and scripts/start --cluster share their configuration files', () => {
  const mounted = (service: Service, file: string) =>
    (service.volumes ?? []).some((v) => {
      const [host, inContainer] = v.split(':');
      return host === `./${path.dirname(file)}` && inContainer !== undefined;
    });
  const inContainer = (service: Service, file: string) => {
    const volume = (service.volumes ?? []).find((v) => v.startsWith(`./${path.dirname(file)}:`))!;
    return `${volume.split(':')[1]}/${path.basename(file)}`;
  };

  it('runs the schema and the namespace/search-attribute scripts the cluster runs', () => {
    for (const [name, file] of [
      ['temporal-schema', deployFiles.schema],
      ['temporal-init', deployFiles.init],
    ] as const) {
      const service = services[name]!;
      expect(mounted(service, file)).toBe(true);
      expect(service.entrypoint).toEqual(['/bin/sh', inContainer(service, file)]);
      expect(fs.existsSync(deployPath(name === 'temporal-schema' ? 'schema' : 'init'))).toBe(true);
    }
    const init = fs.readFileSync(deployPath('init'), 'utf8');
    expect(init).toContain('namespace.env');
    expect(init).toContain('search-attributes.txt');
  });

  it('gives the server the dynamic config file the cluster server polls', () => {
    const temporal = services.temporal!;
    expect(mounted(temporal, deployFiles.dynamicConfig)).toBe(true);
    expect(temporal.environment!.DYNAMIC_CONFIG_FILE_PATH).toBe(inContainer(temporal, deployFiles.dynamicConfig));
    const yaml = serverConfigYaml({ port: 5432, user: 'temporal', password: 'x' }, {
      frontend: 1, frontendHttp: 2, history: 3, matching: 4, worker: 5, membership: [6, 7, 8, 9],
    });
    expect(parse(yaml).dynamicConfigClient.filepath).toBe(deployPath('dynamicConfig'));
    expect(parse(yaml).persistence.datastores['postgres-visibility'].sql.pluginName).toBe('postgres12');
  });

  it('takes the UI, codec and namespace settings from the env files the cluster reads', () => {
    expect(envFiles(services['temporal-ui']!)).toEqual([deployFiles.ui]);
    expect(envFiles(services['codec-server']!)).toContain(deployFiles.codec);
    for (const name of ours) expect(envFiles(services[name]!)).toContain(deployFiles.namespace);
    for (const name of ours) expect(services[name]!.environment!.TEMPORAL_NAMESPACE).toBeUndefined();
    const namespace = readEnvFile('namespace').TEMPORAL_NAMESPACE;
    expect(readEnvFile('ui').TEMPORAL_DEFAULT_NAMESPACE).toBe(namespace);
    expect(loadConfig(readEnvFile('namespace')).temporal.namespace).toBe(namespace);
    const cluster = fs.readdirSync(path.join(root, 'scripts/lib/cluster')).map((f) =>
      fs.readFileSync(path.join(root, 'scripts/lib/cluster', f), 'utf8'),
    ).join('\n');
    for (const file of ['ui', 'codec', 'namespace']) expect(cluster).toContain(`readEnvFile('${file}')`);
    for (const file of ['schema', 'init', 'dynamicConfig']) expect(cluster).toContain(`deployPath('${file}')`);
  });
});
