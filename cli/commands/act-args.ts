import * as fs from 'node:fs';
import { parseArgs } from 'node:util';
import { UsageError } from '../command';

/**
 * The arguments of `case act` and `oplossing act`: `<zaak-id> <actie> [--officer ID | --creditor ID]
 * [--file invoer.json] [--json]`, and the JSON input file they read.
 */

export function parseActArgs(args: string[]) {
  const { values, positionals } = parseArgs({
    args,
    options: {
      officer: { type: 'string' },
      creditor: { type: 'string' },
      file: { type: 'string' },
      json: { type: 'boolean' },
    },
    allowPositionals: true,
    strict: true,
  });
  const [caseId, action] = positionals;
  return { values, caseId, action };
}

/** The input of an action: the JSON in --file, or {} without one. */
export function readActInput(file: string | undefined): unknown {
  if (!file) return {};
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    throw new UsageError(`--file ${file} is niet te lezen als JSON: ${(error as Error).message}`);
  }
}
