// Header-injection checks for what ends up in mail headers: subject, sender and recipient names, addresses.

import { headerProblem, isValidEmail } from '../schema/text';

export class HeaderInjectionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'HeaderInjectionError';
  }
}

/** Throws when a header value holds a line break (CR, LF or a Unicode line separator). */
export function assertHeaderSafe(label: string, value: string): void {
  const problem = headerProblem(label, value);
  if (problem) throw new HeaderInjectionError(problem);
}

/** Checks a recipient or sender before sending: no line breaks in the name, a valid single address. */
export function assertMailbox(label: string, address: string, name?: string): void {
  assertHeaderSafe(`${label} address`, address);
  if (name !== undefined) assertHeaderSafe(`${label} name`, name);
  if (!isValidEmail(address.trim()))
    throw new HeaderInjectionError(`${label} address: "${address}" is not one valid email address.`);
}
