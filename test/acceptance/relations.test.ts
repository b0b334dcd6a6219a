// Issue 17 (keeping relationships alive) index: the suites live in test/acceptance/relations/; this file checks
// that the bundle ships every entry point they use.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';

describe('the relations entry points ship in dist/Code.js', () => {
  const code = readFileSync(join(__dirname, '../../dist/Code.js'), 'utf8');
  it.each([
    'showFollowUps',
    'getFollowUps',
    'addFollowUp',
    'completeFollowUp',
    'snoozeFollowUp',
    'reassignFollowUp',
    'recordWatchItem',
    'confirmContact',
    'getHubWatch',
    'scheduleMemberMeetings',
    'listMeetingOccurrences',
    'rescheduleMeetingOccurrence',
    'recordMeetingAttendance',
    'showMeetings',
    'getMeetings',
    'previewMemberMeetings',
  ])('%s is a top-level function', (name) => {
    expect(code).toMatch(new RegExp(`\\nfunction ${name}\\(`));
  });
});
