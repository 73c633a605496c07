import type { CliCommand } from '../command';

/** Every sub-command, in the order `schuldhulp --help` lists them. Add one file per command. */
export const commands: CliCommand[] = [];
