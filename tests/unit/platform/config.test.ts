import { ConfigError, loadConfig } from '../../../platform/config';

describe('configuration', () => {
  it('starts with sensible development defaults when nothing is set', () => {
    const config = loadConfig({});
    expect(config.temporal.address).toBe('localhost:7233');
    expect(config.temporal.namespace).toBe('schuldhulp');
    expect(config.env).toBe('development');
  });

  it.each([
    [{ TEMPORAL_ADDRESS: 'no-port-here' }, 'TEMPORAL_ADDRESS', 'host:port'],
    [{ SCHULDHULP_CODEC_PORT: '99999' }, 'SCHULDHULP_CODEC_PORT', ''],
    [{ TEMPORAL_NAMESPACE: 'Bad Namespace' }, 'TEMPORAL_NAMESPACE', 'lower-case'],
    [{ SCHULDHULP_ENV: 'staging' }, 'SCHULDHULP_ENV', ''],
    [{ TEMPORAL_TLS_CERT_PATH: '/x/cert.pem' }, 'TEMPORAL_TLS_KEY_PATH', 'both'],
    [{ SCHULDHULP_ENV: 'production' }, 'SCHULDHULP_ENCRYPTION_KEYS', 'required in production'],
    [{ SCHULDHULP_ENV: 'production' }, 'SCHULDHULP_ACCESS_CODE_SECRET', 'access codes'],
    [{ SCHULDHULP_ACCESS_CODE_SECRET: 'short' }, 'SCHULDHULP_ACCESS_CODE_SECRET', '32'],
  ])('refuses %j, naming %s', (env, variable, hint) => {
    let error: unknown;
    try {
      loadConfig(env);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems;
    expect(problems.map((p) => p.variable)).toContain(variable);
    expect((error as Error).message).toContain(variable);
    if (hint) expect((error as Error).message).toContain(hint);
  });

  it('takes TLS settings for production', () => {
    const config = loadConfig({
      TEMPORAL_TLS_CERT_PATH: '/etc/tls/client.pem',
      TEMPORAL_TLS_KEY_PATH: '/etc/tls/client.key',
      SCHULDHULP_ENCRYPTION_KEYS: `k1=${Buffer.alloc(32, 1).toString('base64')}`,
      SCHULDHULP_ACCESS_CODE_SECRET: 'x'.repeat(40),
      SCHULDHULP_ENV: 'production',
    });
    expect(config.temporal.tls).toEqual(
      expect.objectContaining({ certPath: '/etc/tls/client.pem', keyPath: '/etc/tls/client.key' }),
    );
  });
});
