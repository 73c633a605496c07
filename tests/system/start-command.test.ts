import { execFile, spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { promisify } from 'node:util';
import { freePort, temporalCliPath } from '../../scripts/lib/dev-server';

/**
 * README command 1 as a user runs it (after setup): the whole system comes up on the embedded default,
 * a case started with the CLI shows in `temporal workflow list`, the Web UI is wired to our codec server
 * which decrypts the case input, and Ctrl-C stops everything.
 */

const run = promisify(execFile);
const root = path.resolve(__dirname, '../..');
let system: ChildProcess;
let output = '';
let env: NodeJS.ProcessEnv;
let ports: { grpc: number; ui: number; codec: number };

function waitForOutput(pattern: RegExp, timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`no ${pattern} within ${timeoutMs} ms; output:\n${output}`)),
      timeoutMs,
    );
    const check = () => {
      if (pattern.test(output)) {
        clearTimeout(timer);
        resolve();
      }
    };
    system.stdout!.on('data', check);
    system.stderr!.on('data', check);
    system.once('exit', (code) => reject(new Error(`start exited with ${code}:\n${output}`)));
    check();
  });
}

beforeAll(async () => {
  ports = { grpc: await freePort(), ui: await freePort(), codec: await freePort() };
  env = {
    ...process.env,
    SCHULDHULP_DATA_DIR: fs.mkdtempSync(path.join(os.tmpdir(), 'schuldhulp-system-')),
    SCHULDHULP_DEV_SERVER_PORT: String(ports.grpc),
    SCHULDHULP_DEV_UI_PORT: String(ports.ui),
    SCHULDHULP_CODEC_PORT: String(ports.codec),
    SCHULDHULP_CODEC_PUBLIC_URL: `http://localhost:${ports.codec}`,
    SCHULDHULP_CODEC_CORS_ORIGINS: `http://localhost:${ports.ui}`,
    TEMPORAL_ADDRESS: `127.0.0.1:${ports.grpc}`,
  };
  system = spawn(path.join(root, 'node_modules/.bin/tsx'), ['scripts/start.ts'], {
    cwd: root,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  system.stdout!.on('data', (c: Buffer) => (output += c.toString()));
  system.stderr!.on('data', (c: Buffer) => (output += c.toString()));
  await waitForOutput(/schuldhulp is running/, 90_000);
  await waitForOutput(/\[worker\] worker polling/, 90_000);
}, 200_000);

afterAll(() => {
  if (system && system.exitCode === null) system.kill('SIGKILL');
});

const temporal = (...args: string[]) =>
  run(temporalCliPath, [...args, '--address', `127.0.0.1:${ports.grpc}`, '--namespace', 'schuldhulp'], {
    env,
  });

describe('README command 1: the whole system', () => {
  it('prints the URLs and generates a development key into the data folder', () => {
    expect(output).toContain(`http://localhost:${ports.ui}/namespaces/schuldhulp/workflows`);
    expect(output).toContain(`http://localhost:${ports.codec}`);
    expect(fs.existsSync(path.join(env.SCHULDHULP_DATA_DIR!, 'dev-encryption-keys'))).toBe(true);
  });

  it('runs a case started with the CLI, listed by the Temporal CLI and decoded for the Web UI', async () => {
    const started = await run(
      'node',
      [
        'bin/schuldhulp.js',
        'case',
        'start',
        '--file',
        'examples/aanmelding.json',
        '--number',
        'SYS-1',
        '--json',
      ],
      {
        cwd: root,
        env,
      },
    );
    expect(JSON.parse(started.stdout)).toEqual({ caseId: 'case-GM0599-SYS-1', created: true });
    const again = await run(
      'node',
      [
        'bin/schuldhulp.js',
        'case',
        'start',
        '--file',
        'examples/aanmelding.json',
        '--number',
        'SYS-1',
        '--json',
      ],
      {
        cwd: root,
        env,
      },
    );
    expect(JSON.parse(again.stdout)).toEqual({ caseId: 'case-GM0599-SYS-1', created: false });

    const list = await temporal(
      'workflow',
      'list',
      '--query',
      "CasePhase = 'aanmelding'",
      '--output',
      'json',
    );
    expect(list.stdout).toContain('case-GM0599-SYS-1');

    // The UI is configured with our codec endpoint...
    const settings = (await (await fetch(`http://localhost:${ports.ui}/api/v1/settings`)).json()) as {
      Codec: { Endpoint: string };
    };
    expect(settings.Codec.Endpoint).toBe(`http://localhost:${ports.codec}`);
    // ...and what the UI sends it (the stored, encrypted input) comes back readable.
    const shown = JSON.parse(
      (await temporal('workflow', 'show', '--workflow-id', 'case-GM0599-SYS-1', '--output', 'json')).stdout,
    );
    const started0 = shown.events[0].workflowExecutionStartedEventAttributes.input.payloads[0];
    expect(JSON.stringify(started0)).not.toContain('Zwartkruis');
    const decode = await fetch(`http://localhost:${ports.codec}/decode`, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        'X-Namespace': 'schuldhulp',
        Origin: `http://localhost:${ports.ui}`,
      },
      body: JSON.stringify({ payloads: [started0] }),
    });
    expect(decode.headers.get('access-control-allow-origin')).toBe(`http://localhost:${ports.ui}`);
    const [payload] = ((await decode.json()) as { payloads: { data: string }[] }).payloads;
    expect(Buffer.from(payload!.data, 'base64').toString()).toContain('Zwartkruis-Oudshoorn');

    const shownByCli = await run('node', ['bin/schuldhulp.js', 'case', 'show', 'case-GM0599-SYS-1'], {
      cwd: root,
      env,
    });
    expect(shownByCli.stdout).toMatch(/Fase: aanmelding/);
    expect(shownByCli.stdout).toMatch(/eerste-gesprek\s+uiterlijk 2026-12-21/);
  });

  it('stops everything cleanly on Ctrl-C', async () => {
    const exited = new Promise<number | null>((resolve) => system.once('exit', resolve));
    system.kill('SIGINT');
    expect(await exited).toBe(0);
    expect(output).toMatch(/Stopped\. Cases are kept in/);
    await expect(fetch(`http://localhost:${ports.codec}/health`)).rejects.toThrow();
  });
});
