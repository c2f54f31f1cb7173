// How the language server process is started (V8 options, allocator environment), shared by the extension, the benchmark and the server tests so all run the same server.
import * as os from 'node:os';

/** The cores this machine offers to one process (availableParallelism is newer than some hosts' Node). */
export function coreCount(): number {
  return typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
}

/**
 * V8 options of the server process. V8 flags are per process (worker threads cannot set their own),
 * hence the command line.
 *
 * `--single-threaded-gc` where there are two cores or fewer: V8's collector does part of its work
 * (concurrent marking, parallel scavenges) on helper threads, which shortens pauses when cores are
 * idle; but the index workers already keep every core busy, so there the helpers only compete with
 * them. On this project's 10,000-article cold index with two workers on a 2-core VM (paired runs):
 * 27.7 / 30.2 s of CPU and 14.8 / 16.1 s wall with the helpers, 24.6 / 25.9 s and 12.9 / 13.6 s
 * without; the helper threads alone had used about 6.9 s of CPU.
 *
 * `--max-semi-space-size=8` on every machine: the cap applies to every isolate of the process. Node's
 * default lets the main thread's semi-spaces grow to 16 MB while the records arrive from the workers,
 * and the cold index then peaked at 327–361 MB; with 4 MB at 281–295 MB but 0.5–1 s slower (the main
 * thread, which preempts the low-priority workers, collected twice as often). 8 MB, with the
 * allocator setting of `serverEnv`, peaks at 282–294 MB. Re-analysing a 1,000-word draft after 2,000
 * edits costs the same with any of these (median 0.78–0.93 ms, p95 1.5–2.3 ms, within this VM's noise).
 */
export function serverExecArgv(cores: number = coreCount()): string[] {
  return cores <= 2 ? ['--single-threaded-gc', SEMI_SPACE] : [SEMI_SPACE];
}

const SEMI_SPACE = '--max-semi-space-size=8';

/**
 * Environment added to the server's (merged over the inherited one). glibc gives every thread that
 * allocates its own malloc arena, up to eight per core, and keeps freed memory in them: with two index
 * workers the cold index's peak RSS fell from 281–286 to 260 MB with `MALLOC_ARENA_MAX=2`, at the same
 * speed. Other C libraries ignore the variable; a value the user set is kept.
 */
export function serverEnv(inherited: Record<string, string | undefined> = process.env): Record<string, string> {
  return inherited.MALLOC_ARENA_MAX ? {} : { MALLOC_ARENA_MAX: '2' };
}
