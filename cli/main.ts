import type { CliCommand, CliIo } from './command';
import { UsageError } from './command';
import { commands } from './commands';

const processIo: CliIo = {
  stdout: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
  stderr: (text) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
  readStdin: async () => {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  },
};

function overview(): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  return [
    'Gebruik: schuldhulp <commando> [opties]   (schuldhulp <commando> --help voor details)',
    '',
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
  ].join('\n');
}

export async function main(argv: string[], io: CliIo = processIo): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(overview());
    return name ? 0 : 2;
  }
  const command: CliCommand | undefined = commands.find((c) => c.name === name);
  if (!command) {
    io.stderr(`Onbekend commando: ${name}\n\n${overview()}`);
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout(command.usage);
    return 0;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(
        `schuldhulp ${command.name}: ${error.message}\n(schuldhulp ${command.name} --help voor het gebruik)`,
      );
      return 2;
    }
    io.stderr(`schuldhulp ${command.name}: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}
