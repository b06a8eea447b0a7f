import type { SummaryCheck } from '../records';
import type { CheckCitation } from './citations';
import type { Add } from './report';

/** Checks a written summary (a profile's, or the overview's) in `file`. */
export type CheckSummary = (file: string, field: 'summary' | 'overview', summary: SummaryCheck) => void;

/** A summary's citations exist, and every sentence has one. */
export function summaryCheck(checkCitation: CheckCitation, add: Add): CheckSummary {
  return (file, field, summary) => {
    summary.citations.forEach((c, i) => checkCitation(file, `${field} (citation ${i + 1})`, c.to, c.line));
    for (const { text, line } of summary.uncited) {
      add(
        file,
        field,
        `this sentence cites no source: "${text}". End it with <Cite to="<article-id>#p-<n>" /> or remove it.`,
        line === undefined ? {} : { line },
      );
    }
  };
}
