import { mkdir, writeFile } from 'node:fs/promises';
import * as path from 'node:path';
import { createAccessCodes, MemoryAccessCodeIndex } from '../../activities/letters/access-codes';
import { composeLetter } from '../../activities/letters/compose';
import { exampleLetterhead, exampleLetterInput, examplePortalUrl } from '../../activities/letters/examples';
import { loadLetterhead } from '../../activities/letters/letterhead';
import type { LetterKind } from '../../activities/letters/registry';
import { LETTER_KINDS, isLetterKind, letterRegistry } from '../../activities/letters/registry';
import type { CliCommand } from '../command';
import { UsageError } from '../command';

const USAGE = `Gebruik:
  schuldhulp letters render --example --out MAP [--kind SOORT]... [--logo PAD]
      Maakt van elke briefsoort (of alleen de genoemde) een PDF met fictieve voorbeeldgegevens
      (Gemeente Voorbeeldstad), één bestand per soort: MAP/<soort>.pdf.
  schuldhulp letters kinds
      Toont alle briefsoorten: ontvanger en of de brief om een reactie vraagt.

Opties:
  --example     voorbeeldgegevens gebruiken (verplicht; echte brieven maakt alleen de workflow)
  --out MAP     map voor de PDF's (wordt aangemaakt)
  --kind SOORT  alleen deze soort; mag vaker
  --logo PAD    PNG of JPEG als logo in het briefhoofd`;

interface RenderOptions {
  example: boolean;
  out?: string;
  kinds: LetterKind[];
  logo?: string;
}

function parseRenderArgs(args: string[]): RenderOptions {
  const options: RenderOptions = { example: false, kinds: [] };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const value = () => {
      const next = args[++i];
      if (next === undefined || next.startsWith('--')) throw new UsageError(`${arg} heeft een waarde nodig`);
      return next;
    };
    switch (arg) {
      case '--example':
        options.example = true;
        break;
      case '--out':
        options.out = value();
        break;
      case '--logo':
        options.logo = value();
        break;
      case '--kind': {
        const kind = value();
        if (!isLetterKind(kind))
          throw new UsageError(`onbekende briefsoort '${kind}' (zie: schuldhulp letters kinds)`);
        options.kinds.push(kind);
        break;
      }
      default:
        throw new UsageError(`onbekende optie '${arg}'`);
    }
  }
  if (!options.example)
    throw new UsageError('alleen --example wordt ondersteund: echte brieven maakt de workflow');
  if (!options.out) throw new UsageError('--out MAP ontbreekt');
  return options;
}

export const lettersCommand: CliCommand = {
  name: 'letters',
  summary: 'Brieven: voorbeeld-PDF van elke briefsoort maken, soorten tonen',
  usage: USAGE,
  async run(args, io) {
    const [sub, ...rest] = args;
    if (sub === 'kinds') {
      if (rest.length > 0) throw new UsageError(`onverwacht: ${rest.join(' ')}`);
      const width = Math.max(...LETTER_KINDS.map((k) => k.length));
      for (const kind of LETTER_KINDS) {
        const def = letterRegistry[kind];
        io.stdout(
          `${kind.padEnd(width)}  ${def.recipientType.padEnd(13)}  ${def.asksForAnswer ? 'vraagt reactie' : '              '}  ${def.title}`,
        );
      }
      return 0;
    }
    if (sub !== 'render')
      throw new UsageError(sub ? `onbekend subcommando '${sub}'` : 'subcommando ontbreekt (render of kinds)');
    const options = parseRenderArgs(rest);
    const out = path.resolve(options.out ?? '.');
    await mkdir(out, { recursive: true });
    const letterhead = loadLetterhead({
      ...exampleLetterhead,
      ...(options.logo ? { logoPath: options.logo } : {}),
    });
    // A fixed, public example secret: example codes are not real codes.
    const accessCodes = createAccessCodes({
      secret: 'voorbeeld-geheim-alleen-voor-voorbeeldbrieven-0000',
      index: new MemoryAccessCodeIndex(),
    });
    const kinds = options.kinds.length > 0 ? options.kinds : LETTER_KINDS;
    let total = 0;
    for (const kind of kinds) {
      const letter = await composeLetter(exampleLetterInput(kind), {
        letterhead,
        portalUrl: examplePortalUrl,
        accessCodeFor: (caseReference, creditorId) => accessCodes.codeFor(caseReference, creditorId),
      });
      const file = path.join(out, `${kind}.pdf`);
      await writeFile(file, letter.pdf);
      total += letter.pdf.length;
      io.stdout(
        `${file}  ${letter.pages} ${letter.pages === 1 ? 'pagina' : "pagina's"}, ${(letter.pdf.length / 1024).toFixed(1)} kB`,
      );
    }
    io.stdout(`${kinds.length} brieven geschreven naar ${out} (${(total / 1024).toFixed(1)} kB samen)`);
    return 0;
  },
};
