import * as path from 'node:path';
import { z } from 'zod';

/**
 * The one place that reads process.env. Every process (workers, codec server, API, CLI, tests)
 * builds its configuration here; a wrong value stops the process at start with the variable named.
 */

const projectRoot = path.resolve(__dirname, '..');

const port = z.coerce.number().int().min(1).max(65535);
const boolFlag = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');
const csv = z.string().transform((v) =>
  v
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean),
);

/** Production default for the worker's workflow cache: see SCHULDHULP_WORKER_MAX_CACHED_WORKFLOWS below. */
export const DEFAULT_WORKER_MAX_CACHED_WORKFLOWS = 1000;

/** Environment variable → config field. Kept flat so an error names exactly the variable to fix. */
export const envSchema = z
  .object({
    SCHULDHULP_ENV: z.enum(['development', 'test', 'production']).default('development'),
    /** Log level of the API (default info in production, warn elsewhere) and the workers (default info). */
    SCHULDHULP_LOG_LEVEL: z.enum(['error', 'warn', 'info', 'debug']).optional(),
    SCHULDHULP_DATA_DIR: z.string().min(1).default(path.join(projectRoot, 'data')),
    TEMPORAL_ADDRESS: z
      .string()
      .regex(/^[A-Za-z0-9.-]+:\d{1,5}$/, 'must be host:port, e.g. localhost:7233')
      .default('localhost:7233'),
    TEMPORAL_NAMESPACE: z
      .string()
      .regex(/^[a-z0-9][a-z0-9-]*$/, 'lower-case letters, digits and dashes only')
      .default('schuldhulp'),
    SCHULDHULP_TASK_QUEUE: z.string().min(1).default('schuldhulp-cases'),
    TEMPORAL_TLS: boolFlag.default(false),
    TEMPORAL_TLS_CERT_PATH: z.string().min(1).optional(),
    TEMPORAL_TLS_KEY_PATH: z.string().min(1).optional(),
    TEMPORAL_TLS_CA_PATH: z.string().min(1).optional(),
    TEMPORAL_TLS_SERVER_NAME: z.string().min(1).optional(),
    TEMPORAL_API_KEY: z.string().min(1).optional(),
    /** Comma-separated `keyId=base64(32 bytes)`; the first is used to encrypt, all decrypt (rotation). */
    SCHULDHULP_ENCRYPTION_KEYS: z.string().min(1).optional(),
    SCHULDHULP_CODEC_PORT: port.default(8888),
    /**
     * Origins allowed to call the codec server: the Temporal UI. Outside production each loopback origin also
     * stands for its twin (localhost and 127.0.0.1), so the Web UI decrypts at either address.
     */
    SCHULDHULP_CODEC_CORS_ORIGINS: csv.default(['http://localhost:8233']),
    /** Where the Temporal UI reaches the codec server (the browser calls it). */
    SCHULDHULP_CODEC_PUBLIC_URL: z.url().default('http://localhost:8888'),
    TEMPORAL_UI_URL: z.url().default('http://localhost:8233'),
    SCHULDHULP_DEV_SERVER_PORT: port.default(7233),
    SCHULDHULP_DEV_UI_PORT: port.default(8233),
    /** JSON file with each gemeente's letter configuration (activities/letters/gemeente.ts). */
    SCHULDHULP_GEMEENTEN_FILE: z.string().min(1).default(path.join(projectRoot, 'deploy', 'gemeenten.json')),
    /** Creditor portal address printed on letters that ask for an answer. */
    SCHULDHULP_PORTAL_URL: z.url().default('http://localhost:3000/schuldeisers'),
    /** HMAC secret behind the creditors' access codes (at least 32 characters). */
    SCHULDHULP_ACCESS_CODE_SECRET: z.string().min(32, 'at least 32 characters').optional(),
    /** SMTP for letters by e-mail, e.g. smtp://user:pass@mail.example:587; letters only go to outboxes without it. */
    SCHULDHULP_SMTP_URL: z.url().optional(),
    SCHULDHULP_MAIL_FROM: z.email().default('schuldhulp@voorbeeldstad.example'),
    /** Reporting store (DDAS, management view): postgres://… on compose and clusters; a SQLite file in the data folder otherwise. */
    SCHULDHULP_REPORTING_DATABASE_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL (leave it unset for the SQLite file)')
      .optional(),
    /** DDAS-SHV: JSON with the OAuth clients ([{ clientId, clientSecretSha256, gemeenten }]); required in production. */
    SCHULDHULP_DDAS_CLIENTS_FILE: z.string().min(1).optional(),
    /** JSON list of the creditors' SKN-vocabulary API credentials (api/skn/credentials.ts); dev: generated. */
    SCHULDHULP_SKN_CREDENTIALS_FILE: z.string().min(1).optional(),
    /** DDAS payload signing: PKCS#8 PEM RSA key and its PEM certificate chain (PKIoverheid); required in production. */
    SCHULDHULP_DDAS_SIGNING_KEY_FILE: z.string().min(1).optional(),
    SCHULDHULP_DDAS_SIGNING_CERT_FILE: z.string().min(1).optional(),
    /** DDAS codeGegevensleverancier. */
    SCHULDHULP_DDAS_SUPPLIER_CODE: z.string().min(1).max(40).default('SCHULDHULP'),
    /**
     * Workflows a worker keeps in its cache (the rest replay their history when they next wake). A parked case costs
     * ~0.4 MiB of worker RSS on top of ~230 MiB for the worker itself (bench/MEMORY-NOTES.md); 1000 keeps a worker
     * well under 1 GiB however many cases are open, with room for active cases' larger state and letter rendering.
     * The SDK's own default is derived from the heap limit (2,310 on a 24 GiB machine). 0 disables the cache.
     */
    SCHULDHULP_WORKER_MAX_CACHED_WORKFLOWS: z.coerce.number().int().min(0).default(DEFAULT_WORKER_MAX_CACHED_WORKFLOWS),
    /** HTTP API and console (api/main.ts). */
    SCHULDHULP_API_PORT: port.default(3000),
    /** 0.0.0.0 in a container; loopback by default so a development machine does not expose it. */
    SCHULDHULP_API_HOST: z.string().min(1).default('127.0.0.1'),
    SCHULDHULP_API_PUBLIC_URL: z.url().default('http://localhost:3000'),
    /**
     * Reverse proxies in front of the API (IP addresses or CIDR ranges, comma-separated): X-Forwarded-For is
     * believed only from these. Empty: the socket's address is the client, whatever a header says.
     */
    SCHULDHULP_API_TRUSTED_PROXIES: csv
      .pipe(z.array(z.union([z.ipv4(), z.ipv6(), z.cidrv4(), z.cidrv6()], { error: 'an IP address or CIDR range' })))
      .default([]),
    /**
     * Where every API instance keeps access-code attempts and revoked creditors: a postgres:// URL for the
     * cluster; without it a SQLite file under the data folder (instances on one host).
     */
    SCHULDHULP_API_STATE_DATABASE_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\//, 'a postgres:// or postgresql:// URL')
      .optional(),
    /** JSON [{ tokenSha256, role, officerId?, gemeenteCode? }]; the API requires it in production, generates one in development. */
    SCHULDHULP_API_TOKENS_FILE: z.string().min(1).optional(),
    /** How long a creditor's session (after entering the access code) lasts. */
    SCHULDHULP_CREDITOR_SESSION_MINUTES: z.coerce.number().int().min(1).max(24 * 60).default(60),
    /** Supervisor view: a term "due soon" when it ends within this many werkdagen. */
    SCHULDHULP_ATTENTION_WERKDAGEN: z.coerce.number().int().min(0).max(60).default(3),
    /** Supervisor view: a case waiting on a creditor this many days (since its start) needs attention. */
    SCHULDHULP_ATTENTION_CREDITOR_DAYS: z.coerce.number().int().min(1).max(365).default(20),
    /** Supervisor view: a running case without a business event (officer, creditor, new phase) this many days. */
    SCHULDHULP_ATTENTION_PROGRESS_DAYS: z.coerce.number().int().min(1).max(365).default(30),
    /**
     * Supervisor view: after this many failures of an activity, or of a run's workflow tasks, the worker marks the
     * case workflow (an attention marker, workers/attention/). From 1.30 the server's own threshold also applies
     * (system.numConsecutiveWorkflowTaskProblemsToTriggerSearchAttribute, deploy/dynamicconfig).
     */
    SCHULDHULP_ATTENTION_TASK_ATTEMPTS: z.coerce.number().int().min(2).max(100).default(3),
  })
  .superRefine((env, ctx) => {
    if (Boolean(env.TEMPORAL_TLS_CERT_PATH) !== Boolean(env.TEMPORAL_TLS_KEY_PATH)) {
      ctx.addIssue({
        code: 'custom',
        path: [env.TEMPORAL_TLS_CERT_PATH ? 'TEMPORAL_TLS_KEY_PATH' : 'TEMPORAL_TLS_CERT_PATH'],
        message: 'mTLS needs both TEMPORAL_TLS_CERT_PATH and TEMPORAL_TLS_KEY_PATH',
      });
    }
    if (env.SCHULDHULP_ENV === 'production' && !env.SCHULDHULP_ACCESS_CODE_SECRET) {
      ctx.addIssue({
        code: 'custom',
        path: ['SCHULDHULP_ACCESS_CODE_SECRET'],
        message: 'required in production: it makes the creditors\' access codes unguessable',
      });
    }
    if (env.SCHULDHULP_ENV === 'production' && !env.SCHULDHULP_ENCRYPTION_KEYS) {
      ctx.addIssue({
        code: 'custom',
        path: ['SCHULDHULP_ENCRYPTION_KEYS'],
        message: 'required in production: payloads hold personal data and are never stored unencrypted',
      });
    }
  });

