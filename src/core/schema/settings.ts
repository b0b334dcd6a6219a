// Reads the Settings tab (Key, Value, Notes rows) into a typed Settings object with defaults and clear problems.

import { SETTING_KEYS, type SettingKeyDef } from '../../../sheets-templates/settingsKeys';
import { message } from '../messages/catalogue';
import { type Language, messageLanguage } from '../messages/language';
import { settingNoteFr } from '../messages/settingNotesFr';
import { formatIsoDate, isEmptyCell, parseDateValue, parseListValue, parseNumberValue, quote } from './cells';
import { hasLineBreak, isValidEmail, isValidUrl, normaliseEmail } from './text';

export interface Settings {
  slaWorkingDays: number;
  holidays: Date[];
  languages: string[];
  defaultLanguage: string;
  topics: string[];
  senderName: string;
  replyTo: string | null;
  /** Mailings: the From alias and the addresses copied on every message (issue 12 item 6). */
  mailingFrom: string | null;
  mailingCc: string[];
  mailingBcc: string[];
  termsOfReferenceUrl: string | null;
  onlineHubUrl: string | null;
  staleProfileDays: number;
  engagedWithinDays: number;
  digestRecipients: string[];
  mailDailyReserve: number;
  /** History older than this many months moves to the yearly archives. */
  archiveAfterMonths: number;
  /** Grid cells the workbook should stay under: archiving moves more months until under it or at the floor. */
  archiveCellBudget: number;
  /** The newest history the cell budget may archive: never fewer months than this stay live. */
  archiveMinMonths: number;
  /** The Drive folder (by name) of the yearly archive spreadsheets. */
  archiveFolder: string;
  /** The weekly snapshot (issue 18): the Drive folder (by name; null: none) and how many copies it keeps. */
  snapshotFolder: string | null;
  snapshotsKept: number;
  /** Privacy (issue 13): the notice the forms link to, and how long closed applications, inactive contacts and
   *  raw form responses are kept before the retention job lists them. */
  privacyNoticeUrl: string | null;
  keepClosedApplicationsMonths: number;
  keepInactiveContactsMonths: number;
  /** Events (issue 16): days before an event its registered and confirmed participants are reminded (0: never). */
  eventReminderDays: number;
  keepRawResponsesMonths: number;
  /** Events (issue 16): days after an event ends before its participants' travel and visa data are cleared. */
  keepEventTravelDays: number;
  /** Peer matching (issue 14): the points of each factor, the repeat penalty and its window, capacity, follow-up. */
  peerWeightTopic: number;
  peerWeightPriority: number;
  peerWeightRecency: number;
  peerWeightLanguage: number;
  peerWeightHub: number;
  peerWeightSize: number;
  peerPenaltyRecent: number;
  peerPenaltyDays: number;
  peerCapacity: number;
  peerFollowUpDays: number;
  /** Watch (issue 17): contacts flagged for re-confirmation longer than this are listed for their hub. */
  contactReconfirmDays: number;
}

export interface SettingProblem {
  key: string; // the Key cell text, e.g. "SLA working days"
  message: string; // names the key, e.g. "SLA working days: “abc” is not a whole number; using 3."
}

export interface SettingsReadResult {
  settings: Settings;
  problems: SettingProblem[];
}

function defaultOf(def: SettingKeyDef): unknown {
  const v = def.defaultValue;
  if (Array.isArray(v)) return def.kind === 'dateList' ? [] : v.slice();
  return v;
}

/** The Settings object a fresh workbook starts with. */
export function defaultSettings(): Settings {
  const out: Record<string, unknown> = {};
  for (const def of SETTING_KEYS) out[def.field] = defaultOf(def);
  return out as unknown as Settings;
}

function describeDefault(def: SettingKeyDef): string {
  const v = def.defaultValue;
  if (v === null || (Array.isArray(v) && v.length === 0)) return message('settings.leavingEmpty');
  return message('settings.using', { value: Array.isArray(v) ? v.join(', ') : String(v) });
}

type Read = { ok: true; value: unknown } | { ok: false; problem: string };

