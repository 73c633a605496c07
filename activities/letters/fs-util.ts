import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';

/** Small filesystem helpers shared by the stores: atomic writes and first-writer-wins creation. */

async function writeTemp(target: string, data: string | Buffer): Promise<string> {
  await fs.mkdir(path.dirname(target), { recursive: true });
  const temp = `${target}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
  await fs.writeFile(temp, data);
  return temp;
}

/** Replaces `target` atomically (rename). For content-addressed files, where any writer writes the same bytes. */
export async function writeAtomic(target: string, data: string | Buffer): Promise<void> {
  const temp = await writeTemp(target, data);
  await fs.rename(temp, target);
}

/**
 * Creates `target` with `data` unless it exists: complete file or nothing, and of two racing writers exactly one
 * wins (hard link fails with EEXIST). Returns false when the file was already there.
 */
export async function createExclusive(target: string, data: string | Buffer): Promise<boolean> {
  const temp = await writeTemp(target, data);
  try {
    await fs.link(temp, target);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  } finally {
    await fs.rm(temp, { force: true });
  }
}

export async function readIfExists(file: string): Promise<Buffer | undefined> {
  try {
    return await fs.readFile(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

export async function exists(file: string): Promise<boolean> {
  try {
    await fs.access(file);
    return true;
  } catch {
    return false;
  }
}

export async function listFiles(dir: string, suffix: string): Promise<string[]> {
  try {
    const names = await fs.readdir(dir);
    return names.filter((n) => n.endsWith(suffix)).map((n) => path.join(dir, n));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

/** Ids become file names: refuse anything that could leave the folder. */
export function safeSegment(value: string, what: string): string {
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]{0,199}$/.test(value) || value.includes('..')) {
    throw new RangeError(`${what} is geen geldige sleutel: ${JSON.stringify(value)}`);
  }
  return value;
}
