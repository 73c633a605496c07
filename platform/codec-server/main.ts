import { resolveTokens } from '../../api/wiring';
import { loadConfig } from '../config';
import { AesGcmPayloadCodec } from '../encryption/codec';
import { resolveKeyRing } from '../encryption/dev-key';
import { createCodecServer } from './server';
import { codecCallerOf } from './tokens';

/** Standalone codec server process (production compose runs it as its own service). */
async function main(): Promise<void> {
  const config = loadConfig();
  const { registry } = resolveTokens(config, console.log);
  const server = createCodecServer({
    codec: new AesGcmPayloadCodec(resolveKeyRing(config)),
    corsOrigins: config.codecServer.corsOrigins,
    authenticate: (token) => codecCallerOf(registry.authenticate(token)),
  });
  server.listen(config.codecServer.port, () => console.log(`codec server listening on :${config.codecServer.port}`));
  const stop = () => server.close(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
