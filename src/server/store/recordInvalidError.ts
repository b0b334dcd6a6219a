// The error a save raises when fields fail the tab's schema: one line per field, each naming it.
import type { FieldProblem } from '../../core/schema/recordSchema';

export class RecordInvalidError extends Error {
  constructor(
    readonly tab: string,
    readonly problems: readonly FieldProblem[],
  ) {
    super(problems.map((p) => p.message).join('\n'));
    this.name = 'RecordInvalidError';
  }
}
