import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { buildDossierJson, type DossierJson } from '../../src/exports/dossier-json';
import { dossierJsonSchema, dossierJsonShape } from '../../src/exports/dossier-json-schema';
import { createUrls } from '../../src/identity/urls';
import { ENTITY_KINDS } from '../../src/schemas/kinds';
import { exportFixture } from '../support/exports';

/** dossier.schema.json is generated from the zod schemas that type dossier.json: one description of the shape. */
const schema = dossierJsonSchema();
const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false, allowUnionTypes: true });
addFormats(ajv);
const validate = ajv.compile(schema);

const { input, graph } = exportFixture();
const urls = createUrls('/');
const json = JSON.parse(
  JSON.stringify(
    buildDossierJson(input, graph, {
      urls,
      quoteUrl: (id) => `${urls.quotes()}#quote-${id}`,
      claimUrl: (id) => `${urls.claims()}#claim-${id}`,
    }),
  ),
) as DossierJson;
// The content alone has no editions; the site adds them (src/editions/editions-json.ts).
json.editions = [];

describe('the generated dossier.schema.json', () => {
  it('is a draft 2020-12 schema titled as before', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.title).toBe('Briefing dossier');
    expect(schema).not.toHaveProperty('$id');
  });

  it('validates a dossier.json built from a dossier', () => {
    expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
    // The zod schema agrees with the JSON Schema made from it.
    expect(dossierJsonShape.safeParse(json).success).toBe(true);
  });

  it('rejects an entity of a kind the registry does not have', () => {
    const wrong = structuredClone(json);
    (wrong.entities[0] as { kind: string }).kind = 'things';
    expect(validate(wrong)).toBe(false);
    expect(validate.errors?.map((e) => e.instancePath)).toContain('/entities/0/kind');
  });

  it('takes its kinds from the registry', () => {
    const defs = schema.$defs as Record<string, { properties: Record<string, { enum?: unknown }> }>;
    expect(defs.entity!.properties.kind!.enum).toEqual([...ENTITY_KINDS]);
  });
});
