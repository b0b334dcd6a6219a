// Issue 19 item 7: `npm run lint` refuses shipped code that hides an Apps Script call from the coverage check
// (casts, index reads, destructuring, handing the value on as another type); the shipped sources have none.

import path from 'node:path';
import { hiddenAppsScriptCalls } from '../../../scripts/lintAppsScriptCalls';

const FIXTURE = path.join(__dirname, 'hiddenCalls.fixture.ts');

it('finds every way of hiding a call in the fixture, and none in the shipped sources', () => {
  const found = hiddenAppsScriptCalls([FIXTURE]);
  const inFixture = found.filter((f) => f.where.includes('hiddenCalls.fixture.ts'));
  expect(found.filter((f) => !f.where.includes('hiddenCalls.fixture.ts'))).toEqual([]);
  const kinds = inFixture.map((f) =>
    f.what
      .replace(/^\S+ /, '')
      .replace(/:.*$/, '')
      .replace(/ as .*/, ''),
  );
  expect(new Set(kinds)).toEqual(
    new Set(['cast to another type', 'member read by index', 'destructured', 'handed on']),
  );
  // One finding per hiding line of the fixture (lines 9, 11, 12, 13, 15).
  expect(new Set(inFixture.map((f) => Number(f.where.split(':').pop())))).toEqual(
    new Set([9, 11, 12, 13, 15]),
  );
}, 300_000);