export type Env = z.infer<typeof envSchema>;

type LogLevel = 'error' | 'warn' | 'info' | 'debug';

export interface Config {
  env: Env['SCHULDHULP_ENV'];
  logLevel: { api: LogLevel; worker: LogLevel };
  dataDir: string;
  temporal: {
    address: string;
    namespace: string;
    taskQueue: string;
    tls?: { certPath?: string; keyPath?: string; caPath?: string; serverName?: string };
    apiKey?: string;
  };
  /** Raw key ring text; parsed (and for development generated) by platform/encryption/keys.ts. */
  encryptionKeys?: string;
  codecServer: { port: number; corsOrigins: string[]; publicUrl: string };
  temporalUiUrl: string;
  devServer: { port: number; uiPort: number; dbFile: string };
  worker: { maxCachedWorkflows: number };
  api: {
    port: number;
    host: string;
    publicUrl: string;
    tokensFile?: string;
    trustedProxies: string[];
    /** postgres:// URL of the shared access state; undefined: SQLite file `stateFile`. */
    stateDatabaseUrl?: string;
    stateFile: string;
    creditorSessionMinutes: number;
    attention: {
      dueWithinWerkdagen: number;
      creditorWaitingDays: number;
      progressDays: number;
      workflowTaskAttempts: number;
    };
  };
  letters: {
    gemeentenFile: string;
    portalUrl: string;
    accessCodeSecret?: string;
    smtpUrl?: string;
    mailFrom: string;
  };
  reporting: { databaseUrl?: string };
  ddas: { clientsFile?: string; signingKeyFile?: string; signingCertFile?: string; supplierCode: string };
  skn: { credentialsFile?: string };
}

