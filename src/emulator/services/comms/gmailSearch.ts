// GmailApp.search over the emulated mailbox: the subset of Gmail's query language a mail merge needs.
// Operators: https://support.google.com/mail/answer/7190 ("Search operators you can use with Gmail").
import type { SentMessage } from './mailStore';

/** One condition of a query; `negated` for a leading '-'. */
interface Term {
  op: string | null;
  value: string;
  negated: boolean;
}

/** Splits a query into terms: `op:value`, `op:"quoted value"`, `"a phrase"`, words; OR and grouping are not modelled. */
export function parseQuery(query: string): Term[] {
  const terms: Term[] = [];
  const re = /(-?)(?:([a-z_0-9]+):)?(?:"([^"]*)"|\(([^)]*)\)|(\S+))/gi;
  for (let m = re.exec(query); m; m = re.exec(query)) {
    const value = m[3] ?? m[4] ?? m[5] ?? '';
    terms.push({ op: m[2] ? m[2].toLowerCase() : null, value, negated: m[1] === '-' });
  }
  return terms;
}

const text = (s: string) => s.toLowerCase();
/** HTML without its tags, as the searchable text of an HTML body. */
const stripTags = (html: string) => html.replace(/<[^>]*>/g, ' ');

function addresses(list: string[]): string {
  return text(list.join(' '));
}

/** Gmail's date operators take yyyy/mm/dd (or yyyy-mm-dd), in the searching user's time zone; UTC here. */
function dateOf(value: string): number {
  const m = /^(\d{4})[/-](\d{1,2})[/-](\d{1,2})$/.exec(value);
  return m ? Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) : Number.NaN;
}

/** newer_than:2d / older_than:3h (d, m = months, y; h is believed to work too). */
function ageMs(value: string): number {
  const m = /^(\d+)([hdmy])$/.exec(value);
  if (!m) return Number.NaN;
  const unit = { h: 3600_000, d: 86_400_000, m: 30 * 86_400_000, y: 365 * 86_400_000 }[m[2] as 'h'];
  return Number(m[1]) * unit;
}

function matchesTerm(m: SentMessage, t: Term, now: number): boolean {
  const v = text(t.value);
  const body = text(`${m.subject} ${m.body} ${m.htmlBody ? stripTags(m.htmlBody) : ''}`);
  switch (t.op) {
    case null:
      // Words and phrases: Gmail matches whole words; a substring match is close enough for unique references.
      return body.includes(v);
    case 'in':
    case 'label':
    case 'is':
      // The emulated mailbox holds what the account sent: in:sent and in:anywhere find it, in:inbox does not.
      return v === 'sent' || v === 'anywhere';
    case 'subject':
      return text(m.subject).includes(v);
    case 'to':
      return addresses(m.to).includes(v);
    case 'cc':
      return addresses(m.cc).includes(v);
    case 'bcc':
      return addresses(m.bcc).includes(v);
    case 'from':
      return text(m.from).includes(v) || v === 'me';
    case 'rfc822msgid': {
      const id = v.replace(/^<|>$/g, '');
      return text(m.messageIdHeader) === `<${id}>`;
    }
    case 'has':
      return v === 'attachment' ? m.parts.some((p) => p.cid === null) : false;
    case 'filename':
      return m.parts.some((p) => text(p.name).includes(v));
    case 'after':
      return m.sentAt.getTime() >= dateOf(t.value);
    case 'before':
      return m.sentAt.getTime() < dateOf(t.value);
    case 'newer_than':
      return now - m.sentAt.getTime() < ageMs(t.value);
    case 'older_than':
      return now - m.sentAt.getTime() > ageMs(t.value);
    default:
      // An unknown operator is searched as text, as Gmail does with `foo:bar`.
      return body.includes(text(`${t.op}:${t.value}`));
  }
}

/** The messages of `pool` matching every term of `query`. */
export function searchMessages(pool: SentMessage[], query: string, now: number): SentMessage[] {
  const terms = parseQuery(query);
  return pool.filter((m) => terms.every((t) => matchesTerm(m, t, now) !== t.negated));
}
