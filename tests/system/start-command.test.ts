import { execFile, spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { promisify } from 'node:util';
import { freePort, temporalCliPath } from '../../scripts/lib/dev-server';
import { pdfText } from '../unit/letters/pdf-text';

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
let ports: { grpc: number; ui: number; codec: number; api: number };

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
  ports = { grpc: await freePort(), ui: await freePort(), codec: await freePort(), api: await freePort() };
  env = {
    ...process.env,
    SCHULDHULP_DATA_DIR: fs.mkdtempSync(path.join(os.tmpdir(), 'schuldhulp-system-')),
    SCHULDHULP_DEV_SERVER_PORT: String(ports.grpc),
    SCHULDHULP_DEV_UI_PORT: String(ports.ui),
    SCHULDHULP_CODEC_PORT: String(ports.codec),
    SCHULDHULP_CODEC_PUBLIC_URL: `http://localhost:${ports.codec}`,
    SCHULDHULP_CODEC_CORS_ORIGINS: `http://localhost:${ports.ui}`,
    TEMPORAL_ADDRESS: `127.0.0.1:${ports.grpc}`,
    SCHULDHULP_API_PORT: String(ports.api),
    SCHULDHULP_API_PUBLIC_URL: `http://localhost:${ports.api}`,
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
  await waitForOutput(/\[api\] API listening/, 90_000);
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
    const startSys1 = () =>
      run(
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
    const started = await startSys1();
    expect(JSON.parse(started.stdout)).toEqual({ caseId: 'case-GM0599-SYS-1', created: true });
    const again = await startSys1();
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
    // (under a key made for this start: the codec server decrypts for nobody else without a token).
    expect(settings.Codec.Endpoint).toMatch(new RegExp(`^http://localhost:${ports.codec}/ui/[A-Za-z0-9_-]{20,}$`));
    // ...and what the UI sends it (the stored, encrypted input) comes back readable.
    const shown = JSON.parse(
      (await temporal('workflow', 'show', '--workflow-id', 'case-GM0599-SYS-1', '--output', 'json')).stdout,
    );
    const started0 = shown.events[0].workflowExecutionStartedEventAttributes.input.payloads[0];
    expect(JSON.stringify(started0)).not.toContain('Zwartkruis');
    const anonymous = await fetch(`http://localhost:${ports.codec}/decode`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ payloads: [started0] }),
    });
    expect(anonymous.status).toBe(401);
    const decode = await fetch(`${settings.Codec.Endpoint}/decode`, {
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

  it('serves officers and creditors over the HTTP API: gesprek, toelating, letter code, saldo-opgave', async () => {
    const api = `http://localhost:${ports.api}/api/v1`;
    const tokens = JSON.parse(
      fs.readFileSync(path.join(env.SCHULDHULP_DATA_DIR!, 'dev-api-tokens.json'), 'utf8'),
    ) as {
      token: string;
      role: string;
    }[];
    const officer = {
      Authorization: `Bearer ${tokens.find((t) => t.role === 'officer')!.token}`,
      'Content-Type': 'application/json',
    };
    const caseUrl = `${api}/cases/case-GM0599-SYS-1`;
    const today = new Date().toISOString().slice(0, 10);
    const act = (action: string, body: unknown) =>
      fetch(`${caseUrl}/actions/${action}`, { method: 'POST', headers: officer, body: JSON.stringify(body) });

    const refused = await act('beschikking-toelating', {
      date: today,
      plan: { goal: 'x', residentActions: ['a'], gemeenteActions: ['b'] },
    });
    expect(refused.status).toBe(409);
    expect(refused.headers.get('content-type')).toMatch(/application\/problem\+json/);
    expect(((await refused.json()) as { detail: string }).detail).toMatch(/fase aanmelding/);

    expect((await act('eerste-gesprek', { date: today })).status).toBe(200);
    const admitted = await act('beschikking-toelating', {
      date: today,
      plan: { goal: 'Schuldenvrij', residentActions: ['Post meenemen'], gemeenteActions: ['Pauze vragen'] },
    });
    expect(admitted.status).toBe(200);

    // The kennisgeving to Woonstad carries its access code, as the creditor receives it.
    let kennisgeving: { letterId: string } | undefined;
    for (let i = 0; i < 60 && !kennisgeving; i++) {
      const status = (await (await fetch(caseUrl, { headers: officer })).json()) as {
        letters: { letterId: string; kind: string; recipient: string }[];
      };
      kennisgeving = status.letters.find((l) => l.kind === 'kennisgeving' && l.recipient === 'woonstad');
      if (!kennisgeving) await new Promise((r) => setTimeout(r, 500));
    }
    expect(kennisgeving).toBeDefined();
    const pdf = Buffer.from(
      await (
        await fetch(`${caseUrl}/letters/${kennisgeving!.letterId}/pdf`, { headers: officer })
      ).arrayBuffer(),
    );
    const { text } = await pdfText(pdf);
    const code = /[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}/.exec(text)?.[0];
    expect(code).toBeDefined();

    const session = await fetch(`${api}/creditor-sessions`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ code }),
    });
    expect(session.status).toBe(201);
    const { token } = (await session.json()) as { token: string };
    const creditor = { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' };
    const { items: list } = (await (
      await fetch(`${api}/creditor/letters`, { headers: creditor })
    ).json()) as {
      items: { letterId: string }[];
    };
    expect(list.length).toBeGreaterThanOrEqual(2);
    expect(list.every((l) => l.letterId.includes('.woonstad.'))).toBe(true);

    const answer = await fetch(`${api}/creditor/answers/saldo-opgave`, {
      method: 'POST',
      headers: creditor,
      body: JSON.stringify({ amount: 315075, reference: 'HUUR-2026-0042' }),
    });
    expect(answer.status).toBe(200);
    const track = (await (await fetch(`${caseUrl}/creditors/woonstad`, { headers: officer })).json()) as {
      answer: string;
      claimAmount: number;
    };
    expect(track).toMatchObject({ answer: 'saldo-opgave', claimAmount: 315075 });
  });

  it('answers the same questions in the terminal: case list, case act (refused and bad input), stuck', async () => {
    const cli = (...args: string[]) =>
      run('node', ['bin/schuldhulp.js', ...args], { cwd: root, env }).then(
        (r) => ({ code: 0, out: r.stdout, err: r.stderr }),
        (e: { code: number; stdout: string; stderr: string }) => ({
          code: e.code,
          out: e.stdout,
          err: e.stderr,
        }),
      );
    const listed = await cli('case', 'list', '--phase', 'stabilisatie', '--json');
    expect(listed.code).toBe(0);
    expect((JSON.parse(listed.out) as { caseId: string }[]).map((c) => c.caseId)).toContain(
      'case-GM0599-SYS-1',
    );
    expect((await cli('case', 'list', '--phase', 'bijna-klaar')).code).toBe(2);

    const input = path.join(env.SCHULDHULP_DATA_DIR!, 'gesprek.json');
    fs.writeFileSync(input, JSON.stringify({ date: new Date().toISOString().slice(0, 10) }));
    const refused = await cli(
      'case',
      'act',
      'case-GM0599-SYS-1',
      'eerste-gesprek',
      '--officer',
      'medewerker-001',
      '--file',
      input,
    );
    expect(refused.code).toBe(1);
    expect(refused.err).toMatch(/Geweigerd: .*fase stabilisatie/);
    fs.writeFileSync(input, JSON.stringify({ reason: '' }));
    const bad = await cli(
      'case',
      'act',
      'case-GM0599-SYS-1',
      'noodstop-pull',
      '--officer',
      'medewerker-001',
      '--file',
      input,
    );
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/reason/);

    const stuck = await cli('stuck', '--json');
    expect(stuck.code).toBe(0);
    expect(Array.isArray(JSON.parse(stuck.out))).toBe(true);
    // The dev server is Temporal 1.29: no TemporalReportedProblems, and the CLI says what that means.
    expect(stuck.err).toContain('TemporalReportedProblems');
  });

  it('stops everything cleanly on Ctrl-C', async () => {
    const exited = new Promise<number | null>((resolve) => system.once('exit', resolve));
    system.kill('SIGINT');
    expect(await exited).toBe(0);
    expect(output).toMatch(/Stopped\. Cases are kept in/);
    await expect(fetch(`http://localhost:${ports.codec}/health`)).rejects.toThrow();
  });
});
