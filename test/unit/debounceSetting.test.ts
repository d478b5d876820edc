// tariffLens.debounceMs: how long the server waits after a change before it checks.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import type * as Settings from '../../server/src/settings';
import { repoRoot } from '../support/engine';

const { settingsFrom } = require(join(repoRoot, 'server', 'out', 'settings.js')) as typeof Settings;

test('the debounce is 200 ms unless set to a whole number of milliseconds from 0 to 5000', () => {
  assert.equal(settingsFrom({}).debounceMs, 200);
  for (const ok of [0, 50, 5000]) assert.equal(settingsFrom({ debounceMs: ok }).debounceMs, ok);
  for (const bad of [-1, 5001, 12.5, Number.NaN, '100', null]) assert.equal(settingsFrom({ debounceMs: bad }).debounceMs, 200, String(bad));
});
