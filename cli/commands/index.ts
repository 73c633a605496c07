import type { CliCommand } from '../command';
import { borgstellingCommand } from './borgstelling';
import { caseCommand } from './case';
import { deadlineCommand } from './deadline';
import { lettersCommand } from './letters';
import { oplossingCommand } from './oplossing';
import { proposalCommand } from './proposal';
import { stuckCommand } from './stuck';

/** Every sub-command, in the order `schuldhulp --help` lists them. Add one file per command. */
export const commands: CliCommand[] = [
  deadlineCommand,
  proposalCommand,
  caseCommand,
  oplossingCommand,
  borgstellingCommand,
  stuckCommand,
  lettersCommand,
];
