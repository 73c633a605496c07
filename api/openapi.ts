import { z } from 'zod';
import { PROBLEM_CONTENT_TYPE } from './problem';
import type { AnyRoute, ResponseSpec } from './route';
import { componentNames, problemSchema } from './schemas';

/**
 * The OpenAPI 3.1 document, generated from the same route declarations and zod schemas the server runs on.
 * Request bodies are described as the client sends them (zod's input side); responses as the server sends them.
 */

type JsonSchema = Record<string, unknown>;

const PROBLEM_DESCRIPTIONS: Record<number, string> = {
  400: 'Ongeldige invoer; invalid-params noemt elk veld',
  401: 'Niet aangemeld of ongeldig token',
  403: 'Geen toegang voor deze rol, gemeente of schuldeiser',
  404: 'Zaak, schuldeiser of brief bestaat niet',
  409: 'De zaak weigert de actie; detail geeft de reden',
  429: 'Te veel onjuiste toegangscodes',
};

function jsonSchemaOf(schema: z.ZodType, io: 'input' | 'output'): JsonSchema {
  const { $schema: _drop, ...rest } = z.toJSONSchema(schema, {
    target: 'draft-2020-12',
    io,
    unrepresentable: 'any',
    reused: 'inline',
  }) as JsonSchema;
  return rest;
}

export function buildOpenApi(routes: readonly AnyRoute[], info: { version: string; serverUrl?: string }) {
  const components: Record<string, JsonSchema> = {
    Problem: jsonSchemaOf(problemSchema, 'output'),
  };
  const ref = (schema: z.ZodType, io: 'input' | 'output'): JsonSchema => {
    const name = componentNames.get(schema);
    if (!name) return jsonSchemaOf(schema, io);
    components[name] ??= jsonSchemaOf(schema, io);
    return { $ref: `#/components/schemas/${name}` };
  };

  const parametersOf = (schema: z.ZodType | undefined, where: 'path' | 'query') => {
    if (!schema) return [];
    const json = jsonSchemaOf(schema, 'input') as {
      properties?: Record<string, JsonSchema>;
      required?: string[];
    };
    return Object.entries(json.properties ?? {}).map(([name, property]) => ({
      name,
      in: where,
      required: where === 'path' || (json.required ?? []).includes(name),
      schema: property,
    }));
  };

  const responseOf = (spec: ResponseSpec) => {
    const contentType = spec.contentType ?? 'application/json';
    return {
      description: spec.description,
      ...(spec.schema
        ? { content: { [contentType]: { schema: ref(spec.schema, 'output') } } }
        : spec.contentType
          ? { content: { [contentType]: { schema: { type: 'string', contentMediaType: contentType } } } }
          : {}),
    };
  };

  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of routes) {
    const responses: Record<string, unknown> = {};
    for (const spec of [route.response, ...(route.otherResponses ?? [])]) {
      responses[String(spec.status)] = responseOf({
        ...spec,
        schema: spec.schema ?? (spec.contentType ? undefined : route.response.schema),
      });
    }
    const problems = new Set<number>(route.problems ?? []);
    if (route.params || route.query || route.body) problems.add(400);
    if (route.roles !== 'public') {
      problems.add(401);
      problems.add(403);
    }
    for (const status of [...problems].sort()) {
      responses[String(status)] = {
        description: PROBLEM_DESCRIPTIONS[status] ?? 'Fout',
        content: { [PROBLEM_CONTENT_TYPE]: { schema: { $ref: '#/components/schemas/Problem' } } },
      };
    }
    const operation: Record<string, unknown> = {
      operationId: route.operationId,
      summary: route.summary,
      ...(route.description ? { description: route.description } : {}),
      tags: [route.tag],
      ...(route.roles === 'public'
        ? { security: [] }
        : { security: [{ bearer: [] }], 'x-roles': [...route.roles] }),
      parameters: [...parametersOf(route.params, 'path'), ...parametersOf(route.query, 'query')],
      ...(route.body
        ? {
            requestBody: {
              required: true,
              content: {
                [route.bodyContentType ?? 'application/json']: { schema: ref(route.body, 'input') },
              },
            },
          }
        : {}),
      responses,
    };
    (paths[route.path] ??= {})[route.method.toLowerCase()] = operation;
  }

  return {
    openapi: '3.1.0',
    info: {
      title: 'schuldhulp API',
      version: info.version,
      description:
        'Gemeentelijke schuldhulpverlening: medewerkers, schuldeisers (met de toegangscode uit de brief) en toezicht. ' +
        'Fouten als application/problem+json (RFC 9457).',
    },
    ...(info.serverUrl ? { servers: [{ url: info.serverUrl }] } : {}),
    tags: [
      { name: 'Medewerker', description: 'Zaken van de eigen gemeente' },
      { name: 'Schuldeiser', description: 'Portaal: één zaak, één schuldeiser' },
      { name: 'Toezicht', description: 'Teamleiders' },
      { name: 'Waarborgfonds', description: 'Waarborgfonds Saneringskredieten: borgstellingen' },
      {
        name: 'Schuldenknooppunt',
        description:
          'Schuldeisers met een eigen sleutel: berichten en antwoorden in de woorden van het Schuldenknooppunt',
      },
      { name: 'Algemeen' },
    ],
    paths,
    components: {
      schemas: components,
      securitySchemes: {
        bearer: {
          type: 'http',
          scheme: 'bearer',
          description:
            'Medewerkers en toezicht: token uit de configuratie. Schuldeisers: sessie uit POST /api/v1/creditor-sessions, ' +
            'of op /api/v1/skn de sleutel die de gemeente per schuldeiser instelt.',
        },
      },
    },
  };
}
