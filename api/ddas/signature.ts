import { createHash, X509Certificate } from 'node:crypto';
import * as fs from 'node:fs';
import { CompactSign, flattenedVerify, importPKCS8, importX509, type KeyLike } from 'jose';

/**
 * DDAS payload signing (docs/api/signing-encryptie.md of the standard; KP-APIs signing-jades): a JWS with a
 * detached payload over the exact bytes of the HTTP body, PS256, header `nlgov-adr-payload-sig` in compact form
 * `BASE64URL(header)..BASE64URL(signature)`. The protected header carries alg, typ "JOSE", kid, the whole
 * certificate chain (x5c) and its thumbprint (x5t#S256); JAdES-B: no timestamp, no validation data.
 */
export interface SigningIdentity {
  kid: string;
  key: KeyLike;
  /** base64 DER, end-entity first. */
  x5c: string[];
  thumbprint: string;
}

export async function loadSigningIdentity(
  keyFile: string,
  certFile: string,
  kid?: string,
): Promise<SigningIdentity> {
  const key = await importPKCS8(fs.readFileSync(keyFile, 'utf8'), 'PS256');
  const pems =
    fs.readFileSync(certFile, 'utf8').match(/-----BEGIN CERTIFICATE-----[^-]+-----END CERTIFICATE-----/g) ??
    [];
  if (!pems.length) throw new Error(`${certFile}: no PEM certificate found`);
  const ders = pems.map((pem) => new X509Certificate(pem).raw);
  const thumbprint = createHash('sha256').update(ders[0]!).digest('base64url');
  return { kid: kid ?? thumbprint, key, x5c: ders.map((d) => d.toString('base64')), thumbprint };
}

/** `SHA-256=<base64>` of the body (RFC 3230 Digest, as DDAS-SHV.yaml requires on every body). */
export const digestOf = (body: Buffer | string): string =>
  `SHA-256=${createHash('sha256').update(body).digest('base64')}`;

export async function signDetached(body: Buffer | string, identity: SigningIdentity): Promise<string> {
  const jws = await new CompactSign(Buffer.from(body))
    .setProtectedHeader({
      alg: 'PS256',
      typ: 'JOSE',
      kid: identity.kid,
      x5c: identity.x5c,
      'x5t#S256': identity.thumbprint,
    })
    .sign(identity.key);
  const [header, , signature] = jws.split('.');
  return `${header}..${signature}`;
}

/**
 * Verifies a detached signature against the body with the public key of the first x5c certificate (what a
 * receiver does before it checks the chain to the PKIoverheid root, which is the receiver's trust decision).
 */
export async function verifyDetached(
  body: Buffer | string,
  header: string,
): Promise<Record<string, unknown>> {
  const [protectedHeader, empty, signature] = header.split('.');
  if (!protectedHeader || empty !== '' || !signature)
    throw new Error('geen JWS met losse payload (header..signature)');
  const decoded = JSON.parse(Buffer.from(protectedHeader, 'base64url').toString()) as {
    x5c?: string[];
    alg?: string;
  };
  if (decoded.alg !== 'PS256') throw new Error(`alg moet PS256 zijn, niet ${decoded.alg}`);
  const first = decoded.x5c?.[0];
  if (!first) throw new Error('x5c ontbreekt');
  const pem = `-----BEGIN CERTIFICATE-----\n${first.match(/.{1,64}/g)!.join('\n')}\n-----END CERTIFICATE-----`;
  const key = await importX509(pem, 'PS256');
  const result = await flattenedVerify(
    { protected: protectedHeader, signature, payload: Buffer.from(body).toString('base64url') },
    key,
  );
  return result.protectedHeader as Record<string, unknown>;
}
