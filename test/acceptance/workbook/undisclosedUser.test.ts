// A user Google does not name (getActiveUser() is '' for some accounts) gets no role, even though the script runs as its owner.
import { OWNER, setUpWorkbook } from './harness';

describe('a user whose email Google does not disclose', () => {
  // Source: https://developers.google.com/apps-script/reference/base/session#getActiveUser()
  // ("If security policies do not allow access to the user's identity, User.getEmail() returns a blank string").
  it('is refused, not taken for the owner the script runs as', () => {
    const emu = setUpWorkbook();
    const asOwner = emu.run('checkWorkbook', [], { user: OWNER });
    expect(asOwner.status).toBe('ok');
    const hidden = emu.run('checkWorkbook', [], { user: '', effectiveUser: OWNER });
    expect(hidden.status).toBe('error');
    expect(hidden.error).toMatch(/not listed as active staff/);
  });
});
