// Coordinator action: approve an application: the City becomes a member with its Contacts and Needs, and each contact is welcomed.

import { CITIES, CONTACTS, HUBS, NEEDS } from '../../../sheets-templates';
import { localDateOf, startOfDay } from '../../core/calendar/localDate';
import { matchExistingCity } from '../../core/intake/cityMatching';
import { blocksApproval, validationFindings } from '../../core/intake/findings';
import { isValidEmail, isValidPhone } from '../../core/schema/text';
import type { SendOutcome } from '../mail/trackedMail';
import { sendTrackedAll } from '../mail/trackedMail';
import type { WorkbookSession } from '../store/session';
import { workbook } from '../store/session';
import type { StoredRecord } from '../store/table';
import {
  applicationOf,
  intakeContext,
  populationOf,
  type StoredContact,
  storedContacts,
} from './applicationRows';
import { candidateLists, matchCandidates } from './matchCandidates';
import { hubForCountry } from './recordEnquiry';
import { type ActionResult, actionResult, currentRecord, moveStage, requireReviewer } from './stageActions';

const union = (a: unknown, b: readonly string[]) => {
  const out = Array.isArray(a) ? (a as string[]).slice() : [];
  for (const x of b) if (out.indexOf(x) < 0) out.push(x);
  return out;
};

/** The city's hub: the application's, else the hub covering its country, else the Management Unit (or the only hub). */
function hubOf(session: WorkbookSession, app: StoredRecord): string {
  const given = String(app.values['hubId'] ?? '') || hubForCountry(session, String(app.values['country']));
  if (given) return given;
  const hubs = session.table(HUBS);
  const rows = hubs.exists() ? hubs.rows() : [];
  const unit = rows.find((r) => /management unit/i.test(String(hubs.cell(r, 'name'))));
  const pick = unit ?? (rows.length === 1 ? rows[0] : undefined);
  if (!pick)
    throw new Error(
      `No hub covers ${String(app.values['country'])}: add it to a hub's Countries in the Hubs tab, then approve again.`,
    );
  return String(hubs.cell(pick, 'id'));
}

/**
 * Creates the City as a member, or updates the existing one (linked on intake or found by name and country).
 * `created`: the city is new, its id issued under this lock above every City ID the counter or the tab knows.
 */
function upsertCity(
  session: WorkbookSession,
  app: StoredRecord,
  today: Date,
): { id: string; created: boolean } {
  const v = app.values;
  const cities = session.table(CITIES);
  const linked = String(v['cityId'] ?? '');
  const found =
    linked && cities.has(linked)
      ? linked
      : matchExistingCity(
          { cityName: String(v['cityName']), country: String(v['country']), selfId: app.id },
          ...candidateLists(matchCandidates(session, String(v['cityName']))),
        ).city?.id;
  const population = populationOf(v['notes']);
  const topics = (v['priorityTopics'] as string[]) ?? [];
  const languages = (v['languages'] as string[]) ?? [];
  if (found) {
    const city = cities.get(found);
    const was = city.values['status'];
    cities.update(
      found,
      {
        status: 'member',
        ...(was !== 'member' ? { statusChangedOn: today } : {}),
        ...(city.values['joinedOn'] ? {} : { joinedOn: today }),
        ...(population !== null ? { population } : {}),
        languages: union(city.values['languages'], languages),
        priorities: union(city.values['priorities'], topics),
      },
      city.version,
      { action: 'approve', summary: `Member through ${app.id}` },
    );
    return { id: found, created: false };
  }
  const id = cities.insert(
    [
      {
        name: String(v['cityName']),
        country: String(v['country']),
        hubId: hubOf(session, app),
        status: 'member',
        statusChangedOn: today,
        joinedOn: today,
        population,
        languages,
        priorities: topics,
      },
    ],
    { action: 'approve', summary: `Member through ${app.id}` },
  )[0]!.id;
  return { id, created: true };
}

/**
 * The rows of `tab` whose `key` names the city: none to search for when the city was created just now (its id is
 * new, so no row can name it yet: the same reasoning as an enquiry's fresh message key, trackedMail.ts), else one
 * search of that column.
 */
function rowsOfCity(
  session: WorkbookSession,
  def: typeof CONTACTS | typeof NEEDS,
  key: string,
  city: { id: string; created: boolean },
) {
  return city.created ? [] : session.table(def).findRows(key, [city.id]);
}

