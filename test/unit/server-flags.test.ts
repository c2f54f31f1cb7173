// How the extension starts the language server process: its V8 options and environment.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { serverEnv, serverExecArgv } from '../../src/shared/server-flags';

describe('server V8 options', () => {
  it('runs the garbage collector on the JavaScript threads when two cores or fewer are there', () => {
    assert.ok(serverExecArgv(1).includes('--single-threaded-gc'));
    assert.ok(serverExecArgv(2).includes('--single-threaded-gc'));
  });

  it('leaves V8 its helper threads when cores are to spare', () => {
    assert.ok(!serverExecArgv(4).includes('--single-threaded-gc'));
    assert.ok(!serverExecArgv(16).includes('--single-threaded-gc'));
  });

  it('caps the young generation on every machine, for the memory peak while indexing', () => {
    for (const cores of [1, 2, 8]) assert.ok(serverExecArgv(cores).includes('--max-semi-space-size=8'));
  });

  it('limits glibc to two malloc arenas unless the user chose a number', () => {
    assert.deepEqual(serverEnv({}), { MALLOC_ARENA_MAX: '2' });
    assert.deepEqual(serverEnv({ MALLOC_ARENA_MAX: '4' }), {});
  });

  it('starts Node with the options, since an unknown one would keep the server from starting at all', () => {
    const r = spawnSync(process.execPath, [...new Set([...serverExecArgv(2), ...serverExecArgv(8)]), '-e', 'process.stdout.write(String(1 + 1))'], { encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stdout, '2');
  });
});
