// Request ids for sidebar saves: one per submission of a form state, reused when that same submission is retried.
//
// A save can land on the sheet while its answer never reaches the sidebar (the execution was stopped, the network
// dropped). The user then clicks Save again: sending the same request id lets the server recognise the retry
// (core/schema/requestId.ts) instead of creating a second record or refusing the update as stale.

import { REQUEST_ID_PATTERN } from '../../core/schema/requestId';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** 22 random letters and digits (about 131 bits), matching the server's REQUEST_ID_PATTERN. */
export function newRequestId(random: (n: number) => Uint8Array = randomBytes): string {
  const bytes = random(22);
  let id = '';
  for (let i = 0; i < bytes.length; i++) id += ALPHABET.charAt(bytes[i]! % ALPHABET.length);
  if (!REQUEST_ID_PATTERN.test(id)) throw new Error('Could not make a request id.');
  return id;
}

function randomBytes(n: number): Uint8Array {
  const bytes = new Uint8Array(n);
  const c = (globalThis as { crypto?: Crypto }).crypto;
  if (c?.getRandomValues) c.getRandomValues(bytes);
  else for (let i = 0; i < n; i++) bytes[i] = Math.floor(Math.random() * 256);
  return bytes;
}

/**
 * The request id of each submission of one form: the same while the user retries the same values (nothing
 * changed since the attempt whose answer was lost), a new one once a save succeeded or the values changed.
 */
export class SubmissionIds {
  private last: { state: string; id: string } | undefined;

  constructor(private readonly make: () => string = () => newRequestId()) {}

  /** The id to send for a submission of this form state (any JSON-able description of what is saved). */
  idFor(state: unknown): string {
    const key = JSON.stringify(state);
    if (this.last && this.last.state === key) return this.last.id;
    this.last = { state: key, id: this.make() };
    return this.last.id;
  }

  /** The save was applied (or definitively refused): the next submission is a new request. */
  settled(): void {
    this.last = undefined;
  }
}