/** Each point of contact as a Contact of the city: updated when the city already has that email, else added. */
function upsertContacts(
  session: WorkbookSession,
  app: StoredRecord,
  city: { id: string; created: boolean },
  today: Date,
): Record<string, string> {
  const cityId = city.id;
  const table = session.table(CONTACTS);
  const settings = intakeContext(session).settings;
  const language = String(app.values['language'] ?? settings.defaultLanguage);
  const submitter = String(app.values['submitterEmail'] ?? '').toLowerCase();
  const ids: Record<string, string> = {};
  const existing: Record<string, StoredRecord> = {};
  let hasPrimary = false;
  for (const r of rowsOfCity(session, CONTACTS, 'orgId', city)) {
    const rec = table.stored(r);
    if (rec.values['primary'] === true) hasPrimary = true;
    const email = String(rec.values['email'] ?? '').toLowerCase();
    if (email) existing[email] = rec;
  }
  const inserts: Record<string, unknown>[] = [];
  const contacts = storedContacts(app.values).filter((c) => isValidEmail(c.email));
  for (const c of contacts) {
    const fields = contactFields(c);
    const known = existing[c.email];
    if (known) {
      // The submitter's newsletter answer, when they gave one, replaces the contact's (consenting again).
      const consent = c.email === submitter ? newsletterFields(app, known.values) : {};
      table.update(known.id, { ...fields, ...consent }, known.version, {
        action: 'approve',
        summary: `Contact confirmed by ${app.id}`,
      });
      ids[c.email] = known.id;
      continue;
    }
    if (inserts.some((i) => i['email'] === c.email)) continue;
    const policy = c.category === "mayor's office" || c.category === 'policy team';
    inserts.push({
      ...fields,
      orgId: cityId,
      email: c.email,
      language: settings.languages.indexOf(c.language) >= 0 ? c.language : language,
      primary: !hasPrimary && policy,
      activeFrom: today,
      ...basisFields(app, c.email === submitter, today),
      ...(c.email === submitter ? newsletterFields(app, {}) : { newsletterConsent: 'not asked' }),
    });
    if (policy) hasPrimary = true;
  }
  for (const rec of table.insert(inserts, { action: 'approve', summary: `Contact nominated in ${app.id}` }))
    ids[String(rec.values['email'])] = rec.id;
  return ids;
}

/**
 * Lawful basis of a contact made on approval (issue 13): consent for the submitter, who ticked the forms'
 * consent to be contacted; legitimate interests for the colleagues they nominated. Dated today, sourced to the
 * application.
 */
function basisFields(app: StoredRecord, isSubmitter: boolean, today: Date): Record<string, unknown> {
  return {
    lawfulBasis: isSubmitter ? 'consent' : 'legitimate interests',
    lawfulBasisOn: today,
    lawfulBasisSource: isSubmitter ? `Membership forms (${app.id})` : `Nominated in ${app.id}`,
  };
}

/** The submitter's newsletter answer from the application row; nothing when they skipped the question. */
function newsletterFields(app: StoredRecord, current: Record<string, unknown>): Record<string, unknown> {
  const answer = app.values['newsletterConsent'];
  if (answer !== 'given' && answer !== 'refused')
    return current['newsletterConsent'] ? {} : { newsletterConsent: 'not asked' };
  return {
    newsletterConsent: answer,
    newsletterConsentOn: app.values['newsletterConsentOn'] ?? null,
    newsletterConsentSource: `Membership forms (${app.id})`,
  };
}

function contactFields(c: StoredContact): Record<string, unknown> {
  const phoneOk = c.phone === '' || isValidPhone(c.phone);
  return {
    name: c.name || c.email,
    title: c.position || null,
    category: c.category || 'other',
    phone: phoneOk ? c.phone || null : null,
    ...(phoneOk ? {} : { notes: `Phone as given on the application: ${c.phone}` }),
  };
}

