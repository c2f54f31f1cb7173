// Mocha root hooks that fail the unit run on any unhandled promise rejection, naming the test it surfaced in.
import { inspect } from 'node:util';

const pending: unknown[] = [];
/** Mocha re-emits each rejection on `process`, so the same promise can arrive twice. */
const seen = new WeakSet<Promise<unknown>>();
let installed = false;

/** Records a rejection nobody handled; the hooks below turn it into a failure. */
function onUnhandled(reason: unknown, promise: Promise<unknown>): void {
  if (seen.has(promise)) return;
  seen.add(promise);
  pending.push(reason);
}

/** Takes (and clears) the rejections recorded so far; for the test that checks this hook works. */
export function takeUnhandled(): unknown[] {
  return pending.splice(0, pending.length);
}

function failIfAny(where: string): void {
  const found = takeUnhandled();
  if (found.length === 0) return;
  const list = found.map((r) => inspect(r, { depth: 2 }).split('\n').slice(0, 6).join('\n')).join('\n---\n');
  throw new Error(`${found.length} unhandled promise rejection(s) ${where}:\n${list}`);
}

function install(): void {
  if (installed) return;
  installed = true;
  process.on('unhandledRejection', onUnhandled);
  // A rejection that surfaces after the last hook still fails the run instead of vanishing.
  process.on('exit', (code) => {
    if (pending.length && code === 0) {
      process.stderr.write(`${pending.length} unhandled promise rejection(s) after the last test:\n${pending.map((r) => inspect(r)).join('\n')}\n`);
      process.exitCode = 1;
    }
  });
}

export const mochaHooks = {
  beforeAll(): void {
    install();
  },
  afterEach(this: Mocha.Context, done: Mocha.Done): void {
    // Rejections are reported after the microtask queue drains, so look one macrotask later.
    setImmediate(() => {
      try {
        failIfAny(`during "${this.currentTest?.fullTitle() ?? 'a test'}"`);
        done();
      } catch (e) {
        done(e as Error);
      }
    });
  },
  afterAll(done: Mocha.Done): void {
    setImmediate(() => {
      try {
        failIfAny('after the last test');
        done();
      } catch (e) {
        done(e as Error);
      }
    });
  },
};
