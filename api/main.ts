import { loadConfig, ConfigError } from '../platform/config';
import { resolveAccessCodeSecret } from '../platform/access-code-secret';
import { resolveKeyRing } from '../platform/encryption/dev-key';
import { gemeentenFromConfigFile } from '../console/gemeenten';
import { consolePlugin } from '../console/plugin';
import { buildApi } from './app';
import { createApiClient } from './temporal-client';
import { createApiDeps, resolveTokens } from './wiring';
import { ddasFromConfig } from './ddas/wiring';
import { DDAS_BASE } from './ddas/plugin';
import { sknFromConfig } from './skn/wiring';

/**
 * The API process: `node dist/api/main.js` (production, scalable: no state but the shared data folder) or
 * `tsx api/main.ts` (scripts/start runs it next to the worker). In development it prints one token per role.
 */
async function main(): Promise<void> {
  const config = loadConfig();
  const log = (message: string) => console.log(message);
  const ring = resolveKeyRing(config, log);
  const accessCodeSecret = resolveAccessCodeSecret(config, log);
  const { registry, devTokens } = resolveTokens(config, log);
  const client = await createApiClient(config, ring);
  const deps = createApiDeps(config, client, accessCodeSecret, registry, undefined, ring);
  // The Schuldenknooppunt's vocabulary for creditors with their own credentials (api/skn/).
  const skn = sknFromConfig(config, log);
  deps.skn = skn.deps;
  // The field's standards beside our own API: DDAS-SHV for CBS.
  const ddas = await ddasFromConfig(config, ring, accessCodeSecret, log);
  const app = await buildApi(deps, {
    logger: { level: config.logLevel.api },
    publicUrl: config.api.publicUrl,
    trustedProxies: config.api.trustedProxies,
    plugins: [
      ddas.plugin,
      consolePlugin({
        portalUrl: config.letters.portalUrl,
        temporalUiUrl: config.temporalUiUrl,
        namespace: config.temporal.namespace,
        gemeenten: gemeentenFromConfigFile(config.letters.gemeentenFile),
      }),
    ],
  });
  await app.listen({ port: config.api.port, host: config.api.host });

  const lines = [
    `API listening on ${config.api.publicUrl}/api/v1 (OpenAPI: ${config.api.publicUrl}/api/v1/openapi.json)`,
  ];
  if (ddas.enabled)
    lines.push(
      `DDAS-SHV: POST ${config.api.publicUrl}${DDAS_BASE}/gegevens (token: POST ${DDAS_BASE}/token)`,
    );
  if (ddas.devClient)
    lines.push(`  DDAS development client: ${ddas.devClient.clientId} / ${ddas.devClient.secret}`);
  if (skn.devCredentials) {
    lines.push(`SKN creditor API ${config.api.publicUrl}/api/v1/skn/berichten, development credentials:`);
    for (const c of skn.devCredentials) lines.push(`  ${c.creditorIds.join(',').padEnd(15)} ${c.token}`);
  }
  if (devTokens) {
    lines.push('Development tokens (Authorization: Bearer <token>):');
    for (const t of devTokens) {
      const who = [t.officerId, t.gemeenteCode].filter(Boolean).join(', ');
      lines.push(`  ${t.role.padEnd(13)} ${t.token}${who ? `   (${who})` : ''}`);
    }
  }
  console.log(lines.join('\n'));

  let closing = false;
  const stop = async () => {
    if (closing) return;
    closing = true;
    await app.close();
    await deps.accessState?.close();
    await deps.skn?.fetchLog.close();
    await client.connection.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
}

main().catch((error) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