/** One open Need per priority topic the city named, unless it already has that topic open. */
function addNeeds(
  session: WorkbookSession,
  app: StoredRecord,
  city: { id: string; created: boolean },
  today: Date,
): void {
  const table = session.table(NEEDS);
  const cityId = city.id;
  const open = rowsOfCity(session, NEEDS, 'cityId', city)
    .filter((r) => String(table.cell(r, 'status')) === 'open')
    .map((r) => String(table.cell(r, 'topic')));
  const topics = ((app.values['priorityTopics'] as string[]) ?? []).filter((t) => open.indexOf(t) < 0);
  table.insert(
    topics.map((topic) => ({
      cityId,
      topic,
      priority: 'medium',
      description: `Priority named in membership application ${app.id}.`,
      surveyedOn: today,
      source: 'application',
      status: 'open',
    })),
    { action: 'approve', summary: `Need from ${app.id}` },
  );
}

/** Who the welcome email goes to: every point of contact with a valid address, and the submitter. */
export function welcomeRecipients_(v: Record<string, unknown>): StoredContact[] {
  const people = storedContacts(v).filter((c) => isValidEmail(c.email));
  const submitter = String(v['submitterEmail'] ?? '').toLowerCase();
  if (isValidEmail(submitter) && !people.some((p) => p.email === submitter))
    people.push({
      name: String(v['submitterName']),
      email: submitter,
      position: '',
      category: '',
      phone: '',
      language: '',
    });
  return people;
}

/**
 * The welcome emails, each sent at most once. On a first approval (`firstApproval`) their keys are fresh: no Sends
 * row can carry them, so the Message ID column is not searched (see approveApplication); otherwise one search of
 * the Sends history finds every welcome key. One search checks the ids of their intents either way.
 */
function welcome(
  session: WorkbookSession,
  app: StoredRecord,
  contactIds: Record<string, string>,
  firstApproval: boolean,
): SendOutcome[] {
  const { settings } = intakeContext(session);
  const v = app.values;
  return sendTrackedAll(
    session,
    welcomeRecipients_(v).map((p) => ({
      key: `${app.id}:welcome:${p.email}`,
      scope: `${app.id}:`,
      templateKey: 'welcome' as const,
      language: String(v['language'] ?? ''),
      to: p.email,
      contactId: contactIds[p.email] ?? null,
      ...(firstApproval ? { freshKey: true } : {}),
      fields: {
        Name: p.name,
        City: String(v['cityName']),
        TermsOfReferenceLink: settings.termsOfReferenceUrl,
        OnlineHubLink: settings.onlineHubUrl,
      },
    })),
  );
}

/**
 * Sidebar action. Refused while findings of severity "error" remain (ask for more information instead), or
 * while Settings lack the Terms of Reference or Online Hub link. Running it again on an approved application
 * only completes welcome emails that never went out.
 *
 * A first approval is a row neither at the approved stage nor stamped "Approved at" (a system column, protected
 * with a warning like the Sends tab itself). This execution writes the stage and its stamp before any welcome
 * intent, and Sheets applies an execution's writes in order, so a run stopped anywhere leaves either no welcome
 * row or an approved row: a rerun then searches. A stage set back by hand keeps the stamp, so re-approving it
 * searches too and never welcomes twice (issue 11: the search scanned the whole Message ID column of Sends).
 */
export function approveApplication(id: string, version?: number | null): ActionResult {
  const session = workbook();
  requireReviewer(session, 'approve applications');
  return session.write(() => {
    let rec = currentRecord(session, id, version);
    const { settings, calendar } = intakeContext(session);
    if (!settings.termsOfReferenceUrl || !settings.onlineHubUrl) {
      throw new Error(
        'Set "Terms of Reference link" and "Online Hub link" in the Settings tab first: the welcome email sends both.',
      );
    }
    const today = startOfDay(localDateOf(session.now(), calendar.timeZone), calendar.timeZone);
    const contactIds: Record<string, string> = {};
    const firstApproval = rec.values['stage'] !== 'approved' && !rec.values['approvedAt'];
    if (rec.values['stage'] !== 'approved') {
      const errors = validationFindings(applicationOf(rec)).filter((f) => f.severity === 'error');
      if (blocksApproval(errors)) {
        throw new Error(`${rec.id} cannot be approved yet: ${errors.map((f) => f.message.en).join(' ')}`);
      }
      const city = upsertCity(session, rec, today);
      Object.assign(contactIds, upsertContacts(session, rec, city, today));
      addNeeds(session, rec, city, today);
      rec = moveStage(session, rec, 'approved', { extra: { cityId: city.id } });
    }
    return actionResult(session, rec, welcome(session, rec, contactIds, firstApproval));
  });
}
