import { closeSync, mkdirSync, openSync, readFileSync, rmSync, statSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * Locks between processes on one machine, as files that name their holder:
 * a build that finds the output folder taken can say which process has it,
 * and a lock left by a process that was killed (`kill -9`, a power cut) is
 * recognised as stale and taken over instead of blocking every later build.
 *
 * A lock is a file created with O_EXCL (only one process can create it),
 * holding its {@link LockHolder} as JSON. A holder is alive when its process
 * exists and, on Linux, started when the holder says (so a recycled process
 * id does not keep a stale lock alive). Taking over a stale lock happens
 * under a second, short lock, so two processes that find the same stale lock
 * cannot both take it.
 */

/** The process that holds a lock. */
export interface LockHolder {
  pid: number;
  /** The holder's start time in clock ticks since boot (Linux /proc/<pid>/stat), when known. */
  startTicks?: number | undefined;
  /** The command line, to name the process in a message. */
  command: string;
  /** Where the process runs. */
  cwd: string;
  /** When it took the lock (ISO). */
  since: string;
}

/** A process's start time in clock ticks since boot, from /proc (Linux); undefined elsewhere. */
export function processStartTicks(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (2nd field) is in parentheses and may hold spaces: count fields after its closing one.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return Number(fields[19]);
  } catch {
    return undefined;
  }
}

/** This process, as a lock holder. */
export function thisProcess(): LockHolder {
  return {
    pid: process.pid,
    startTicks: processStartTicks(process.pid),
    command: process.argv
      .slice(1)
      .map((arg) => arg.replace(/^.*\/node_modules\/([^/]+)\/.*$/, '$1'))
      .join(' '),
    cwd: process.cwd(),
    since: new Date().toISOString(),
  };
}

/** True when the holder's process still runs (and is the same process, where that can be told). */
export function isAlive(holder: LockHolder): boolean {
  try {
    process.kill(holder.pid, 0);
  } catch (error) {
    // EPERM: it exists, owned by another user.
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  if (holder.startTicks === undefined) return true;
  const ticks = processStartTicks(holder.pid);
  return ticks === undefined || ticks === holder.startTicks;
}

/** The holder a lock file names; undefined when there is no lock, or while its holder is still writing it. */
export function readHolder(file: string): LockHolder | undefined {
  try {
    const holder = JSON.parse(readFileSync(file, 'utf8')) as LockHolder;
    return Number.isInteger(holder.pid) ? holder : undefined;
  } catch {
    return undefined;
  }
}

/** Creates `file` holding `holder`, unless it exists; true when this call created it. */
function create(file: string, holder: LockHolder): boolean {
  mkdirSync(dirname(file), { recursive: true });
  let fd: number;
  try {
    fd = openSync(file, 'wx');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
  try {
    writeSync(fd, JSON.stringify(holder));
  } finally {
    closeSync(fd);
  }
  return true;
}

/** What trying a lock found: taken by this call (or held by this process already), or the live holder. */
export type LockAttempt = { acquired: true } | { acquired: false; holder: LockHolder | undefined };

/**
 * Takes the lock `file` for this process if no live process holds it. A
 * holder still writing its file is reported as holder `undefined` (try
 * again); a stale holder's lock is removed and taken.
 */
export function tryLock(file: string, me: LockHolder = thisProcess()): LockAttempt {
  if (create(file, me)) return { acquired: true };
  const holder = readHolder(file);
  if (holder?.pid === me.pid) return { acquired: true };
  if (holder ? isAlive(holder) : !cutShort(file)) return { acquired: false, holder };
  // Stale: take it over under the takeover lock, re-reading it there (another process may have taken it over).
  const takeover = `${file}.takeover`;
  const other = readHolder(takeover);
  if (other ? !isAlive(other) : cutShort(takeover)) rmSync(takeover, { force: true });
  if (!create(takeover, me)) return { acquired: false, holder };
  try {
    const now = readHolder(file);
    const same = now ? now.pid === holder?.pid && now.since === holder.since : cutShort(file);
    if (same) rmSync(file, { force: true });
    return create(file, me) ? { acquired: true } : { acquired: false, holder: readHolder(file) };
  } finally {
    rmSync(takeover, { force: true });
  }
}

/**
 * True for a lock file that names no holder and has not changed for a few
 * seconds: one cut short by a crash between creating and writing it (a
 * holder writes its few bytes at once). A file that is gone counts too.
 */
function cutShort(file: string): boolean {
  try {
    return readHolder(file) === undefined && Date.now() - statSync(file).mtimeMs > 5000;
  } catch {
    return true;
  }
}

/** Removes the lock if this process holds it. */
export function releaseLock(file: string, me: Pick<LockHolder, 'pid'> = process): void {
  if (readHolder(file)?.pid === me.pid) rmSync(file, { force: true });
}

/** The holder as a message names it: "process 4242 (astro build, in /srv/dossier, since 10:02:03)". */
export function describeHolder(holder: LockHolder | undefined): string {
  if (!holder) return 'another process';
  const since = holder.since.slice(11, 19);
  return `process ${holder.pid} (${holder.command || 'unknown command'}, in ${holder.cwd}, since ${since} UTC)`;
}
