import { AesGcmPayloadCodec, KEY_ID_METADATA } from '../../platform/encryption/codec';
import type { KeyRing } from '../../platform/encryption/key-ring';

/**
 * Personal parts of reporting rows, sealed with the platform's key ring (AES-256-GCM, the payload codec itself):
 * `keyId:base64`. The key id keeps old rows readable after a key rotation.
 */
export class Sealer {
  private readonly codec: AesGcmPayloadCodec;
  constructor(ring: KeyRing) {
    this.codec = new AesGcmPayloadCodec(ring);
  }

  async seal(value: unknown): Promise<string> {
    const [payload] = await this.codec.encode([
      { metadata: { encoding: Buffer.from('json/plain') }, data: Buffer.from(JSON.stringify(value)) },
    ]);
    const keyId = Buffer.from(payload!.metadata![KEY_ID_METADATA]!).toString();
    return `${keyId}:${Buffer.from(payload!.data!).toString('base64')}`;
  }

  async open<T>(sealed: string): Promise<T> {
    const colon = sealed.indexOf(':');
    const [payload] = await this.codec.decode([
      {
        metadata: {
          encoding: Buffer.from('binary/encrypted'),
          [KEY_ID_METADATA]: Buffer.from(sealed.slice(0, colon)),
        },
        data: Buffer.from(sealed.slice(colon + 1), 'base64'),
      },
    ]);
    return JSON.parse(Buffer.from(payload!.data!).toString()) as T;
  }
}
