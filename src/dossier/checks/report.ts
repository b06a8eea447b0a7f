import type { LineLocator } from '../../content/read/field-lines';
import type { Problem } from '../../shared/problems';

/** Records a problem; its line is the field's unless `extra.line` says otherwise. */
export type Add = (
  file: string,
  field: string,
  message: string,
  extra?: Pick<Problem, 'line' | 'group' | 'cause'>,
) => void;

/** An `Add` that appends to `problems`, finding each field's line with `locate`. */
export function reporter(problems: Problem[], locate: LineLocator): Add {
  return (file, field, message, extra = {}) =>
    problems.push({ file, field, message, ...extra, line: extra.line ?? locate(file, field) });
}
