/**
 * A map that lives as long as the process, not the module: `astro dev`
 * re-runs the dossier's modules after every content change, and what was
 * derived from unchanged content (by its text or digest) need not be derived
 * again. Keys must identify their content completely.
 */
export function processMemo<K, V>(name: string): Map<K, V> {
  const memos = ((globalThis as { __dossierMemos?: Map<string, Map<unknown, unknown>> }).__dossierMemos ??= new Map());
  let memo = memos.get(name);
  if (!memo) memos.set(name, (memo = new Map()));
  return memo as Map<K, V>;
}
