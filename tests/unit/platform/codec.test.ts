import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { defaultPayloadConverter } from '@temporalio/common';
import { AesGcmPayloadCodec, ENCRYPTED_ENCODING } from '../../../platform/encryption/codec';
import { parseKeyRing } from '../../../platform/encryption/key-ring';
import { resolveKeyRing } from '../../../platform/encryption/dev-key';
import { loadConfig } from '../../../platform/config';

const key = (fill: number) => Buffer.alloc(32, fill).toString('base64');
const resident = { bsn: '111222333', naam: 'Jan de Vries', adres: 'Dorpsstraat 1, 1234 AB Ergens' };

describe('AES-GCM payload codec', () => {
  const codec = new AesGcmPayloadCodec(parseKeyRing(`k1=${key(1)}`));

  it('hides personal data and restores it exactly', async () => {
    const plain = defaultPayloadConverter.toPayload(resident);
    const [sealed] = await codec.encode([plain]);
    const raw = Buffer.from(sealed!.data!).toString('latin1');
    expect(raw).not.toContain('111222333');
    expect(raw).not.toContain('Jan de Vries');
    expect(Buffer.from(sealed!.metadata!.encoding!).toString()).toBe(ENCRYPTED_ENCODING);
    const [opened] = await codec.decode([sealed!]);
    expect(defaultPayloadConverter.fromPayload(opened!)).toEqual(resident);
  });

  it('decrypts payloads of a retired key after rotation, and encrypts with the new one', async () => {
    const [old] = await codec.encode([defaultPayloadConverter.toPayload(resident)]);
    const rotated = new AesGcmPayloadCodec(parseKeyRing(`k2=${key(2)},k1=${key(1)}`));
    const [opened] = await rotated.decode([old!]);
    expect(defaultPayloadConverter.fromPayload(opened!)).toEqual(resident);
    const [fresh] = await rotated.encode([defaultPayloadConverter.toPayload(1)]);
    expect(Buffer.from(fresh!.metadata!['encryption-key-id']!).toString()).toBe('k2');
  });

  it('refuses a payload whose key id it does not hold, and a tampered payload', async () => {
    const [sealed] = await codec.encode([defaultPayloadConverter.toPayload(resident)]);
    const stranger = new AesGcmPayloadCodec(parseKeyRing(`k9=${key(9)}`));
    await expect(stranger.decode([sealed!])).rejects.toThrow(/unknown encryption key id "k1"/);
    const tampered = Buffer.from(sealed!.data!);
    tampered[20] = tampered[20]! ^ 0xff;
    await expect(codec.decode([{ ...sealed!, data: tampered }])).rejects.toThrow();
  });

  it('passes through payloads that were never encrypted', async () => {
    const plain = defaultPayloadConverter.toPayload('hello');
    expect(await codec.decode([plain])).toEqual([plain]);
  });
});

describe('key ring', () => {
  it.each([
    ['k1=abc', /32 bytes/],
    [`=${key(1)}`, /keyId=base64Key/],
    [`k1=${key(1)},k1=${key(2)}`, /appears twice/],
  ])('rejects %s', (text, message) => {
    expect(() => parseKeyRing(text)).toThrow(message);
  });

  it('generates one development key into the data folder and reuses it', () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'schuldhulp-key-'));
    const config = loadConfig({ SCHULDHULP_DATA_DIR: dataDir });
    const messages: string[] = [];
    const first = resolveKeyRing(config, (m) => messages.push(m));
    const second = resolveKeyRing(config, (m) => messages.push(m));
    expect(messages).toHaveLength(1);
    expect(messages[0]).toContain('development encryption key');
    expect(second.keys.get(second.currentKeyId)).toEqual(first.keys.get(first.currentKeyId));
    expect(fs.statSync(path.join(dataDir, 'dev-encryption-keys')).mode & 0o077).toBe(0);
  });

  it('uses configured keys instead of generating one', () => {
    const k = randomBytes(32).toString('base64');
    const ring = resolveKeyRing(loadConfig({ SCHULDHULP_ENCRYPTION_KEYS: `prod-2026=${k}` }), () => {
      throw new Error('must not generate');
    });
    expect(ring.currentKeyId).toBe('prod-2026');
  });
});
