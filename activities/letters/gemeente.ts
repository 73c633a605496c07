import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { z } from 'zod';
import type { Signatory } from './engine';
import type { Letterhead, LoadedLetterhead } from './letterhead';
import { letterheadSchema, loadLetterhead } from './letterhead';
import type { ContactPerson } from './schemas';
import { LetterInputError } from './schemas';

/**
 * The gemeente configuration for letters, one entry per gemeente (CBS code): its letterhead (name, addresses,
 * logo, who decides), the creditor portal address its letters print, the official mandated to sign beschikkingen
 * (when the gemeente has one; otherwise the officer of the case signs) and its officers, who are named as contact
 * person and sign the letters of their cases. Read from SCHULDHULP_GEMEENTEN_FILE (deploy/gemeenten.json).
 */
const personName = z.string().trim().min(2).max(80);
const functionName = z.string().trim().min(2).max(80);

export const officerSchema = z.object({
  /** As in the bearer tokens and the case: "medewerker-001". */
  id: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/, 'alleen letters, cijfers, punt en streepjes'),
  name: personName,
  /** Function as printed under the name: "consulent schuldhulpverlening". */
  function: functionName,
  /** Direct number and address; the letterhead's general ones otherwise. */
  phone: z.string().trim().min(6).max(30).optional(),
  email: z.email().optional(),
});

export const gemeenteSchema = z.object({
  code: z.string().regex(/^GM\d{4}$/, 'CBS-gemeentecode als GM0599'),
  letterhead: letterheadSchema,
  /** Public address of the creditor portal, printed on letters that ask for an answer. */
  portalUrl: z.url().optional(),
  /** Mandated signatory of beschikkingen ("namens het college"), e.g. the team leader. */
  signatory: z.object({ name: personName, function: functionName }).optional(),
  officers: z.array(officerSchema).default([]),
});

export const gemeentenFileSchema = z.object({ gemeenten: z.array(gemeenteSchema).min(1) });

export type GemeenteConfig = z.infer<typeof gemeenteSchema>;
export type Officer = z.infer<typeof officerSchema>;

/** What a letter of one case needs from its gemeente. */
export interface LetterGemeente {
  code?: string;
  letterhead: LoadedLetterhead;
  portalUrl: string;
  /** Signs beschikkingen when set. */
  signatory?: Signatory;
  officers: Officer[];
}

export interface GemeenteDirectory {
  /** The gemeente of a case, from the code that starts its reference ("GM0599-2026-0001"). */
  forCase(caseReference: string): LetterGemeente;
  /** The officer as contact person, or the team's general details for an officer not in the configuration. */
  contactFor(caseReference: string, officerId: string): ContactPerson;
}

export function gemeenteCodeOf(caseReference: string): string | undefined {
  return /^(GM\d{4})-/.exec(caseReference)?.[1];
}

function describe(error: z.ZodError, file: string): string {
  const issue = error.issues[0];
  return `Gemeenteconfiguratie ${file} ongeldig: veld '${issue?.path.join('.') ?? '?'}': ${issue?.message ?? 'onbekende fout'}`;
}

/** Reads and checks the file; logo paths are relative to the file. Throws with the field named. */
export function loadGemeentenFile(file: string, defaultPortalUrl: string): GemeenteDirectory {
  const parsed = gemeentenFileSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) throw new Error(describe(parsed.error, file));
  const base = path.dirname(path.resolve(file));
  return createGemeenteDirectory(
    parsed.data.gemeenten.map((g) => ({
      ...g,
      letterhead: {
        ...g.letterhead,
        ...(g.letterhead.logoPath ? { logoPath: path.resolve(base, g.letterhead.logoPath) } : {}),
      },
    })),
    defaultPortalUrl,
  );
}

/** A directory over parsed entries; with one letterhead and no entries (tests, examples) every case gets it. */
export function createGemeenteDirectory(
  gemeenten: GemeenteConfig[] | Letterhead | LoadedLetterhead,
  defaultPortalUrl: string,
): GemeenteDirectory {
  const entries = new Map<string, LetterGemeente>();
  let only: LetterGemeente | undefined;
  if (Array.isArray(gemeenten)) {
    for (const g of gemeenten) {
      entries.set(g.code, {
        code: g.code,
        letterhead: loadLetterhead(g.letterhead),
        portalUrl: g.portalUrl ?? defaultPortalUrl,
        ...(g.signatory ? { signatory: { name: g.signatory.name, role: g.signatory.function } } : {}),
        officers: g.officers,
      });
    }
    if (entries.size === 1) only = [...entries.values()][0];
  } else {
    const letterhead = 'logo' in gemeenten ? gemeenten : loadLetterhead(gemeenten);
    only = { letterhead, portalUrl: defaultPortalUrl, officers: [] };
  }

  function forCase(caseReference: string): LetterGemeente {
    const code = gemeenteCodeOf(caseReference);
    const found = code ? entries.get(code) : undefined;
    if (found) return found;
    if (only && (!code || entries.size === 0)) return only;
    throw new LetterInputError(
      `Geen briefconfiguratie voor ${code ? `gemeente ${code}` : `dossier ${caseReference}`}: ` +
        'voeg de gemeente toe aan het bestand met gemeenten (SCHULDHULP_GEMEENTEN_FILE)',
      ['caseReference'],
    );
  }

  return {
    forCase,
    contactFor(caseReference, officerId) {
      const gemeente = forCase(caseReference);
      const { letterhead } = gemeente;
      const officer = gemeente.officers.find((o) => o.id === officerId);
      if (!officer) {
        return {
          name: letterhead.department ?? letterhead.name,
          phone: letterhead.phone,
          email: letterhead.email,
        };
      }
      return {
        name: officer.name,
        role: officer.function,
        phone: officer.phone ?? letterhead.phone,
        email: officer.email ?? letterhead.email,
      };
    },
  };
}
