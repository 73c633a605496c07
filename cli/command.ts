/** One `schuldhulp` sub-command: its own file under cli/commands, registered in cli/main.ts. */
export interface CliCommand {
  name: string;
  summary: string;
  /** Full help text, printed for `--help`. */
  usage: string;
  /** Returns the exit code: 0 ok, 1 failure, 2 bad input (throw UsageError for that). */
  run(args: string[], io: CliIo): Promise<number>;
}

export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Whole standard input as text (for `proposal < input.json`). */
  readStdin(): Promise<string>;
}

/** Bad input: printed with the command's usage hint and exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}
