// Which OAuth scopes the bundle needs, worked out from the services it calls; the build checks appsscript.json against it.

interface ScopeRule {
  /** Matches a use of a service in dist/Code.js. */
  use: RegExp;
  scope: string;
  /** The reference page that lists the scope under "Authorization". */
  source: string;
}

const RULES: ScopeRule[] = [
  {
    use: /\bSpreadsheetApp\.(getActive|getActiveSpreadsheet|getActiveSheet|getActiveRange)\(/,
    scope: 'https://www.googleapis.com/auth/spreadsheets.currentonly',
    source: 'https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app#getActive()',
  },
  {
    use: /\bSpreadsheetApp\.(openById|openByUrl|open|create)\(/,
    scope: 'https://www.googleapis.com/auth/spreadsheets',
    source:
      'https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app#openById(String)',
  },
  {
    // The Sheets advanced service's batchGet (the city profile's scattered rows in one call): spreadsheets or
    // spreadsheets.readonly; the broader one is held already (archives), so the narrower adds nothing.
    use: /\bSheets\.Spreadsheets\.Values\.batchGet\(/,
    scope: 'https://www.googleapis.com/auth/spreadsheets',
    source: 'https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets.values/batchGet',
  },
  {
    use: /\b(SpreadsheetApp\.getUi\(\)\.(showSidebar|showModalDialog|showModelessDialog)|\.showSidebar\(|\.showModalDialog\(|\.showModelessDialog\()/,
    scope: 'https://www.googleapis.com/auth/script.container.ui',
    source: 'https://developers.google.com/apps-script/reference/base/ui#showSidebar(Object)',
  },
  {
    use: /\bSession\.(getActiveUser|getEffectiveUser)\(/,
    scope: 'https://www.googleapis.com/auth/userinfo.email',
    source: 'https://developers.google.com/apps-script/reference/base/session#getActiveUser()',
  },
  {
    use: /\bMailApp\.sendEmail\(/,
    scope: 'https://www.googleapis.com/auth/script.send_mail',
    source: 'https://developers.google.com/apps-script/reference/mail/mail-app#sendEmail(Object)',
  },
  {
    use: /\bGmailApp\./,
    scope: 'https://mail.google.com/',
    source:
      'https://developers.google.com/apps-script/reference/gmail/gmail-app#sendEmail(String,String,String)',
  },
  {
    use: /\bFormApp\.(create|openById|openByUrl)\(/,
    scope: 'https://www.googleapis.com/auth/forms',
    source: 'https://developers.google.com/apps-script/reference/forms/form-app#create(String)',
  },
  {
    use: /\bScriptApp\.(newTrigger|getProjectTriggers|deleteTrigger|getUserTriggers)\(/,
    scope: 'https://www.googleapis.com/auth/script.scriptapp',
    source: 'https://developers.google.com/apps-script/reference/script/script-app#newTrigger(String)',
  },
  {
    // The archive's folder and yearly files. DriveApp's reference lists only drive (and drive.readonly for
    // reads) under "Authorization"; drive.file is not listed for DriveApp, so the narrower scope would need the
    // Drive advanced service instead (README, "OAuth scopes").
    use: /\bDriveApp\./,
    scope: 'https://www.googleapis.com/auth/drive',
    source: 'https://developers.google.com/apps-script/reference/drive/drive-app#createFolder(String)',
  },
  {
    // The Gmail advanced service's send: its narrowest scope. Needs `Gmail` in enabledAdvancedServices.
    use: /\bGmail\.Users\.Messages\.send\(/,
    scope: 'https://www.googleapis.com/auth/gmail.send',
    source: 'https://developers.google.com/gmail/api/reference/rest/v1/users.messages/send',
  },
  {
    // Reading drafts (to start a mailing from one): gmail.compose is the narrowest scope drafts.get/list accept,
    // and it covers messages.send too (see NARROWER_COVERED).
    use: /\bGmail\.Users\.Drafts\.(list|get)\(/,
    scope: 'https://www.googleapis.com/auth/gmail.compose',
    source: 'https://developers.google.com/gmail/api/reference/rest/v1/users.drafts/get',
  },
  {
    // Event summary reports and visa letters (issue 16): DocumentApp.create lists only documents.
    use: /\bDocumentApp\.(create|openById|openByUrl)\(/,
    scope: 'https://www.googleapis.com/auth/documents',
    source: 'https://developers.google.com/apps-script/reference/document/document-app#create(String)',
  },
  {
    // Member meetings (issue 17): the Calendar advanced service's events.insert/patch/get/instances. calendar.events
    // is the narrowest scope all four list that can create an event on the user's calendar (calendar, the broader
    // one, would also let the script change calendars and their sharing).
    use: /\bCalendar\.Events\b/,
    scope: 'https://www.googleapis.com/auth/calendar.events',
    source: 'https://developers.google.com/workspace/calendar/api/v3/reference/events/insert',
  },
  {
    use: /\bUrlFetchApp\./,
    scope: 'https://www.googleapis.com/auth/script.external_request',
    source: 'https://developers.google.com/apps-script/reference/url-fetch/url-fetch-app#fetch(String)',
  },
];

/** A scope made redundant by a broader one also needed: gmail.send is covered by gmail.compose and by mail.google.com
 * (both are listed for users.messages.send). */
const NARROWER_COVERED: Record<string, string[]> = {
  'https://www.googleapis.com/auth/gmail.send': [
    'https://www.googleapis.com/auth/gmail.compose',
    'https://mail.google.com/',
  ],
};

/** The scopes the bundle's code needs, sorted. */
export function scopesUsedBy(bundle: string): string[] {
  const used = new Set(RULES.filter((r) => r.use.test(bundle)).map((r) => r.scope));
  for (const [narrow, broader] of Object.entries(NARROWER_COVERED))
    if (broader.some((b) => used.has(b))) used.delete(narrow);
  return [...used].sort();
}

/** Differences between the scopes the manifest lists and those the code uses; empty when they agree. */
export function scopeProblems(bundle: string, listed: string[] = []): string[] {
  const used = scopesUsedBy(bundle);
  const problems: string[] = [];
  for (const s of used)
    if (!listed.includes(s)) problems.push(`appsscript.json lacks ${s}, which the code uses.`);
  for (const s of listed)
    if (!used.includes(s)) problems.push(`appsscript.json lists ${s}, which no code uses.`);
  return problems;
}
