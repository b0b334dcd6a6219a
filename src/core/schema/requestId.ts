// Request ids of sidebar saves: the shape the server accepts, so a retried save is recognised and applied once.

/**
 * A request id is made by the sidebar once per submission of a form state (reused when the same submission is
 * retried, new after a success). The store writes it into the row's "Last request" column; a create whose id is
 * already in the table returns that record, an update whose row already carries it succeeds without a second write.
 */
// Starts with a letter or digit: a cell text starting with '-' could be read as a formula where '@' is lost.
export const REQUEST_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_-]{15,63}$/;

/**
 * The request id of a save, checked: undefined when none was sent (menu actions, triggers and scripts save
 * without one), the id itself when well formed; otherwise throws a message naming the field.
 */
export function requestIdOf(value: unknown): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value !== 'string' || !REQUEST_ID_PATTERN.test(value)) {
    throw new Error(
      'Request id: expected 16 to 64 letters, digits, "-" or "_", starting with a letter or digit. Reload the sidebar and save again.',
    );
  }
  return value;
}
