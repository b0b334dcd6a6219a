// Attendance and statistics exports made from the platforms' documented column sets (see src/core/imports/
// platforms.ts for the sources, and which words are believed), as real files come: title blocks, BOMs, semicolons.

const BOM = '\uFEFF';

/**
 * Zoom's participant export with meeting data, saved by a European Excel (semicolons), UTF-8 with BOM. Amina rejoined
 * (two rows, 32 + 25 minutes); Juma joined without signing in (no email); Paul's name holds the delimiter; line 9 has
 * an impossible join time and line 10 names nobody.
 */
export const ZOOM_EXPORT = [
  `${BOM}Meeting ID;Topic;Start Time;End Time;User Email;Duration (Minutes);Participants`,
  '812 3456 7890;Peer exchange: youth resilience;12/03/2026 09:55:02 AM;12/03/2026 11:02:40 AM;host@strongcities.org;68;6',
  '',
  'Name (Original Name);User Email;Join Time;Leave Time;Duration (Minutes);Guest',
  'Amina S (Amina Said);Amina.Said@Mombasa.example ;12/03/2026 09:58:12 AM;12/03/2026 10:30:00 AM;32;No',
  'Amina S (Amina Said);amina.said@mombasa.example;12/03/2026 10:35:00 AM;12/03/2026 11:00:00 AM;25;No',
  'Juma Otieno;;12/03/2026 10:00:00 AM;12/03/2026 11:00:00 AM;60;Yes',
  '"Roux; Paul";paul.roux@lyon.example;12/03/2026 10:00:00 AM;12/03/2026 10:45:00 AM;45;Yes',
  'Grace W;grace@unknown.example;13/45/2026 10:00;12/03/2026 10:45:00 AM;45;Yes',
  ';;12/03/2026 10:00:00 AM;;5;Yes',
  'Nadia Haddad;nadia@newcity.example;12/03/2026 10:05:00 AM;12/03/2026 10:50:00 AM;45;Yes',
].join('\r\n');

/**
 * Microsoft Teams' attendance report (summary, participants, in-meeting activities), semicolons, UTF-8 with BOM.
 * Only the participants table is read; the activities section after it is reported as not read.
 */
export const TEAMS_EXPORT = [
  `${BOM}1. Summary`,
  'Meeting title;Member cities call',
  'Attended participants;3',
  'Start time;12/4/26, 2:00:05 PM',
  'End time;12/4/26, 3:01:10 PM',
  'Meeting duration;1h 1m 5s',
  '',
  '2. Participants',
  'Name;First Join;Last Leave;In-Meeting Duration;Email;Participant ID (UPN);Role',
  'Claire Martin;12/4/26, 2:00:05 PM;12/4/26, 3:01:10 PM;1h 1m 5s;;Claire.Martin@Lyon.example;Organizer',
  'Ola Nordmann;12/4/26, 2:03:00 PM;12/4/26, 2:50:00 PM;47m;ola@oslo.example;;Attendee',
  'Marie Tremblay;12/4/26, 2:10:00 PM;12/4/26, 3:00:00 PM;about an hour;marie@montreal.example;;Attendee',
  '',
  '3. In-Meeting Activities',
  'Name;Join Time;Leave Time;Duration;Email;Role',
  'Claire Martin;12/4/26, 2:00:05 PM;12/4/26, 3:01:10 PM;1h 1m 5s;;Organizer',
  'Ola Nordmann;12/4/26, 2:03:00 PM;12/4/26, 2:50:00 PM;47m;ola@oslo.example;Attendee',
].join('\n');

/** Comms statistics: newsletter and social interactions by address, commas, no BOM; line 5's count is not a number. */
export const STATS_EXPORT = [
  'Email,Platform,Interaction,Date,Count',
  'claire.martin@lyon.example,Newsletter,open,2026-11-20,2',
  'CLAIRE.MARTIN@lyon.example,Newsletter,open,2026-11-20,1',
  'ola@oslo.example,LinkedIn,comment,2026-11-21,1',
  'ola@oslo.example,LinkedIn,share,2026-11-21,many',
].join('\n');
