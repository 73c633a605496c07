import { spawn, type ChildProcess } from 'node:child_process';
import * as path from 'node:path';

/**
 * A child process that is restarted when it dies, with a backoff (1 s, 2 s, 4 s … at most 30 s; back to 1 s once it
 * has run a minute), and says so. `scripts/start` runs its workers and API instances under it, so one crash no
 * longer stops the whole system.
 */

export interface Supervised {
  readonly name: string;
  /** The current process (a new one after each restart). */
  current(): ChildProcess;
  restarts(): number;
  /** Stops it for good: SIGINT, then SIGKILL after 15 s. */
  stop(): Promise<void>;
  /** Stops and starts it again now (a deploy); resolves once the new process is spawned. */
  restart(): Promise<void>;
}

export interface SuperviseOptions {
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** Lines of the child's output, already prefixed with its name. Default: this process's stdout/stderr. */
  write?: (line: string, stream: 'out' | 'err') => void;
  say?: (message: string) => void;
  minBackoffMs?: number;
  maxBackoffMs?: number;
  /** A child that ran this long is considered healthy again: the next backoff starts from the minimum. */
  healthyAfterMs?: number;
}

export function backoffMs(consecutiveFailures: number, min = 1000, max = 30_000): number {
  return Math.min(max, min * 2 ** Math.max(0, consecutiveFailures - 1));
}

const tsx = (cwd: string) => path.join(cwd, 'node_modules/.bin/tsx');

export function supervise(name: string, script: string, options: SuperviseOptions): Supervised {
  const write = options.write ?? ((line, stream) => (stream === 'out' ? process.stdout : process.stderr).write(line));
  const say = options.say ?? ((m) => console.error(m));
  const min = options.minBackoffMs ?? 1000;
  const max = options.maxBackoffMs ?? 30_000;
  const healthyAfter = options.healthyAfterMs ?? 60_000;
  let stopping = false;
  let failures = 0;
  let restarts = 0;
  let timer: NodeJS.Timeout | undefined;
  let child: ChildProcess;

  const prefix = (chunk: Buffer) =>
    chunk
      .toString()
      .split('\n')
      .filter(Boolean)
      .map((line) => `[${name}] ${line}\n`)
      .join('');

  function launch(): void {
    const startedAt = Date.now();
    child = spawn(tsx(options.cwd), [script], { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout?.on('data', (c: Buffer) => write(prefix(c), 'out'));
    child.stderr?.on('data', (c: Buffer) => write(prefix(c), 'err'));
    const self = child;
    child.once('exit', (code, signal) => {
      if (stopping || self !== child) return;
      failures = Date.now() - startedAt >= healthyAfter ? 1 : failures + 1;
      const wait = backoffMs(failures, min, max);
      restarts += 1;
      say(`[supervisor] ${name} exited (${signal ?? `code ${code}`}); restarting in ${(wait / 1000).toFixed(0)} s (restart ${restarts})`);
      timer = setTimeout(() => {
        timer = undefined;
        if (!stopping) launch();
      }, wait);
    });
  }

  function stopCurrent(): Promise<void> {
    return new Promise((resolve) => {
      const c = child;
      if (c.exitCode !== null || c.signalCode !== null) return resolve();
      const kill = setTimeout(() => c.kill('SIGKILL'), 15_000);
      c.once('exit', () => {
        clearTimeout(kill);
        resolve();
      });
      c.kill('SIGINT');
    });
  }

  launch();
  return {
    name,
    current: () => child,
    restarts: () => restarts,
    async stop() {
      stopping = true;
      if (timer) clearTimeout(timer);
      await stopCurrent();
    },
    async restart() {
      stopping = true;
      if (timer) clearTimeout(timer);
      await stopCurrent();
      stopping = false;
      failures = 0;
      launch();
    },
  };
}
