// Installs MailApp, GmailApp, HtmlService and FormApp, and exposes their host-side stores.
import type { BackendOptions, GoogleBackend } from '../../backend';
import { CalendarAdvancedRoot, CalendarStore } from '../advanced/calendarAdvanced';
import { GmailAdvancedRoot } from '../advanced/gmailAdvanced';
import { ContentServiceRoot } from './contentService';
import { FormAppService } from './formApp';
import { FormStore } from './formStore';
import { GmailAppService } from './gmailApp';
import { HtmlServiceRoot, HtmlStore } from './htmlService';
import { MailAppService } from './mailApp';
import { MailStore } from './mailStore';

export type { SentMessage } from './mailStore';
export { FormSubmissionError, submitFormResponse } from './submit';

export interface CommsStores {
  /** The outbox, drafts, aliases and daily recipient quota shared by MailApp and GmailApp. */
  mail: MailStore;
  /** Google Forms: forms, items, responses. */
  forms: FormStore;
  /** The project's HTML files, for HtmlService. */
  html: HtmlStore;
  /** Google Calendar: events per calendar and the invitations Calendar sent (the Calendar advanced service). */
  calendar: CalendarStore;
}

export function installCommsServices(g: GoogleBackend, options: BackendOptions): CommsStores {
  const stores: CommsStores = {
    mail: new MailStore(g.clock),
    forms: new FormStore(),
    html: new HtmlStore({ ...(options.htmlFiles ?? {}) }),
    calendar: new CalendarStore(),
  };
  g.registerRoot('MailApp', new MailAppService(g, stores.mail));
  g.registerRoot('GmailApp', new GmailAppService(g, stores.mail));
  g.registerRoot('HtmlService', new HtmlServiceRoot(g, stores.html));
  g.registerRoot('FormApp', new FormAppService(g, stores.forms));
  g.registerRoot('ContentService', new ContentServiceRoot(g));
  // An advanced service is a global only when the manifest enables it (https://developers.google.com/apps-script/guides/services/advanced).
  if (options.advancedServices?.includes('Gmail'))
    g.registerRoot('Gmail', new GmailAdvancedRoot(g, stores.mail));
  if (options.advancedServices?.includes('Calendar'))
    g.registerRoot('Calendar', new CalendarAdvancedRoot(g, stores.calendar));
  return stores;
}
