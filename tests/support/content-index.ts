import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { ENTITY_KINDS, type EntityKind } from '../../src/schemas/entity';
import { ROOT } from './paths';

/** An entity as its file states it: enough for tests to know its names and page. */
export interface EntityNames {
  kind: EntityKind;
  id: string;
  name: string;
  aliases: string[];
}

/** Every published entity profile of the real dossier, read straight from content/. */
export function readEntityNames(): EntityNames[] {
  return ENTITY_KINDS.flatMap((kind) =>
    readdirSync(join(ROOT, 'content', kind))
      .filter((file) => file.endsWith('.mdx') && !file.startsWith('_'))
      .map((file) => {
        const text = readFileSync(join(ROOT, 'content', kind, file), 'utf8');
        const data = parseYaml(/^---\n([\s\S]*?)\n---/.exec(text)![1]!) as { name: string; aliases?: string[] };
        return { kind, id: file.replace(/\.mdx$/, ''), name: data.name, aliases: data.aliases ?? [] };
      }),
  );
}
