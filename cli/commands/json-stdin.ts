import { parseArgs } from 'node:util';
import type { z } from 'zod';
import { describeFieldErrors, parseRecord } from '../../domain/records/errors';
import { UsageError, type CliIo } from '../command';

/**
 * The input of a command that reads one JSON record on stdin and takes only `--json`: the flag, and the record
 * checked against its schema. Bad flags, empty input, bad JSON and bad fields are a UsageError (exit 2) that
 * says what is wrong; `expected` names the fields an empty input lacks.
 */
export async function readJsonStdinCommand<S extends z.ZodType>(
  args: string[],
  io: CliIo,
  schema: S,
  expected: string,
): Promise<{ json: boolean; input: z.output<S> }> {
  let json: boolean | undefined;
  try {
    ({
      values: { json },
    } = parseArgs({ args, strict: true, allowPositionals: false, options: { json: { type: 'boolean' } } }));
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const text = await io.readStdin();
  if (text.trim() === '') throw new UsageError(`geen invoer op stdin; verwacht JSON met ${expected}`);
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`invoer is geen geldige JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  const parsed = parseRecord(schema, raw);
  if (!parsed.ok) throw new UsageError(describeFieldErrors(parsed.errors));
  return { json: json ?? false, input: parsed.value as z.output<S> };
}
