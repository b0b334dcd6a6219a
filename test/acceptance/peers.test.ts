// Issue 14 part B (peer learning) index: the matching and introduction suites live in test/acceptance/peers/;
// this file checks the one thing they share, that the bundle ships every peer entry point.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';

describe('the peer-learning entry points ship in dist/Code.js', () => {
  const code = readFileSync(join(__dirname, '../../dist/Code.js'), 'utf8');
  it.each([
    'suggestPeerMatches',
    'acceptPeerMatch',
    'dismissPeerMatch',
    'editPeerMatch',
    'recordPeerProgress',
    'getPeerOutcomeCounts',
  ])('%s is a top-level function', (name) => {
    expect(code).toMatch(new RegExp(`\\nfunction ${name}\\(`));
  });
});
