/**
 * The `default:` of a switch that handles every case: `value` is `never` there, so the compiler errors at this call
 * when a case is missing (a new kind of entity, say) instead of letting it fall through silently.
 */
export function assertNever(value: never): never {
  throw new Error(`Unhandled case: ${JSON.stringify(value)}`);
}
