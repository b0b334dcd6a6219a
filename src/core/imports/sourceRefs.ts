// The Source reference an imported engagement carries: derived from the file alone (platform, meeting, day, person),
// so importing the same file again finds every row it made and adds nothing.

import type { Interaction } from './interactions';
import type { Attendee } from './people';

/** Source reference holds at most 200 characters (sheets-templates Engagements.sourceRef). */
const MAX = 200;

/** Lower case letters, digits and dashes: stable whatever the spacing and punctuation of a title. */
export function slug(text: string, max: number): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9@._]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, max);
}

/** The meeting part: its id when the file gives one (digits only: "812 3456 7890" = "81234567890"), else title. */
export function meetingKey(meeting: { id: string; title: string }): string {
  const id = meeting.id.replace(/\s+/g, '');
  if (id) return `id-${slug(id, 40)}`;
  const title = slug(meeting.title, 60);
  return title ? `t-${title}` : 'untitled';
}

export function attendanceRef(platform: string, meeting: string, day: string, person: Attendee): string {
  const who = person.email || `name-${slug(person.key.replace(/^name:/, ''), 60)}`;
  return `import:${platform}:${meeting}:${day}:${who}`.slice(0, MAX);
}

export function interactionRef(i: Interaction): string {
  return `import:stats:${slug(i.platform, 30)}:${slug(i.kind, 30)}:${i.day}:${i.email}`.slice(0, MAX);
}
