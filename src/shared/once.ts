/**
 * The one way derived data is cached: computed the first time it is asked
 * for a key object, and kept as long as that object lives. The views key on
 * the loaded dossier, so each is computed once per build (and again after a
 * content change in `astro dev`, which loads a new dossier). The other
 * lifetime, the whole process, is `processMemo`'s: for what is parsed from
 * unchanged text and survives the module reloads of `astro dev`.
 */
export function once<K extends object, V>(compute: (key: K) => V): (key: K) => V {
  const values = new WeakMap<K, V>();
  return (key) => {
    if (!values.has(key)) values.set(key, compute(key));
    return values.get(key)!;
  };
}

/** {@link once} for a value per key object and id (a profile's lists, a speaker's quotes). */
export function oncePerId<K extends object, V>(compute: (key: K, id: string) => V): (key: K, id: string) => V {
  const byKey = once((_key: K) => new Map<string, V>());
  return (key, id) => {
    const values = byKey(key);
    if (!values.has(id)) values.set(id, compute(key, id));
    return values.get(id)!;
  };
}
