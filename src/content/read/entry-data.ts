import type { LoaderContext } from 'astro/loaders';
import type { z } from 'astro/zod';
import { fieldPath } from '../../schemas/author-errors';
import { DossierContentError, type Problem } from '../../shared/problems';
import { fieldLine, type FieldStep, type YamlSource } from './yaml-source';

/** What a loader knows about an entry besides its data, to report schema problems at their lines. */
export interface EntrySource {
  id: string;
  /** The file, as authors see it. */
  filePath: string;
  /** The YAML the data was read from, with positions (a frontmatter, or a registry). */
  source: YamlSource | undefined;
  /** Steps before the entry's own fields in that YAML: `[id]` in a registry. */
  prefix?: FieldStep[];
}

/** A schema a folder of entries could hold instead, to say when a file is in the wrong folder. */
export interface OtherFolder {
  folder: string;
  schema: z.ZodType;
}

/**
 * Validates an entry with its collection's schema through Astro's
 * `parseData`. When that fails, the same schema is run again (only then) to
 * restate its issues as problems at their lines, `file:line field: message`,
 * instead of Astro's report at line 0 with a stack trace; and when the data
 * fits the schema of another folder, the problem says to move the file there.
 */
export async function parseEntryData(
  context: Pick<LoaderContext, 'parseData'>,
  data: Record<string, unknown>,
  entry: EntrySource,
  schema: z.ZodType,
  otherFolders: readonly OtherFolder[] = [],
): Promise<Record<string, unknown>> {
  try {
    return await context.parseData({ id: entry.id, data, filePath: entry.filePath });
  } catch (error) {
    const result = schema.safeParse(data);
    if (result.success) throw error;
    const prefix = entry.prefix ?? [];
    const problems: Problem[] = result.error.issues.map((issue) => {
      const path = [...prefix, ...(issue.path as FieldStep[])];
      return {
        file: entry.filePath,
        line: entry.source && fieldLine(entry.source, path),
        field: fieldPath(path) || '(frontmatter)',
        message: issue.message,
      };
    });
    const fits = otherFolders.filter((other) => other.schema.safeParse(data).success).map((other) => other.folder);
    if (fits.length === 1) {
      problems.unshift({
        file: entry.filePath,
        field: '(folder)',
        message: `this looks like a profile for ${fits[0]}/ (its fields fit that folder, not this one). Move the file to content/${fits[0]}/.`,
        cause: true,
      });
    }
    throw new DossierContentError(problems);
  }
}
