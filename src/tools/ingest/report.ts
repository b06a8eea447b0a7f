import { relative } from 'node:path';
import type { IngestReport } from './ingest';
import { shorten } from './metadata';

/**
 * The short report ingest prints: what was written, paragraphs, words,
 * language, summary and label sources, seed, entities linked, and the names
 * that match no profile with their kind and the sentence they appear in.
 */
export function formatReport(report: IngestReport, cwd: string, dryRun = false): string {
  const show = (path: string) => relative(cwd, path) || path;
  const lines: string[] = [];
  const article = show(report.articlePath);
  if (dryRun) lines.push(`ingest: dry run, nothing written; would ${report.replaces ? 'replace' : 'write'} ${article}`);
  else if (report.draft)
    lines.push(`ingest: wrote draft ${article} (left out of the build while its name starts with _)`);
  else lines.push(`ingest: ${report.replaces ? 'replaced' : 'wrote'} ${article}`);
  const row = (key: string, value: string) => lines.push(`  ${key.padEnd(12)} ${value}`);
  row('slug', report.slug);
  row('paragraphs', String(report.paragraphs));
  row('words', String(report.words));
  row('language', `${report.language}${report.languageDetected ? ' (detected; pass --lang to override)' : ''}`);
  row(
    'label',
    `${JSON.stringify(report.label)}${report.labelFrom === 'derived' ? ' (derived; pass --label to choose)' : ''}`,
  );
  row(
    'summary',
    report.summaryFrom === 'option'
      ? 'from --summary'
      : 'first paragraph, cut at a sentence (pass --summary to write your own)',
  );
  row('seed', `${show(report.seedPath)}${report.seedCopied ? ' (copied)' : ' (already there)'}`);
  row(
    'entities',
    `${report.entities.length} linked (${report.mentions.length} mentions)${report.entities.length ? `: ${report.entities.join(', ')}` : ''}`,
  );
  if (report.suggestions.length === 0) row('suggestions', 'none: every name found matches a profile');
  else {
    row(
      'suggestions',
      `${report.suggestions.length} name${report.suggestions.length === 1 ? '' : 's'} matching no profile:`,
    );
    for (const s of report.suggestions) {
      lines.push(`    - ${s.name} (${s.kind}), ¶${s.paragraph}: "${shorten(s.sentence, 140)}"`);
    }
    if (report.stubs.length === 0) lines.push('    pass --create-stubs to write draft profiles for them');
  }
  if (report.ambiguities.length > 0) {
    row('ambiguous', `${report.ambiguities.length} name${report.ambiguities.length === 1 ? '' : 's'} left unlinked:`);
    for (const a of report.ambiguities)
      lines.push(`    - "${a.text}", ¶${a.paragraph}: may be ${a.candidates.join(' or ')}`);
  }
  const attributed = report.quotes.filter((q) => q.speaker !== null).length;
  row(
    'drafts',
    `${report.quotes.length} quotes (${attributed} with a speaker), ${report.events.length} dated events, ${report.profiles.length} profiles`,
  );
  if (report.quotes.length + report.events.length + report.profiles.length > 0) {
    row(
      'review',
      `${dryRun ? 'would wait' : 'waiting'} in ${show(report.reviewPath)}: npm run dev, then /review/, or npm run review -- list ${report.slug}`,
    );
  }
  for (const stub of report.stubs) {
    row(
      'stub',
      stub.written
        ? `${dryRun ? 'would write' : 'wrote'} ${show(stub.path)}`
        : `skipped ${stub.name}: ${stub.reason ?? ''}`,
    );
  }
  if (report.stillMissing.length > 0) {
    const fields = report.stillMissing.map((flag) => (flag === '--date' ? 'published' : flag.replace(/^--/, '')));
    row('to finish', `replace the TODOs (${fields.join(', ')}) in the draft, then rename it to ${report.slug}.mdx`);
  }
  return lines.join('\n');
}
