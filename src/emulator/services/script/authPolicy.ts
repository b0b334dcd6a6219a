// Which calls an execution may make in each authorization mode (AuthMode.NONE, LIMITED), as one table.
import type { AuthMode, ExecutionState } from '../../runtime/executionState';
import type { ServiceObject } from '../../runtime/serviceObject';

/**
 * Sources:
 * - AuthMode: NONE is "a mode that does not allow access to any services that require authorization"; LIMITED "allows
 *   access to a limited subset of services" and is the mode of a bound script's onOpen(e)/onEdit(e) simple triggers.
 *   https://developers.google.com/apps-script/reference/script/auth-mode
 * - The add-on authorization lifecycle: in AuthMode.NONE onOpen may only build menus (no document access, no
 *   properties); in LIMITED it may read and write the file it is bound to and use the Properties service.
 *   https://developers.google.com/workspace/add-ons/concepts/editor-auth-lifecycle
 * - Simple triggers "cannot access services that require authorization. For example, a simple trigger cannot send an
 *   email because the Gmail service requires authorization"; "They can modify the file they are bound to, but cannot
 *   access other files because that would require authorization."
 *   https://developers.google.com/apps-script/guides/triggers#restrictions
 * The refusal reads as Google's: "You do not have permission to call MailApp.sendEmail. Required permissions: …".
 */
interface Rule {
  service: string;
  /** Limits the rule to these object types (default: any type of the service). */
  type?: RegExp;
  /** Limits the rule to these methods (default: every method). */
  method?: RegExp;
  /** The OAuth scope the call needs, named in the refusal. */
  scope: string;
}

const SCOPES = {
  sheets: 'https://www.googleapis.com/auth/spreadsheets',
  sheetsCurrent: 'https://www.googleapis.com/auth/spreadsheets.currentonly',
  storage: 'https://www.googleapis.com/auth/script.storage',
  scriptApp: 'https://www.googleapis.com/auth/script.scriptapp',
  sendMail: 'https://www.googleapis.com/auth/script.send_mail',
  gmail: 'https://mail.google.com/',
  gmailSend: 'https://www.googleapis.com/auth/gmail.send',
  forms: 'https://www.googleapis.com/auth/forms',
  formsCurrent: 'https://www.googleapis.com/auth/forms.currentonly',
  drive: 'https://www.googleapis.com/auth/drive',
  external: 'https://www.googleapis.com/auth/script.external_request',
  email: 'https://www.googleapis.com/auth/userinfo.email',
} as const;

/** What AuthMode.NONE still allows: building menus and services that need no authorization. */
const ALLOWED_IN_NONE: Omit<Rule, 'scope'>[] = [
  { service: 'Logger' },
  { service: 'Utilities' },
  { service: 'HtmlService' },
  // "Add a normal menu item (works in all authorization modes)" (AuthMode reference sample).
  { service: 'SpreadsheetApp', type: /^SpreadsheetApp$/, method: /^getUi$/ },
  {
    service: 'SpreadsheetApp',
    type: /^(Ui|Menu)$/,
    method: /^(createMenu|createAddonMenu|addItem|addSeparator|addSubMenu|addToUi)$/,
  },
  { service: 'Session', method: /^(getScriptTimeZone|getActiveUserLocale|getTemporaryActiveUserKey)$/ },
];

/** The scope a refused NONE call names, by service (anything not listed above is refused in NONE). */
const NONE_SCOPES: Record<string, string> = {
  SpreadsheetApp: SCOPES.sheetsCurrent,
  PropertiesService: SCOPES.storage,
  // Cache and Lock are refused too: the emulator's conservative choice, so code that must also run in NONE
  // (an add-on's onOpen) is kept to menu building, which is what the lifecycle guide recommends.
  CacheService: SCOPES.storage,
  LockService: SCOPES.storage,
  ScriptApp: SCOPES.scriptApp,
  MailApp: SCOPES.sendMail,
  GmailApp: SCOPES.gmail,
  Gmail: SCOPES.gmailSend,
  FormApp: SCOPES.formsCurrent,
  DriveApp: SCOPES.drive,
  UrlFetchApp: SCOPES.external,
  Session: SCOPES.email,
};

/** What LIMITED (simple triggers) refuses: anything reaching beyond the bound file, mail, triggers, external calls. */
const REFUSED_IN_LIMITED: Rule[] = [
  { service: 'MailApp', scope: SCOPES.sendMail },
  { service: 'GmailApp', scope: SCOPES.gmail },
  { service: 'Gmail', scope: SCOPES.gmailSend },
  {
    service: 'SpreadsheetApp',
    type: /^SpreadsheetApp$/,
    method: /^(open|openById|openByUrl|create)$/,
    scope: SCOPES.sheets,
  },
  { service: 'FormApp', type: /^FormApp$/, method: /^(openById|openByUrl|create)$/, scope: SCOPES.forms },
  // Enum reads are properties, not calls; every ScriptApp call but getScriptId needs script.scriptapp.
  { service: 'ScriptApp', method: /^(?!getScriptId$)/, scope: SCOPES.scriptApp },
  { service: 'DriveApp', scope: SCOPES.drive },
  { service: 'UrlFetchApp', scope: SCOPES.external },
];

const matches = (r: Omit<Rule, 'scope'>, target: ServiceObject, method: string) =>
  r.service === target._service &&
  (!r.type || r.type.test(target._type)) &&
  (!r.method || r.method.test(method));

/** The name Google's message uses: the root service for calls on its own objects, else the object's type. */
function callName(target: ServiceObject, method: string): string {
  const owner =
    target._type === target._service || target._type.endsWith('Builder') ? target._service : target._type;
  return `${owner}.${method}`;
}

const refusal = (target: ServiceObject, method: string, scope: string) =>
  `You do not have permission to call ${callName(target, method)}. Required permissions: ${scope}`;

/** The rule for one call: the refusal message, or undefined when the mode allows it. */
export function authRefusal(mode: AuthMode, target: ServiceObject, method: string): string | undefined {
  if (mode === 'FULL') return undefined;
  if (mode === 'NONE') {
    if (ALLOWED_IN_NONE.some((r) => matches(r, target, method))) return undefined;
    return refusal(target, method, NONE_SCOPES[target._service] ?? SCOPES.sheetsCurrent);
  }
  // LIMITED, and CUSTOM_FUNCTION which is at least as restricted for these services.
  const rule = REFUSED_IN_LIMITED.find((r) => matches(r, target, method));
  return rule ? refusal(target, method, rule.scope) : undefined;
}

/** The hook installed as `GoogleBackend.authPolicy`. */
export function scriptAuthPolicy(
  state: ExecutionState,
  target: ServiceObject,
  method: string,
): string | undefined {
  return authRefusal(state.authMode, target, method);
}
