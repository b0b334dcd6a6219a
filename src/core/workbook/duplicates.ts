// Finding duplicate records (contacts by email, cities by name and country, ids used twice) as groups.

/**
 * Groups items by key and returns the groups that hold more than one item (in first-seen order).
 * Items whose key is '' are never duplicates of each other (two empty emails are not a duplicate).
 */
export function duplicateGroups<T>(items: readonly T[], keyOf: (item: T) => string): T[][] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    if (key === '') continue;
    const g = groups.get(key);
    if (g) g.push(item);
    else groups.set(key, [item]);
  }
  return [...groups.values()].filter((g) => g.length > 1);
}
