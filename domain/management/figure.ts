import { z } from 'zod';

/**
 * One management figure: bars, each with the cases behind it. Declared once: the figures compute it
 * (figures.ts), the API answers with it, the console draws it.
 */
export const barSchema = z.object({
  label: z.string(),
  value: z.number().int(),
  caseIds: z.array(z.string()),
});

export const figureSchema = z.object({
  id: z.string(),
  title: z.string(),
  /** One sentence with the figure's key number, for the chart's description and the page. */
  summary: z.string(),
  unit: z.string(),
  bars: z.array(barSchema),
});

export type Bar = z.infer<typeof barSchema>;
export type Figure = z.infer<typeof figureSchema>;
