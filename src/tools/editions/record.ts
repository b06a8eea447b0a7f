import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { diffSnapshots, summariseChanges } from '../../editions/diff';
import { unexplainedMoves } from '../../editions/diff-assessment';
import { EDITION_FORMAT, editionDate, readEditions, serializeEdition } from '../../editions/edition-file';
import { describeSnapshot } from '../../editions/history';
import { restrictToArticles, snapshotSchema, type Snapshot } from '../../editions/snapshot';
import { toId } from '../../identity/ids';
import { formatDossierDate, parseDossierDate } from '../../shared/dates';
import { formatProblems } from '../../shared/problems';

/** What `npm run edition` is asked to record. */
export interface EditionRequest {
  title: string;
  /** An EDTF day; the dossier's own as-of date when absent. */
  asOf?: string | undefined;
  note?: string | undefined;
  /** Record only what these articles support (an edition recorded after the fact). */
  sources?: string[] | undefined;
  /** The briefing's scope sentence for this edition, when the dossier's would not be true of it. */
  scope?: string | undefined;
}

/** Why an edition was not recorded: the message says what to do. */
export class EditionRefused extends Error {}

/** The dossier as the build sees it: built into a temporary folder, whose /editions/snapshot.json is read. */
export type SnapshotSource = (contentDir: string) => Snapshot;

/**
 * Builds the dossier as `npm run build` does, into a temporary folder, and
 * reads the snapshot the build writes: an edition records only a dossier that
 * builds, so every check of the build holds for it.
 */
