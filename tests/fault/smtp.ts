import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as path from 'node:path';
import { freePort } from '../../scripts/lib/dev-server';

/**
 * A real SMTP server on loopback: aiosmtpd (PyPI, scripts/install-aiosmtpd) with its Mailbox handler, one file per
 * message it accepted in a Maildir. The fault tests count the messages per Message-ID (one per letter).
 */
const root = path.resolve(__dirname, '../..');

export interface SmtpServer {
  url: string;
  maildir: string;
  /** Message-ID → how many messages carried it. */
  messageIds(): Map<string, number>;
  stop(): Promise<void>;
}

export async function startSmtp(dir: string): Promise<SmtpServer> {
  const lib = path.join(root, '.tools/aiosmtpd');
  if (!fs.existsSync(lib)) throw new Error('aiosmtpd not installed: run scripts/install-aiosmtpd');
  const port = await freePort();
  const maildir = path.join(dir, 'maildir');
  const child: ChildProcess = spawn('python3', ['-m', 'aiosmtpd', '-n', '-l', `127.0.0.1:${port}`, '-c', 'aiosmtpd.handlers.Mailbox', maildir], {
    env: { ...process.env, PYTHONPATH: lib },
    stdio: ['ignore', 'ignore', fs.openSync(path.join(dir, 'smtp.log'), 'a')],
  });
  const deadline = Date.now() + 20_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`aiosmtpd exited (${child.exitCode}); see ${dir}/smtp.log`);
    const up = await new Promise<boolean>((resolve) => {
      const s = net.connect(port, '127.0.0.1', () => (s.end(), resolve(true)));
      s.once('error', () => resolve(false));
    });
    if (up) break;
    if (Date.now() > deadline) throw new Error('aiosmtpd did not listen within 20 s');
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    url: `smtp://127.0.0.1:${port}`,
    maildir,
    messageIds() {
      const counts = new Map<string, number>();
      for (const sub of ['new', 'cur']) {
        const d = path.join(maildir, sub);
        if (!fs.existsSync(d)) continue;
        for (const f of fs.readdirSync(d)) {
          const head = fs.readFileSync(path.join(d, f), 'utf8').split(/\r?\n\r?\n/)[0]!;
          const id = /^Message-ID:\s*(\S+)/im.exec(head)?.[1] ?? `(none) ${f}`;
          counts.set(id, (counts.get(id) ?? 0) + 1);
        }
      }
      return counts;
    },
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
