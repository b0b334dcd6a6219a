// Rules that involve several fields of one record (dates in order, one of two references set…).

import { message } from '../messages/catalogue';
import { fieldLabel } from '../messages/display';

type Rule = (record: Record<string, unknown>) => { key: string; message: string } | null;

const time = (v: unknown) => (v instanceof Date ? v.getTime() : null);

function notBefore(
  tab: string,
  laterKey: string,
  laterHeader: string,
  earlierKey: string,
  earlierHeader: string,
): Rule {
  return (r) => {
    const later = time(r[laterKey]);
    const earlier = time(r[earlierKey]);
    return later !== null && earlier !== null && later < earlier
      ? {
          key: laterKey,
          message: message('rule.notBefore', {
            later: fieldLabel(tab, laterKey, laterHeader),
            earlier: fieldLabel(tab, earlierKey, earlierHeader),
          }),
        }
      : null;
  };
}

export const RECORD_RULES: Readonly<Record<string, readonly Rule[]>> = {
  Contacts: [notBefore('Contacts', 'activeTo', 'Active to', 'activeFrom', 'Active from')],
  Staff: [
    (r) => (r['role'] === 'hub' && !r['hubId'] ? { key: 'hubId', message: message('rule.hubNeeded') } : null),
  ],
  Suppressions: [
    (r) =>
      !r['email'] && !(r['reason'] === 'erased' && r['addressHash'])
        ? { key: 'email', message: message('rule.suppressionEmailNeeded') }
        : null,
  ],
  Events: [notBefore('Events', 'endsOn', 'Ends on', 'startsOn', 'Starts on')],
  Participants: [notBefore('Participants', 'departsOn', 'Departs on', 'arrivesOn', 'Arrives on')],
  Matches: [
    (r) =>
      !r['offeringCityId'] && !r['offeringPartnerId']
        ? { key: 'offeringCityId', message: message('rule.offeringNeeded') }
        : null,
    (r) =>
      r['offeringCityId'] && r['offeringCityId'] === r['seekingCityId']
        ? { key: 'offeringCityId', message: message('rule.offeringDiffers') }
        : null,
  ],
};