/** http://localhost:8233 → also http://127.0.0.1:8233, and the other way round. */
export function withLoopbackTwins(origins: readonly string[]): string[] {
  const out = new Set(origins);
  for (const origin of origins) {
    const m = /^(https?:\/\/)(localhost|127\.0\.0\.1)((?::\d+)?\/?)$/.exec(origin);
    if (m) out.add(`${m[1]}${m[2] === 'localhost' ? '127.0.0.1' : 'localhost'}${m[3]}`);
  }
  return [...out];
}

export class ConfigError extends Error {
  override name = 'ConfigError';
  constructor(readonly problems: { variable: string; message: string }[]) {
    super(
      `Invalid configuration:\n${problems.map((p) => `  ${p.variable}: ${p.message}`).join('\n')}\n` +
        'Fix the environment variable(s) above and start again.',
    );
  }
}

/** Parses the environment; throws ConfigError naming each bad variable. */
export function loadConfig(source: Record<string, string | undefined> = process.env): Config {
  const result = envSchema.safeParse(source);
  if (!result.success) {
    throw new ConfigError(
      result.error.issues.map((issue) => ({ variable: String(issue.path[0] ?? '(environment)'), message: issue.message })),
    );
  }
  const env = result.data;
  const dataDir = path.resolve(env.SCHULDHULP_DATA_DIR);
  const tlsWanted = env.TEMPORAL_TLS || env.TEMPORAL_TLS_CERT_PATH || env.TEMPORAL_TLS_CA_PATH;
  return {
    env: env.SCHULDHULP_ENV,
    logLevel: {
      api: env.SCHULDHULP_LOG_LEVEL ?? (env.SCHULDHULP_ENV === 'production' ? 'info' : 'warn'),
      worker: env.SCHULDHULP_LOG_LEVEL ?? 'info',
    },
    dataDir,
    temporal: {
      address: env.TEMPORAL_ADDRESS,
      namespace: env.TEMPORAL_NAMESPACE,
      taskQueue: env.SCHULDHULP_TASK_QUEUE,
      tls: tlsWanted
        ? {
            certPath: env.TEMPORAL_TLS_CERT_PATH,
            keyPath: env.TEMPORAL_TLS_KEY_PATH,
            caPath: env.TEMPORAL_TLS_CA_PATH,
            serverName: env.TEMPORAL_TLS_SERVER_NAME,
          }
        : undefined,
      apiKey: env.TEMPORAL_API_KEY,
    },
    encryptionKeys: env.SCHULDHULP_ENCRYPTION_KEYS,
    codecServer: {
      port: env.SCHULDHULP_CODEC_PORT,
      corsOrigins:
        env.SCHULDHULP_ENV === 'production'
          ? env.SCHULDHULP_CODEC_CORS_ORIGINS
          : withLoopbackTwins(env.SCHULDHULP_CODEC_CORS_ORIGINS),
      publicUrl: env.SCHULDHULP_CODEC_PUBLIC_URL,
    },
    temporalUiUrl: env.TEMPORAL_UI_URL,
    devServer: {
      port: env.SCHULDHULP_DEV_SERVER_PORT,
      uiPort: env.SCHULDHULP_DEV_UI_PORT,
      dbFile: path.join(dataDir, 'temporal', 'dev-server.sqlite'),
    },
    worker: { maxCachedWorkflows: env.SCHULDHULP_WORKER_MAX_CACHED_WORKFLOWS },
    api: {
      port: env.SCHULDHULP_API_PORT,
      host: env.SCHULDHULP_API_HOST,
      publicUrl: env.SCHULDHULP_API_PUBLIC_URL,
      tokensFile: env.SCHULDHULP_API_TOKENS_FILE,
      trustedProxies: env.SCHULDHULP_API_TRUSTED_PROXIES,
      stateDatabaseUrl: env.SCHULDHULP_API_STATE_DATABASE_URL,
      stateFile: path.join(dataDir, 'api', 'access-state.sqlite'),
      creditorSessionMinutes: env.SCHULDHULP_CREDITOR_SESSION_MINUTES,
      attention: {
        dueWithinWerkdagen: env.SCHULDHULP_ATTENTION_WERKDAGEN,
        creditorWaitingDays: env.SCHULDHULP_ATTENTION_CREDITOR_DAYS,
        progressDays: env.SCHULDHULP_ATTENTION_PROGRESS_DAYS,
        workflowTaskAttempts: env.SCHULDHULP_ATTENTION_TASK_ATTEMPTS,
      },
    },
    letters: {
      gemeentenFile: env.SCHULDHULP_GEMEENTEN_FILE,
      portalUrl: env.SCHULDHULP_PORTAL_URL,
      accessCodeSecret: env.SCHULDHULP_ACCESS_CODE_SECRET,
      smtpUrl: env.SCHULDHULP_SMTP_URL,
      mailFrom: env.SCHULDHULP_MAIL_FROM,
    },
    reporting: { databaseUrl: env.SCHULDHULP_REPORTING_DATABASE_URL },
    ddas: {
      clientsFile: env.SCHULDHULP_DDAS_CLIENTS_FILE,
      signingKeyFile: env.SCHULDHULP_DDAS_SIGNING_KEY_FILE,
      signingCertFile: env.SCHULDHULP_DDAS_SIGNING_CERT_FILE,
      supplierCode: env.SCHULDHULP_DDAS_SUPPLIER_CODE,
    },
    skn: { credentialsFile: env.SCHULDHULP_SKN_CREDENTIALS_FILE },
  };
}
