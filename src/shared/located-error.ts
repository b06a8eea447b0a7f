/**
 * Errors written for authors. A content mistake is reported as its message
 * alone, `file:line:column what is wrong. How to fix it.`, the form editors
 * link to: a stack trace under it points at the build's code, not at the
 * author's file, and buries the message. Stack traces stay for real crashes,
 * and come back for these too with DOSSIER_DEBUG=1 or `--verbose`.
 */

/** True when the build should show stack traces under author errors. */
export function showStacks(): boolean {
  return Boolean(process.env.DOSSIER_DEBUG) || process.argv.includes('--verbose');
}

/** An error the author fixes in their content or settings; printed without a stack trace. */
export class AuthorError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'AuthorError';
    // Astro prints an error's stack when it has one, and a location taken from it.
    if (!showStacks()) this.stack = '';
  }
}

/**
 * Runs a check in a place where Astro would frame any error as a crash of
 * the code around it ("An unhandled error occurred while running the
 * astro:config:setup hook"): an {@link AuthorError} is printed as its
 * message alone and the process exits with status 1; anything else is
 * thrown on as the crash it is.
 */
export function exitOnAuthorError(check: () => void): void {
  try {
    check();
  } catch (error) {
    if (!(error instanceof AuthorError) || showStacks()) throw error;
    process.stderr.write(`\n${error.message}\n\n`);
    process.exit(1);
  }
}

/** A place in a content file: the file relative to the project, and 1-based line and column when known. */
export interface ContentLocation {
  file: string;
  line?: number | undefined;
  column?: number | undefined;
}

/** `file:line:column`, `file:line` or `file`, as far as the location is known. */
export function formatLocation({ file, line, column }: ContentLocation): string {
  if (!line) return file;
  return column ? `${file}:${line}:${column}` : `${file}:${line}`;
}

/** A problem in one content file, at a place in it. */
export class ContentError extends AuthorError {
  constructor(
    readonly location: ContentLocation,
    readonly reason: string,
  ) {
    super(`${formatLocation(location)} ${reason}`);
    this.name = 'ContentError';
  }
}

/**
 * MDX's own hints assume a developer writing code: its HTML-comment error
 * suggests `{/* text *\/}`, an expression, which dossier content refuses in
 * turn. Restate them for text that is published as written.
 */
function forAuthors(reason: string, source: string | undefined): string {
  if (reason.includes('to create a comment in MDX')) {
    return 'HTML comments (<!-- … -->) are not allowed in dossier content, and neither are MDX comments ({/* … */}), which are code. Delete the comment and keep editorial notes outside content/; if the text really holds "<!", escape it as \\<!.';
  }
  if (source === 'micromark-extension-mdx-jsx') {
    return `${reason.replace(/\.?$/, '.')} Dossier content is text: escape a literal < as \\<.`;
  }
  if (source === 'micromark-extension-mdx-expression' || source === 'micromark-extension-mdxjs-esm') {
    return `${reason.replace(/\.?$/, '.')} Dossier content is text: escape a literal { as \\{.`;
  }
  return reason;
}

/**
 * An error from parsing or checking a content file's body (a VFile message
 * from micromark or a remark plugin), restated as a {@link ContentError}.
 */
export function locatedError(filePath: string, error: unknown): ContentError {
  const { line, column, reason, source } = error as {
    line?: number;
    column?: number;
    reason?: string;
    source?: string;
  };
  return new ContentError(
    { file: filePath, line: line ?? 0, column: column ?? 0 },
    forAuthors(reason ?? String(error), source),
  );
}