function readValue(def: SettingKeyDef, raw: unknown): Read {
  const text = typeof raw === 'string' ? raw.trim() : raw;
  switch (def.kind) {
    case 'integer': {
      const n = parseNumberValue(text);
      if (n === null || !Number.isInteger(n))
        return { ok: false, problem: message('settings.notWhole', { value: quote(raw) }) };
      if (def.min !== undefined && n < def.min)
        return { ok: false, problem: message('settings.belowMin', { n, min: def.min }) };
      if (def.max !== undefined && n > def.max)
        return { ok: false, problem: message('settings.aboveMax', { n, max: def.max }) };
      return { ok: true, value: n };
    }
    case 'text':
      if (hasLineBreak(String(text))) return { ok: false, problem: message('settings.lineBreaks') };
      return { ok: true, value: String(text) };
    case 'email': {
      const email = normaliseEmail(String(text));
      return isValidEmail(email)
        ? { ok: true, value: email }
        : { ok: false, problem: message('settings.notEmail', { value: quote(raw) }) };
    }
    case 'url':
      return isValidUrl(String(text))
        ? { ok: true, value: String(text) }
        : { ok: false, problem: message('settings.notUrl', { value: quote(raw) }) };
    case 'language':
      return /^[a-z]{2,3}$/.test(String(text).toLowerCase())
        ? { ok: true, value: String(text).toLowerCase() }
        : { ok: false, problem: message('settings.notLanguage', { value: quote(raw) }) };
    case 'list':
      return { ok: true, value: parseListValue(raw) };
    case 'languageList': {
      const codes = parseListValue(raw).map((c) => c.toLowerCase());
      const bad = codes.filter((c) => !/^[a-z]{2,3}$/.test(c));
      return bad.length
        ? { ok: false, problem: message('settings.notLanguage', { value: quote(bad[0]) }) }
        : { ok: true, value: codes };
    }
    case 'emailList': {
      const emails = parseListValue(raw).map(normaliseEmail);
      const bad = emails.filter((e) => !isValidEmail(e));
      return bad.length
        ? { ok: false, problem: message('settings.notEmail', { value: quote(bad[0]) }) }
        : { ok: true, value: emails };
    }
    case 'dateList': {
      const items = raw instanceof Date ? [raw] : parseListValue(raw);
      const dates: Date[] = [];
      for (const item of items) {
        const d = parseDateValue(item);
        if (!d) return { ok: false, problem: message('settings.notDate', { value: quote(item) }) };
        d.setHours(0, 0, 0, 0);
        dates.push(d);
      }
      return { ok: true, value: dates };
    }
  }
}

/**
 * Reads Settings rows ([Key, Value, …] as returned by getValues, header row included or not).
 * Missing or empty keys take their default; an invalid value is reported and replaced by its default;
 * unknown and repeated keys are reported. Never throws: a broken Settings tab must not stop the add-on.
 */
export function readSettings(rows: readonly (readonly unknown[])[]): SettingsReadResult {
  const settings = defaultSettings() as unknown as Record<string, unknown>;
  const problems: SettingProblem[] = [];
  const seen: Record<string, true> = {};
  for (const row of rows) {
    const key = String(row[0] ?? '').trim();
    if (key === '' || key.toLowerCase() === 'key') continue;
    const def = SETTING_KEYS.find((d) => d.key.toLowerCase() === key.toLowerCase());
    if (!def) {
      problems.push({ key, message: message('settings.unknownKey', { key }) });
      continue;
    }
    if (seen[def.field]) {
      problems.push({ key: def.key, message: message('settings.repeated', { key: def.key }) });
      continue;
    }
    seen[def.field] = true;
    const raw = row[1];
    if (isEmptyCell(raw)) continue;
    const read = readValue(def, raw);
    if (read.ok) settings[def.field] = read.value;
    else
      problems.push({
        key: def.key,
        message: message('settings.invalid', {
          key: def.key,
          problem: read.problem,
          fallback: describeDefault(def),
        }),
      });
  }
  const result = settings as unknown as Settings;
  if (result.languages.length === 0) {
    result.languages = defaultSettings().languages;
    problems.push({
      key: 'Languages',
      message: message('settings.noLanguages', { value: result.languages.join(', ') }),
    });
  }
  if (result.languages.indexOf(result.defaultLanguage) < 0) {
    problems.push({
      key: 'Default language',
      message: message('settings.defaultNotListed', {
        value: result.defaultLanguage,
        first: result.languages[0]!,
      }),
    });
    result.defaultLanguage = result.languages[0]!;
  }
  return { settings: result, problems };
}

/** The rows setup writes into a fresh Settings tab: [Key, Value, Notes], values as cell text, notes in `lang`. */
export function settingsRows(
  settings: Settings = defaultSettings(),
  lang: Language = messageLanguage(),
): string[][] {
  const s = settings as unknown as Record<string, unknown>;
  return SETTING_KEYS.map((def) => {
    const v = s[def.field];
    const text = Array.isArray(v)
      ? v.map((x) => (x instanceof Date ? formatIsoDate(x) : String(x))).join(', ')
      : v === null || v === undefined
        ? ''
        : String(v);
    return [def.key, text, (lang === 'fr' ? settingNoteFr(def.field) : undefined) ?? def.note];
  });
}
