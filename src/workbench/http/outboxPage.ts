// Sent emails as their recipients see them: the HTML body (or the plain text) as a document shown in a sandboxed frame.
import type { SentMessage } from '../../emulator/services/comms/install';
import { escapeHtml as h } from './httpIo';

export interface OutboxSummary {
  id: string;
  from: string;
  name: string | null;
  to: string[];
  cc: string[];
  replyTo: string | null;
  subject: string;
  sentAt: number;
  html: boolean;
}

export function outboxSummary(m: SentMessage): OutboxSummary {
  return {
    id: m.id,
    from: m.from,
    name: m.name,
    to: m.to,
    cc: m.cc,
    replyTo: m.replyTo,
    subject: m.subject,
    sentAt: m.sentAt.getTime(),
    html: m.htmlBody !== null,
  };
}

/** Links to Google Forms point at the workbench's own rendering of that form, and links to the script's web app
 * (https://script.google.com/macros/s/<deployment>/exec…, e.g. an opt-out link) at the workbench's /exec, so a
 * recipient can follow them. */
export function localFormLinks(html: string, origin: string): string {
  return html
    .replace(/https:\/\/docs\.google\.com\/forms\/d\/e\//g, `${origin}/forms/d/e/`)
    .replace(/https:\/\/script\.google\.com\/macros\/s\/[A-Za-z0-9_-]+\/exec/g, `${origin}/exec`);
}

/**
 * The message body as a standalone document. `dir="auto"` lets a body without its own direction (Arabic plain text)
 * read right to left, as mail clients do; an explicit `dir` in the HTML wins. Served with a sandbox CSP: no scripts.
 */
export function emailDocument(m: SentMessage, origin: string): string {
  // A plain-text body's links are made clickable, as mail clients do (the opt-out link of a text-only message).
  const text = h(m.body).replace(/https?:\/\/[^\s<>"]+/g, (u) => `<a href="${u}">${u}</a>`);
  const body = m.htmlBody ?? `<div style="white-space:pre-wrap">${text}</div>`;
  return `<!doctype html><html><head><meta charset="utf-8"><base target="_blank">
<style>body{font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#202124;margin:16px;line-height:1.45}</style>
</head><body dir="auto">${localFormLinks(body, origin)}</body></html>`;
}

/** Scripts never run in an email, as in a mail client; links may open in a new tab. */
export const EMAIL_CSP = "sandbox allow-popups allow-popups-to-escape-sandbox; script-src 'none'";
