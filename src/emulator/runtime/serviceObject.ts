// Base class of every emulated Apps Script object (SpreadsheetApp, Sheet, Range, MailApp…), living on the backend side.
import type { GoogleBackend } from '../backend';

/**
 * An emulated Apps Script object. Its public methods (names not starting with `_`) are what the
 * script can call; each call is one service call, counted and charged by the backend.
 * Members whose names start with `_` are emulator internals, invisible to the script.
 */
export abstract class ServiceObject {
  /** The Apps Script type name, e.g. `Range`; shown by `String(obj)` and used in call records. */
  abstract readonly _type: string;
  /** The service this object belongs to, e.g. `SpreadsheetApp`; used in call records and quotas. */
  abstract readonly _service: string;

  constructor(readonly _g: GoogleBackend) {}

  /** Static values the script reads as properties (enums such as `SpreadsheetApp.BorderStyle`). */
  _properties(): Record<string, unknown> {
    return {};
  }
}

/** The names of the methods a script may call on an object of this class. */
export function scriptMethodsOf(obj: ServiceObject): string[] {
  const names = new Set<string>();
  let proto = Object.getPrototypeOf(obj);
  while (proto && proto !== ServiceObject.prototype && proto !== Object.prototype) {
    for (const name of Object.getOwnPropertyNames(proto)) {
      if (name === 'constructor' || name.startsWith('_')) continue;
      const d = Object.getOwnPropertyDescriptor(proto, name);
      if (d && typeof d.value === 'function') names.add(name);
    }
    proto = Object.getPrototypeOf(proto);
  }
  return [...names].sort();
}

/** An error as Apps Script services throw it: `String(e)` reads `Exception: …`. */
export class GoogleError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'Exception';
  }
}
