import { z } from 'astro/zod';

/**
 * What a reference field points at: an entity (by id), or a paragraph of a
 * source article (a citation).
 */
export type ReferenceTarget = 'entity' | 'paragraph';

/**
 * The schemas whose values point at something else in the dossier. A field is
 * a reference because its schema is one of these, whatever the field is
 * called, so the cross-file checks find a new reference field without being
 * told its name (`referencesIn`).
 */
export const references = z.registry<{ to: ReferenceTarget }>();

/** Marks `schema` as a reference to `to` and returns it. */
export function reference<Schema extends z.ZodType>(schema: Schema, to: ReferenceTarget): Schema {
  references.add(schema, { to });
  return schema;
}

/** One reference found in a value: where (`relations[0].to`), to what, and whether it is an item of a list. */
export interface FoundReference {
  path: string;
  to: ReferenceTarget;
  value: unknown;
  /** True for a list of references (`about: [a, b]`): `value` is the list, `path` the list's. */
  list: boolean;
}

/** The parts of a zod definition the walk reads; what each holds depends on its `type`. */
interface Def {
  type: string;
  innerType?: z.ZodType;
  element?: z.ZodType;
  shape?: Record<string, z.ZodType>;
  options?: z.ZodType[];
  in?: z.ZodType;
  out?: z.ZodType;
  getter?: () => z.ZodType;
  valueType?: z.ZodType;
}

const defOf = (schema: z.ZodType) => schema._zod.def as unknown as Def;

/** The schema that describes a value, through optional, default, pipe, lazy and the like. */
function unwrap(schema: z.ZodType): z.ZodType {
  for (;;) {
    if (references.get(schema)) return schema;
    const def = defOf(schema);
    if (def.innerType) schema = def.innerType;
    else if (def.type === 'pipe' && def.in && def.out)
      // A transform's output is its input's reshaping (`cite` reads back as a list): walk the input.
      schema = defOf(def.out).type === 'transform' ? def.in : def.out;
    else if (def.type === 'lazy' && def.getter) schema = def.getter();
    else return schema;
  }
}

/** The option of a union that `value` is: the object option with all of its keys, else the first that fits. */
function optionFor(options: z.ZodType[], value: unknown): z.ZodType | undefined {
  const unwrapped = options.map(unwrap);
  if (Array.isArray(value)) return unwrapped.find((o) => defOf(o).type === 'array');
  if (value && typeof value === 'object') {
    const keys = Object.keys(value);
    const objects = unwrapped.filter((o) => defOf(o).shape);
    return objects.find((o) => keys.every((key) => key in defOf(o).shape!)) ?? objects[0];
  }
  return undefined;
}

/**
 * Every reference in `value`, which `schema` describes, in the order of the
 * value's own fields (a field before what it holds). Paths read like
 * `relations[0].to`, after `path` when given.
 */
export function referencesIn(schema: z.ZodType, value: unknown, path = ''): FoundReference[] {
  const found: FoundReference[] = [];
  const visit = (schema: z.ZodType | undefined, value: unknown, path: string) => {
    if (!schema) return;
    schema = unwrap(schema);
    const target = references.get(schema)?.to;
    if (target) {
      found.push({ path, to: target, value, list: false });
      return;
    }
    const def = defOf(schema);
    if (def.type === 'union' && def.options) return visit(optionFor(def.options, value), value, path);
    if (def.type === 'array' && def.element && Array.isArray(value)) {
      const element = unwrap(def.element);
      const to = references.get(element)?.to;
      if (to) found.push({ path, to, value, list: true });
      else value.forEach((item, i) => visit(element, item, `${path}[${i}]`));
      return;
    }
    if ((def.shape || def.valueType) && value && typeof value === 'object' && !Array.isArray(value)) {
      for (const [key, child] of Object.entries(value)) {
        visit(def.shape ? def.shape[key] : def.valueType, child, path ? `${path}.${key}` : key);
      }
    }
  };
  visit(schema, value, path);
  return found;
}
