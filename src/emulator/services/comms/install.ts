// Installs MailApp, GmailApp, HtmlService and FormApp.
import type { BackendOptions, GoogleBackend } from '../../backend';

export type CommsStores = {};

export function installCommsServices(_g: GoogleBackend, _options: BackendOptions): CommsStores {
  return {};
}