export const buildSnapshot: SnapshotSource = (contentDir) => {
  const work = mkdtempSync(join(tmpdir(), 'dossier-edition-'));
  try {
    const astro = createRequire(import.meta.url)
      .resolve('astro/package.json')
      .replace(/package\.json$/, 'bin/astro.mjs');
    const result = spawnSync(process.execPath, [astro, 'build'], {
      encoding: 'utf8',
      env: {
        ...process.env,
        DOSSIER_CONTENT_DIR: contentDir,
        DOSSIER_OUT_DIR: join(work, 'dist'),
        ASTRO_TELEMETRY_DISABLED: '1',
        NO_COLOR: '1',
        FORCE_COLOR: '0',
      },
    });
    if (result.status !== 0) {
      // eslint-disable-next-line no-control-regex
      const output = `${result.stdout}\n${result.stderr}`.replace(/\u001b\[[0-9;]*m/g, '').trim();
      const lines = output.split('\n');
      throw new EditionRefused(
        `the dossier does not build, so it cannot be recorded as an edition. Fix what the build says, then run this again:\n\n${lines.slice(-40).join('\n')}`,
      );
    }
    return snapshotSchema.parse(JSON.parse(readFileSync(join(work, 'dist', 'editions', 'snapshot.json'), 'utf8')));
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
};

/** What was recorded. */
export interface RecordedEdition {
  file: string;
  number: number;
  id: string;
  asOf: string;
  summary: string;
}

/**
 * Records the dossier in `contentDir` as its next edition, or refuses (an
 * {@link EditionRefused} saying why): when the existing editions do not check
 * out, the dossier does not build, the date is not a day or is before the
 * latest edition's, a source is not an article, or nothing changed since the
 * latest edition. Writes the file whole or not at all.
 */
export function recordEdition(
  request: EditionRequest,
  contentDir: string,
  snapshotSource: SnapshotSource = buildSnapshot,
): RecordedEdition {
  const root = dirname(contentDir);
  const dir = join(contentDir, 'editions');
  if (!request.title.trim())
    throw new EditionRefused('--title is empty: give the edition a title, e.g. --title "After the phone call".');
  const existing = readEditions(dir, root);
  if (existing.problems.length > 0)
    throw new EditionRefused(
      `the editions already recorded do not check out; fix them first:\n${formatProblems(existing.problems)}`,
    );
  const latest = existing.editions.at(-1);
  if (request.asOf !== undefined) {
    const checked = editionDate.safeParse(request.asOf);
    if (!checked.success) throw new EditionRefused(`--as-of ${request.asOf} ${checked.error.issues[0]!.message}.`);
  }

  let snapshot = snapshotSource(contentDir);
  const asOf = request.asOf ?? snapshot.briefing.asOf;
  if (!editionDate.safeParse(asOf).success) {
    throw new EditionRefused(
      `the dossier's as-of date is ${asOf}, which is not a single day (content/dossier/index.mdx, asOf.edtf); give the edition's day with --as-of YYYY-MM-DD.`,
    );
  }
  if (latest && asOf < latest.asOf) {
    throw new EditionRefused(
      `--as-of ${asOf} is before the latest edition, ${latest.title} (${latest.filePath}, as of ${latest.asOf}): editions follow each other in time. Use --as-of ${latest.asOf} or later.`,
    );
  }
  if (request.sources) {
    const known = new Set(snapshot.articles.map((a) => a.id));
    const unknown = request.sources.filter((id) => !known.has(id));
    if (unknown.length > 0)
      throw new EditionRefused(
        `--sources names ${unknown.join(', ')}, which ${unknown.length === 1 ? 'is no article' : 'are no articles'} of the dossier. Articles: ${[...known].join(', ')}.`,
      );
    snapshot = restrictToArticles(snapshot, new Set(request.sources));
  }
  snapshot = {
    ...snapshot,
    briefing: { ...snapshot.briefing, asOf, ...(request.scope ? { scope: request.scope } : {}) },
  };
  if (latest) {
    const { changes } = diffSnapshots(latest.snapshot, snapshot);
    if (changes.length === 0)
      throw new EditionRefused(
        `nothing changed since the latest edition, ${latest.title} (${latest.filePath}, as of ${latest.asOf}): no edition recorded.`,
      );
  }
  const unexplained = unexplainedMoves(latest?.snapshot.assessment, snapshot.assessment);
  if (latest && unexplained.length > 0) {
    const lines = unexplained.map((m) => `  ${m.id}: ${m.before} → ${m.after}`);
    throw new EditionRefused(
      `${unexplained.length === 1 ? 'a key judgment moved' : `${unexplained.length} key judgments moved`} since the latest edition, ${latest.title} (as of ${latest.asOf}), without a reason of ${unexplained.length === 1 ? 'its' : 'their'} own:\n${lines.join('\n')}\nA change in a judgment says why (ICD 203): give each one in content/judgments.yaml "change:" with a one-line reason and the claims or paragraphs it rests on, then record the edition again. Nothing was written.`,
    );
  }
  const id = toId(`${asOf} ${request.title}`).slice(0, 80).replace(/-+$/, '');
  const file = join(dir, `${id}.json`);
  if (existsSync(file))
    throw new EditionRefused(`${relative(root, file)} exists already: give this edition another title.`);
  const number = (latest?.number ?? 0) + 1;
  const text = serializeEdition({
    format: EDITION_FORMAT,
    number,
    id,
    title: request.title.trim(),
    asOf,
    ...(request.note?.trim() ? { note: request.note.trim() } : {}),
    ...(request.sources ? { sources: request.sources } : {}),
    previous: latest ? { id: latest.id, hash: latest.hash } : null,
    snapshot,
  });
  mkdirSync(dir, { recursive: true });
  // Written beside it under a hidden name (which the build skips), then moved into place whole.
  const partial = join(dir, `.${id}.json.tmp`);
  writeFileSync(partial, text);
  renameSync(partial, file);
  const summary = latest
    ? `since ${latest.title}: ${summariseChanges(diffSnapshots(latest.snapshot, snapshot).changes)}`
    : `the first edition: ${describeSnapshot(snapshot)}`;
  return { file: relative(root, file), number, id, asOf: formatDossierDate(parseDossierDate(asOf)), summary };
}
