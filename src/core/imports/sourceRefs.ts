// The Source reference an imported engagement carries: derived from the file alone (platform, meeting, day, person),
// so importing the same file again finds every row it made and adds nothing.

import type { Interaction } from './interactions';
import type { Attendee } from './people';

/** Source reference holds at most 200 characters (sheets-templates Engagements.sourceRef). */
const MAX = 200;

/**
 * Lower-case letters and digits of any script, with dashes between words: stable whatever the spacing and
 * punctuation of a title, and distinct for titles and names written in Cyrillic, Arabic or Chinese.
 */
export function slug(text: string, max: number): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}@._]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, max);
}

/** A short FNV-1a digest in base 36: tells apart long titles that share their first characters. */
function digest(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h.toString(36);
}

/**
 * The meeting part: its id when the file gives one (digits only: "812 3456 7890" = "81234567890"), else its title
 * (cut, with a digest of the whole title when long); then the start time when the file states one, so two
 * meetings of the same id or title on one day (a recurring call, a morning and an afternoon session) stay apart.
 */
export function meetingKey(meeting: { id: string; title: string; startMs?: number | null }): string {
  const id = meeting.id.replace(/\s+/g, '');
  const full = slug(meeting.title, Number.POSITIVE_INFINITY);
  const title = full.length > 60 ? `${full.slice(0, 52)}-${digest(full)}` : full;
  const base = id ? `id-${slug(id, 40)}` : title ? `t-${title}` : 'untitled';
  const at = meeting.startMs ? new Date(meeting.startMs).toISOString().slice(11, 16).replace(':', '') : '';
  return at ? `${base}@${at}` : base;
}

export function attendanceRef(platform: string, meeting: string, day: string, person: Attendee): string {
  const who = person.email || `name-${slug(person.key.replace(/^name:/, ''), 60)}`;
  return `import:${platform}:${meeting}:${day}:${who}`.slice(0, MAX);
}

export function interactionRef(i: Interaction): string {
  return `import:stats:${slug(i.platform, 30)}:${slug(i.kind, 30)}:${i.day}:${i.email}`.slice(0, MAX);
}
