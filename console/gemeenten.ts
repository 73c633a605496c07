import * as fs from 'node:fs';
import { z } from 'zod';

/**
 * The gemeenten the console serves: the name it shows (header, creditor portal) and its NL Design System theme,
 * design tokens over the Voorbeeld theme (@nl-design-system-unstable/voorbeeld-design-tokens). From the JSON file of
 * SCHULDHULP_GEMEENTEN_FILE; without it the example gemeente GM0599.
 */

const tokenName = z.string().regex(/^--[a-z0-9-]+$/, { error: 'een design token heet --naam-met-streepjes' });
// A colour, length or font name: no ; { } < > or quotes, so a value cannot end the rule it stands in.
const tokenValue = z
  .string()
  .regex(/^[#A-Za-z0-9 .,%()'-]{1,80}$/, { error: 'ongeldige waarde voor een design token' });

/** Per gemeente code: the name the console shows and its design tokens. */
export type Gemeenten = Record<string, { name: string; tokens: Record<string, string> }>;

export const EXAMPLE_GEMEENTEN: Gemeenten = {
  GM0599: {
    name: 'Gemeente Voorbeeldstad',
    tokens: {
      '--basis-color-action-1-inverse-bg-default': '#1d4f91',
      '--basis-color-accent-1-color-default': '#1d4f91',
      '--basis-color-action-1-color-default': '#1d4f91',
    },
  },
};

/**
 * The console's gemeenten from the one gemeente configuration the letters use (SCHULDHULP_GEMEENTEN_FILE,
 * `{ gemeenten: [{ code, letterhead: { name }, theme? }] }`): the name as the letters print it, and the design
 * tokens under `theme` (the example theme's colours where it has none).
 */
const configFileSchema = z.object({
  gemeenten: z
    .array(
      z.object({
        code: z.string().regex(/^GM\d{4}$/),
        letterhead: z.object({ name: z.string().trim().min(1).max(80) }),
        theme: z.record(tokenName, tokenValue).optional(),
      }),
    )
    .min(1),
});

export function gemeentenFromConfigFile(file: string): Gemeenten {
  const parsed = configFileSchema.safeParse(JSON.parse(fs.readFileSync(file, 'utf8')));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`SCHULDHULP_GEMEENTEN_FILE: ${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'ongeldig'}`);
  }
  const fallback = EXAMPLE_GEMEENTEN.GM0599!.tokens;
  return Object.fromEntries(
    parsed.data.gemeenten.map((g) => [g.code, { name: g.letterhead.name, tokens: g.theme ?? fallback }]),
  );
}

/** The theme stylesheet of one gemeente: its tokens on the page's theme class. */
export function themeCss(gemeenten: Gemeenten, code: string): string | undefined {
  const g = gemeenten[code];
  if (!g) return undefined;
  const lines = Object.entries(g.tokens).map(([k, v]) => `  ${k}: ${v};`);
  return `.voorbeeld-theme.gemeente-${code} {\n${lines.join('\n')}\n}\n`;
}

export const gemeenteName = (gemeenten: Gemeenten, code: string | undefined): string | undefined =>
  code ? (gemeenten[code]?.name ?? `Gemeente ${code}`) : undefined;
