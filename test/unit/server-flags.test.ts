// The V8 options the extension starts the language server with.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { serverExecArgv } from '../../src/shared/server-flags';

describe('server V8 options', () => {
  it('runs the garbage collector on the JavaScript threads when two cores or fewer are there', () => {
    assert.deepEqual(serverExecArgv(1), ['--single-threaded-gc']);
    assert.deepEqual(serverExecArgv(2), ['--single-threaded-gc']);
  });

  it('leaves V8 its helper threads when cores are to spare', () => {
    assert.deepEqual(serverExecArgv(4), []);
    assert.deepEqual(serverExecArgv(16), []);
  });

  it('starts Node with the options, since an unknown one would keep the server from starting at all', () => {
    const r = spawnSync(process.execPath, [...serverExecArgv(2), '-e', 'process.stdout.write(String(1 + 1))'], { encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stdout, '2');
  });
});
