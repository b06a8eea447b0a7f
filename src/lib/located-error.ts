/**
 * An error from parsing or checking a content file's body (a VFile message
 * from micromark or a remark plugin), restated as `file:line:column reason`,
 * the form editors link to and the build's other content errors share.
 */
export function locatedError(filePath: string, error: unknown): Error {
  const { line, column, reason } = error as { line?: number; column?: number; reason?: string };
  return new Error(`${filePath}:${line ?? 0}:${column ?? 0} ${reason ?? String(error)}`);
}
