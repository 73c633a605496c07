import { parseKeyRing } from '../../platform/encryption/key-ring';
import { dataConverter } from '../../platform/temporal';

/** The benchmarks' payload codec: a fixed test key, so a bench worker in another process decrypts the same payloads. */
export const benchDataConverter = dataConverter(parseKeyRing(`bench=${Buffer.alloc(32, 7).toString('base64')}`));
