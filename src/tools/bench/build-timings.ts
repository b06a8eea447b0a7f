/** The phases of a build the benchmark reports, in seconds (NaN when the report lacks one). */
export interface BuildPhases {
  /** Astro's content sync: the loaders, which render the articles. */
  contentSync: number;
  /** Vite's bundles (prerender, server, client). */
  bundle: number;
  /** Rendering and writing every page. */
  generatePages: number;
  /** The search index (the dossier:pagefind integration's hooks). */
  searchIndex: number;
  /** The whole build as Astro timed it. */
  total: number;
}

/** A duration as Astro's timings report writes it (`850ms`, `12.34s`, `2m 5s`), in seconds. */
export function reportedSeconds(text: string): number {
  const minutes = /^(\d+)m (\d+)s$/.exec(text);
  if (minutes) return Number(minutes[1]) * 60 + Number(minutes[2]);
  const plain = /^([\d.]+)(ms|s)$/.exec(text);
  if (!plain) return NaN;
  return Number(plain[1]) / (plain[2] === 'ms' ? 1000 : 1);
}

/**
 * The phases of a build from the report `astro build --timings` prints: rows
 * of a name, a duration and its share (`  content sync    12.34s  20.1% ▂▃`).
 * A phase that ran more than once (the bundles) is summed.
 */
export function parseBuildTimings(log: string): BuildPhases {
  // eslint-disable-next-line no-control-regex
  const text = log.replace(/\u001b\[[0-9;]*m/g, '');
  const phase = (...names: string[]) => {
    let total = NaN;
    for (const name of names) {
      const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      for (const [, duration] of text.matchAll(new RegExp(`^ +${escaped} {2,}(\\d+m \\d+s|[\\d.]+m?s)\\b`, 'gm'))) {
        total = (Number.isNaN(total) ? 0 : total) + reportedSeconds(duration!);
      }
    }
    return total;
  };
  return {
    contentSync: phase('content sync'),
    bundle: phase('prerender bundle', 'ssr bundle', 'client bundle'),
    generatePages: phase('generate pages'),
    searchIndex: phase('dossier:pagefind'),
    total: reportedSeconds(/^total (\S+(?: \d+s)?) · /m.exec(text)?.[1] ?? ''),
  };
}
