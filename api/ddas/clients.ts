import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import * as fs from 'node:fs';
import { z } from 'zod';
import { readOrCreateDevSecret } from '../../platform/dev-secret';

/**
 * The parties allowed to fetch DDAS deliveries (CBS, or the gemeente's own intermediary), each with its own
 * client credentials and the gemeenten it may receive. The clients file holds only the sha256 of each secret.
 */
export const ddasClientSchema = z.object({
  clientId: z.string().regex(/^[A-Za-z0-9._-]{3,64}$/, { error: 'clientId: 3–64 letters, cijfers, . _ -' }),
  clientSecretSha256: z
    .string()
    .regex(/^[0-9a-f]{64}$/, { error: 'clientSecretSha256 moet 64 hexadecimale tekens zijn' }),
  gemeenten: z.array(z.string().regex(/^GM\d{4}$/, { error: 'gemeenten: codes als GM0599' })).min(1),
});
export type DdasClient = z.infer<typeof ddasClientSchema>;

export class DdasClients {
  constructor(private readonly clients: readonly DdasClient[]) {}

  /** The client whose id and secret match, or undefined (constant time in the secret). */
  authenticate(clientId: string, secret: string): DdasClient | undefined {
    const client = this.clients.find((c) => c.clientId === clientId);
    if (!client) return undefined;
    const given = createHash('sha256').update(secret, 'utf8').digest();
    return timingSafeEqual(given, Buffer.from(client.clientSecretSha256, 'hex')) ? client : undefined;
  }

  byId(clientId: string): DdasClient | undefined {
    return this.clients.find((c) => c.clientId === clientId);
  }
}

export function loadDdasClientsFile(file: string): DdasClient[] {
  return z.array(ddasClientSchema).parse(JSON.parse(fs.readFileSync(file, 'utf8')));
}

/** Development: one client for GM0599 with a generated secret, kept in the data folder and printed at start. */
export function devDdasClient(
  file: string,
  log: (message: string) => void,
): { client: DdasClient; secret: string } {
  const secret = readOrCreateDevSecret(file, () => randomBytes(24).toString('base64url'), log);
  return {
    secret,
    client: {
      clientId: 'ddas-dev',
      clientSecretSha256: createHash('sha256').update(secret, 'utf8').digest('hex'),
      gemeenten: ['GM0599'],
    },
  };
}
