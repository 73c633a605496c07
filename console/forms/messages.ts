import type { z } from 'zod';
import { fieldPath } from '../../domain/records/errors';
import { fieldFor, type FieldSpec, type InvalidParam } from '../forms';

/**
 * What a person reads when a field is not right: plain Dutch (B1) that names the field as the form labels it and
 * says what to do. Built from the zod issue's kind (missing, too long, not one of the choices) and, for a value in
 * the wrong form, the field's own instruction from labels.ts. The schema's own messages (field paths, cents) are
 * for the API and the CLI; people do not see them.
 */

const q = (label: string) => `‘${label}’`;

function missing(field: FieldSpec): string {
  if (field.kind === 'checkbox') return `Zet een vinkje bij ${q(field.label)}.`;
  if (field.kind === 'select' || field.kind === 'radio')
    return `Kies bij ${q(field.label)} wat van toepassing is.`;
  if (field.kind === 'lines') return `Vul bij ${q(field.label)} minstens één regel in.`;
  return `Vul ${q(field.label)} in.`;
}

function wrong(field: FieldSpec & { fix?: string }): string {
  return field.fix
    ? `${q(field.label)}: ${field.fix}`
    : `Controleer wat u bij ${q(field.label)} hebt ingevuld.`;
}

export function b1Message(
  issue: z.core.$ZodIssue,
  field: (FieldSpec & { fix?: string }) | undefined,
): string {
  if (!field) return 'Er is iets niet goed ingevuld. Controleer het formulier.';
  const absent = !('input' in issue) || issue.input === undefined;
  switch (issue.code) {
    case 'invalid_type':
      return absent ? missing(field) : wrong(field);
    case 'too_small':
      if (issue.origin === 'string' || issue.origin === 'array') return missing(field);
      return wrong(field);
    case 'too_big':
      return issue.origin === 'string'
        ? `${q(field.label)} is te lang. Gebruik hoogstens ${String(issue.maximum)} tekens.`
        : wrong(field);
    case 'invalid_value':
    case 'invalid_union':
      return absent || field.kind === 'checkbox'
        ? missing(field)
        : `Kies bij ${q(field.label)} een van de mogelijkheden.`;
    default: {
      // A rule of its own (a refinement): its sentence without the field code in front, after the label.
      const own = issue.code === 'custom' ? withoutCode(issue.message) : '';
      return !field.fix && own ? `${q(field.label)}: ${own}` : wrong(field);
    }
  }
}

/** "kredietbank: bij een saneringskrediet is de kredietbank verplicht" → "bij een saneringskrediet is ...". */
function withoutCode(message: string): string {
  const rest = message.replace(/^[A-Za-z][\w.[\]]*(?: \([^)]*\))?:? /, '').trim();
  return /[a-z]+\.[a-z]+|\bcenten\b|\(body\)/i.test(rest) ? '' : rest.replace(/\.?$/, '.');
}

/** Checks a body with its schema before it is sent: every problem as a B1 sentence at the field it belongs to. */
export function checkBody(
  schema: z.ZodType,
  body: unknown,
  fields: readonly (FieldSpec & { fix?: string })[],
  prefix = '',
): InvalidParam[] {
  const result = schema.safeParse(body, { reportInput: true });
  if (result.success) return [];
  return result.error.issues.map((issue) => {
    const name = `${prefix}${fieldPath(issue.path)}`;
    const target = fieldFor(name, fields);
    return {
      name,
      reason: b1Message(
        issue,
        fields.find((f) => f.name === target),
      ),
    };
  });
}

/** An error the API named by field (when the console's own check let it pass): in the field's words. */
export function apiParamMessage(param: InvalidParam, fields: readonly (FieldSpec & { fix?: string })[]): InvalidParam {
  const target = fieldFor(param.name, fields);
  const field = fields.find((f) => f.name === target);
  return {
    name: param.name,
    reason: field ? wrong(field) : 'Er is iets niet goed ingevuld. Controleer het formulier.',
  };
}

/** parseEuro's refusal, for a person. */
export const amountMessage = (field: FieldSpec & { fix?: string }): string =>
  field.fix
    ? `${q(field.label)}: ${field.fix}`
    : `Vul bij ${q(field.label)} een bedrag in euro’s in, bijvoorbeeld 1.250,00.`;
