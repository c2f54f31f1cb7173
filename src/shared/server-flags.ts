// The V8 options the language server is started with, shared by the extension and the benchmark so both run the same server.

/**
 * V8's garbage collector does part of its work (concurrent marking, parallel scavenges) on helper
 * threads. With idle cores that shortens pauses for free; on a machine with two cores or fewer the
 * index workers already keep every core busy, so the helpers only compete with them for CPU. Measured
 * on this project's 10,000-article cold index with two workers on a 2-core VM (paired runs, under the
 * same load): 27.7 / 30.2 s of CPU and 14.8 / 16.1 s wall with the helpers, 24.6 / 25.9 s and
 * 12.9 / 13.6 s with `--single-threaded-gc`; the helper threads alone had used ~6.9 s of CPU.
 * V8 flags are per process (worker threads cannot set their own), hence the server's command line.
 *
 * Every isolate's semi-space is capped at 4 MB (Node's default lets the main thread's grow to 16 MB; the
 * index workers ask for 4 MB through their resource limits, index-pool.ts). While the workers index, the
 * records arriving from them made the main thread's young generation grow, and the 10,000-article cold
 * index peaked at 290–295 MB; with the cap at 282–286 MB. Higher caps trade memory for speed, see
 * WORKER_YOUNG_BUDGET_MB. Re-analysing a 1,000-word draft after 2,000 edits: median 0.78 → 0.89 ms,
 * p95 1.89 → 2.27 ms (p95 1.51 in a second run: within this VM's noise).
 */
export function serverExecArgv(cores: number): string[] {
  return cores <= 2 ? ['--single-threaded-gc', SEMI_SPACE] : [SEMI_SPACE];
}

const SEMI_SPACE = '--max-semi-space-size=4';
