// Builders of injected faults with Google's own wording: transient service errors, the daily email quota, stops.
import type { ExecutionOptions, InjectedFault } from '../runtime/executionState';
import { EMAIL_QUOTA_ERROR } from '../services/comms/mailStore';

/**
 * The k-th call (1-based) throws a transient Sheets error, as Google's backend does under load:
 * "Service Spreadsheets timed out while accessing document with id <id>." Same family as
 * "Service Documents failed while accessing document with id…"
 * (https://github.com/alexwforsythe/code-blocks/issues/168); scripts in the wild match these texts to retry.
 * `documentId`: the workbook's id, e.g. `emu.backend.stores.spreadsheets.boundId`.
 */
export function spreadsheetTimeout(atCall: number, documentId: string): InjectedFault {
  return {
    atCall,
    message: `Service Spreadsheets timed out while accessing document with id ${documentId}.`,
  };
}

/** The k-th call throws a transient failure of any service: "Service <name> failed while accessing document with id <id>." */
export function serviceFailure(atCall: number, service: string, documentId: string): InjectedFault {
  return { atCall, message: `Service ${service} failed while accessing document with id ${documentId}.` };
}

/**
 * The k-th call throws the daily email quota error, "Service invoked too many times for one day: email."
 * (https://developers.google.com/apps-script/guides/services/quotas; wording as reported in
 * https://groups.google.com/g/adwords-scripts/c/XPHTRpW1BKA), the text MailApp itself throws past the quota.
 */
export function emailQuotaExceeded(atCall: number): InjectedFault {
  return { atCall, message: EMAIL_QUOTA_ERROR };
}

/** Execution options that stop the execution (a timeout or crash) just before its k-th call. */
export function stopAt(k: number, options: ExecutionOptions = {}): ExecutionOptions {
  return { ...options, stopAtCall: k };
}

/** Execution options with these faults added. */
export function withFaults(options: ExecutionOptions, ...faults: InjectedFault[]): ExecutionOptions {
  return { ...options, faults: [...(options.faults ?? []), ...faults] };
}
