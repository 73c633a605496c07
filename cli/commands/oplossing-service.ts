import { TemporalBorgstellingDirectory } from '../../services/borgstellingen';
import type { BorgstellingDirectory, OplossingOperations } from '../../services/contracts';
import type { VisibilityClient } from '../../services/visibility';
import { loadConfig } from '../../platform/config';
import { resolveKeyRing } from '../../platform/encryption/dev-key';
import { createClient } from '../../platform/temporal';
import { OplossingService } from '../../services/oplossing';

/** The oplossing over the Temporal client of the environment (the CLI's own connection, as `case`). */
export interface OplossingCli {
  oplossing: OplossingOperations;
  borgstellingen: BorgstellingDirectory;
}

export async function oplossingCli(): Promise<OplossingCli> {
  const config = loadConfig();
  const client = await createClient(
    config,
    resolveKeyRing(config, () => undefined),
  );
  const oplossing = new OplossingService(client);
  return {
    oplossing,
    borgstellingen: new TemporalBorgstellingDirectory(client as unknown as VisibilityClient, oplossing),
  };
}
