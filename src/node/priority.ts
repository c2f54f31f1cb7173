// Lowers the scheduling priority of the calling thread only, so corpus indexing yields the CPU to the editor.
import * as fs from 'node:fs';
import * as os from 'node:os';

/**
 * The nice value of indexing threads. Under Linux's scheduler a thread at nice 10 gets about a tenth of
 * a core that a thread at nice 0 also wants: the editor, the language server's main thread and the
 * user's own programs go first, and the index gets what they leave.
 */
export const BACKGROUND_NICE = 10;

const THREAD_SELF = '/proc/thread-self';

/**
 * Whether one thread's priority can be lowered without the rest of the process's. On Linux the nice
 * value belongs to a thread (setpriority(2), "BUGS"), and `os.setPriority` with a thread id sets just
 * that thread's; elsewhere it would slow the whole process, the editor's answers included.
 */
export function canLowerThreadPriority(): boolean {
  return process.platform === 'linux' && fs.existsSync(THREAD_SELF);
}

/** This thread's id: `/proc/thread-self` links to `<pid>/task/<tid>`. */
function threadId(): number | undefined {
  const tid = Number(fs.readlinkSync(THREAD_SELF).split('/').pop());
  return Number.isInteger(tid) && tid > 0 ? tid : undefined;
}

/**
 * Lowers the calling thread's priority to `nice` (never raises it) and returns the nice value it then
 * has, or undefined where a thread's priority cannot be set alone. Never throws: a thread that cannot
 * be lowered still indexes, only less politely.
 */
export function lowerThreadPriority(nice = BACKGROUND_NICE): number | undefined {
  if (!canLowerThreadPriority()) return undefined;
  try {
    const tid = threadId();
    if (tid === undefined) return undefined;
    if (os.getPriority(tid) < nice) os.setPriority(tid, nice);
    return os.getPriority(tid);
  } catch {
    return undefined;
  }
}
