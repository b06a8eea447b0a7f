import { AuthorError } from './located-error';

/** One thing wrong with the content, addressed to its author. */
export interface Problem {
  /** The file, relative to the project root. */
  file: string;
  /** The line in that file, when it can be found. */
  line?: number | undefined;
  /** The frontmatter field (e.g. `relations[2].to`) or `summary`. */
  field: string;
  /** What is wrong and how to fix it. */
  message: string;
  /**
   * Problems with one cause share a key (every citation of an article that
   * does not exist, say), and are reported as one with a count.
   */
  group?: string | undefined;
  /** A cause that explains other problems (no articles at all): reported first. */
  cause?: boolean | undefined;
}

/** How many groups are written out before the rest is only counted. */
const MAX_GROUPS = 40;
/** How many further places of a group are listed after its first problem. */
const MAX_PLACES = 5;

const where = (p: Problem) => `${p.file}${p.line ? `:${p.line}` : ''}`;

/**
 * The build's error text: the causes first, then one line per problem,
 * `file:line field: message`. Problems with one cause are one entry with a
 * count and the first few other places, so that deleting the articles folder
 * reads as one problem, not six hundred.
 */
export function formatProblems(problems: readonly Problem[]): string {
  // Causes first; then file by file (in the order files first appear), each from its top.
  const fileOrder = new Map<string, number>();
  for (const p of problems) if (!fileOrder.has(p.file)) fileOrder.set(p.file, fileOrder.size);
  const ordered = problems
    .map((problem, index) => ({ problem, index }))
    .sort(
      (a, b) =>
        Number(Boolean(b.problem.cause)) - Number(Boolean(a.problem.cause)) ||
        fileOrder.get(a.problem.file)! - fileOrder.get(b.problem.file)! ||
        (a.problem.line ?? 0) - (b.problem.line ?? 0) ||
        a.index - b.index,
    )
    .map(({ problem }) => problem);
  const groups = new Map<string, Problem[]>();
  ordered.forEach((problem, i) => {
    const key = problem.group ?? `\u0000${i}`;
    groups.set(key, [...(groups.get(key) ?? []), problem]);
  });
  const lines: string[] = [];
  for (const [, [first, ...more]] of [...groups].slice(0, MAX_GROUPS)) {
    lines.push(`  ${where(first!)} ${first!.field}: ${first!.message}`);
    if (more.length > 0) {
      const places = more.slice(0, MAX_PLACES).map((p) => `${where(p)} ${p.field}`);
      const rest = more.length > MAX_PLACES ? `, and ${more.length - MAX_PLACES} more` : '';
      lines.push(`    … and ${more.length} more with the same cause: ${places.join(', ')}${rest}.`);
    }
  }
  if (groups.size > MAX_GROUPS) {
    const left = [...groups.values()].slice(MAX_GROUPS).reduce((sum, group) => sum + group.length, 0);
    lines.push(`  … and ${left} more. Fix these first, then build again to see the rest.`);
  }
  const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
  const distinct = groups.size < problems.length ? ` (${groups.size} distinct)` : '';
  return `The dossier content has ${count}${distinct}:\n${lines.join('\n')}`;
}

/** Thrown by the build when the content has problems; its message is {@link formatProblems}. */
export class DossierContentError extends AuthorError {
  constructor(readonly problems: readonly Problem[]) {
    super(formatProblems(problems));
    this.name = 'DossierContentError';
  }
}
