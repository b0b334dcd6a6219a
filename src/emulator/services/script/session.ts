// Session and User: who is running the script, the script's time zone, the user's locale.
// Source: https://developers.google.com/apps-script/reference/base/session
import { createHash } from 'node:crypto';
import type { GoogleBackend } from '../../backend';
import { ServiceObject } from '../../runtime/serviceObject';

export class SessionStore {
  /** Per-user locale (getActiveUserLocale); users not listed get 'en'. */
  readonly locales = new Map<string, string>();
}

export class User extends ServiceObject {
  readonly _type = 'User';
  readonly _service = 'Session';

  constructor(
    g: GoogleBackend,
    readonly _email: string,
  ) {
    super(g);
  }

  /** "Gets the user's email address, if available" (blank when policies hide it). */
  getEmail(): string {
    return this._email;
  }
}

export class SessionRoot extends ServiceObject {
  readonly _type = 'Session';
  readonly _service = 'Session';

  constructor(
    g: GoogleBackend,
    private readonly store: SessionStore,
  ) {
    super(g);
  }

  /** The user at the keyboard. */
  getActiveUser(): User {
    return new User(this._g, this._g.current.user);
  }

  /** "the user under whose authority the script is running" (the trigger's owner for installable triggers). */
  getEffectiveUser(): User {
    return new User(this._g, this._g.current.effectiveUser);
  }

  /** The time zone of the script (appsscript.json `timeZone`). */
  getScriptTimeZone(): string {
    return this._g.timeZone;
  }

  /** "Gets the language setting of the current user as a string—for example, en for English." */
  getActiveUserLocale(): string {
    return this.store.locales.get(this._g.current.user) ?? 'en';
  }

  /** "Gets a temporary key that is unique to the active user but does not reveal the user identity"; it
   *  "rotates every 30 days and is unique to the script". The emulator derives it from the user and the 30-day period. */
  getTemporaryActiveUserKey(): string {
    const period = Math.floor(this._g.clock.now() / (30 * 86_400_000));
    return createHash('sha256').update(`${this._g.current.user}|${period}`).digest('base64').slice(0, 43);
  }
}
