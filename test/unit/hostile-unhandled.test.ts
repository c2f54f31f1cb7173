// The unit run's guard against unhandled promise rejections really sees them.
import assert from 'node:assert/strict';
import { takeUnhandled } from './hooks/no-unhandled';

describe('Wächter gegen unbehandelte Promise-Ablehnungen', () => {
  it('bemerkt eine Ablehnung, die niemand abfängt', async () => {
    const reason = new Error('absichtlich nicht abgefangen');
    void Promise.reject(reason);
    await new Promise((resolve) => setImmediate(resolve));
    // Taking it here also keeps the root hook from failing this test.
    assert.deepEqual(takeUnhandled(), [reason]);
  });
});
