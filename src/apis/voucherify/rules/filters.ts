// Voucherify list filters: filters[<field>][conditions][$op]=value, fields combined by filters[junction].

export type Conditions = Record<string, unknown>;

/**
 * Filters by field, as the list operations' `filters` query parameters give them (the spec's
 * ParameterFiltersList... schemas fit): each field carries its conditions, `junction` says how fields combine.
 */
export interface Filters {
  junction?: 'and' | 'or';
  [field: string]: { conditions?: Conditions } | string | undefined;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** True when a record passes every filtered field (junction and, the default) or any of them (or). */
export function matchesFilters(record: Record<string, unknown>, filters: Filters | undefined, now: Date): boolean {
  if (!filters) return true;
  const results: boolean[] = [];
  for (const [field, filter] of Object.entries(filters)) {
    if (field === 'junction' || !filter || typeof filter !== 'object') continue;
    const conditions = filter.conditions;
    if (!conditions || typeof conditions !== 'object') continue;
    results.push(matchesConditions(record[field], conditions, now));
  }
  if (results.length === 0) return true;
  return filters.junction === 'or' ? results.some(Boolean) : results.every(Boolean);
}

/** All conditions on one field must hold. */
export function matchesConditions(value: unknown, conditions: Conditions, now: Date): boolean {
  return Object.entries(conditions).every(([operator, operand]) => matchesCondition(value, operator, operand, now));
}

function matchesCondition(value: unknown, operator: string, operand: unknown, now: Date): boolean {
  const known = value !== null && value !== undefined && value !== '';
  const text = known ? String(value) : '';
  const list = Array.isArray(operand) ? operand.map(String) : [String(operand)];
  switch (operator) {
    case '$in':
      return known && list.includes(text);
    case '$not_in':
      return !known || !list.includes(text);
    case '$is':
      return known && text === String(operand);
    case '$is_not':
      return !known || text !== String(operand);
    case '$has_value':
      return known;
    case '$is_unknown':
      return !known;
    case '$starts_with':
      return known && text.startsWith(String(operand));
    case '$ends_with':
      return known && text.endsWith(String(operand));
    case '$contains':
      return known && text.includes(String(operand));
    case '$not_contain':
      return !known || !text.includes(String(operand));
    case '$after':
      return known && Date.parse(text) > Date.parse(String(operand));
    case '$before':
      return known && Date.parse(text) < Date.parse(String(operand));
    case '$more_than':
      return known && Date.parse(text) < now.getTime() - Number(operand) * DAY_MS;
    case '$less_than':
      return known && Date.parse(text) > now.getTime() - Number(operand) * DAY_MS;
    default:
      // Operators Voucherify has for other field types (numbers, booleans) never match a holder field.
      return false;
  }
}
