import { allBy, findBy, getByKey } from '../../../engine/store/collection.js';
import { inPanel, nameKey, variableCollection } from '../collections.js';
import { PureprofileError } from '../errors.js';
import type { components } from '../spec.gen.js';
import type { Panelist, ProfileValue, ProfileVariable, VariableType } from '../store.js';

type Schemas = components['schemas'];

/** The variable that is the panelist's date of birth: its answer is `dob`, which register sets and account shows. */
export const BIRTH_DATE = 'BIRTH_DATE';
export const MAX_TEXT_LENGTH = 255;
const OPTION_TYPES: ReadonlySet<VariableType> = new Set(['radio', 'select', 'checkbox']);
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export const isBirthDate = (variable: Pick<ProfileVariable, 'name'>) => variable.name.toUpperCase() === BIRTH_DATE;
export const hasOptions = (type: VariableType) => OPTION_TYPES.has(type);
export { nameKey };

/** One panel's catalogue (the `panel` index: the catalogue's size, not the store's), sorted by name as the docs' example lists it. */
export function catalogueOf(variables: readonly ProfileVariable[], panelId: string): ProfileVariable[] {
  return [...allBy(variables, variableCollection, 'panel', panelId)].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/**
 * The path names a variable of the panel by its numeric id, its name (any case) or its uuid; anything else is 404.
 * Ids, names and uuids are unique within a panel (check-variables.ts), so each lookup is one index probe.
 */
export function findVariable(variables: readonly ProfileVariable[], panelId: string, ref: string): ProfileVariable {
  const wanted = ref.trim();
  const variable = /^\d+$/.test(wanted)
    ? getByKey(variables, variableCollection, inPanel(panelId, Number(wanted)))
    : (findBy(variables, variableCollection, 'name', inPanel(panelId, nameKey(wanted))) ?? findBy(variables, variableCollection, 'uuid', inPanel(panelId, wanted)));
  if (!variable) throw PureprofileError.variableNotFound();
  return variable;
}

export function checkWritable(variable: ProfileVariable): void {
  if (!variable.writable) throw PureprofileError.variableNotWritable(variable.name);
}

/** Why `value` cannot be an answer to `variable`, or undefined when it can (shared by updates and seed checks). */
export function describeValueProblem(variable: ProfileVariable, value: unknown): string | undefined {
  const optionIds = variable.options.map((o) => o.id);
  const oneOf = `one of the option ids ${optionIds.join(', ')}`;
  const listOf = `a non-empty list of the option ids ${optionIds.join(', ')}`;
  switch (variable.type) {
    case 'text':
      if (typeof value !== 'string') return 'value must be a string';
      if (value.trim().length === 0) return 'value must not be blank';
      return value.trim().length > MAX_TEXT_LENGTH ? `value must be at most ${MAX_TEXT_LENGTH} characters` : undefined;
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) ? undefined : 'value must be a number';
    case 'date':
      return typeof value === 'string' && isCalendarDate(value) ? undefined : 'value must be a date, YYYY-MM-DD';
    case 'radio':
    case 'select':
      return typeof value === 'number' && optionIds.includes(value) ? undefined : `value must be ${oneOf}`;
    case 'checkbox':
      return describeCheckboxProblem(variable, value, oneOf, listOf);
  }
}

function describeCheckboxProblem(variable: ProfileVariable, value: unknown, oneOf: string, listOf: string): string | undefined {
  if (!Array.isArray(value) || value.length === 0) return `value must be ${listOf}`;
  const ids = variable.options.map((o) => o.id);
  if (value.some((id) => typeof id !== 'number' || !ids.includes(id))) return `every value must be ${oneOf}`;
  if (new Set(value).size !== value.length) return 'value must not repeat an option';
  const exclusive = variable.options.find((o) => o.exclusive && value.includes(o.id));
  return exclusive && value.length > 1 ? `option ${exclusive.id} (${exclusive.name}) is exclusive: it must be chosen alone` : undefined;
}

/** A real calendar day in YYYY-MM-DD (2026-02-30 is not). */
export function isCalendarDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** The answer to store: refused with 422 when it does not fit; text is trimmed; a date of birth must be past. */
export function normalizeAnswer(variable: ProfileVariable, value: ProfileValue, now: Date): ProfileValue {
  const problem = describeValueProblem(variable, value);
  if (problem) throw PureprofileError.invalidValue(problem);
  if (isBirthDate(variable) && (value as string) >= now.toISOString().slice(0, 10)) throw PureprofileError.invalidValue('BIRTH_DATE must be in the past');
  return typeof value === 'string' && variable.type === 'text' ? value.trim() : value;
}

/** The panelist's answer, if any: BIRTH_DATE is always answered by the date of birth. */
export function readAnswer(panelist: Panelist, variable: ProfileVariable): ProfileValue | undefined {
  return isBirthDate(variable) ? panelist.dob : panelist.profile[variable.name];
}

export function writeAnswer(panelist: Panelist, variable: ProfileVariable, value: ProfileValue): void {
  if (isBirthDate(variable)) panelist.dob = value as string;
  else panelist.profile[variable.name] = value;
}

/** The date of birth cannot be removed (checked before the panelist is touched). */
export function checkRemovable(variable: ProfileVariable): void {
  if (isBirthDate(variable)) throw PureprofileError.birthDateRequired();
}

/** Remove an answer (none is fine); the date of birth cannot be removed. */
export function removeAnswer(panelist: Panelist, variable: ProfileVariable): void {
  checkRemovable(variable);
  delete panelist.profile[variable.name];
}

export function presentMeta(variable: ProfileVariable): Schemas['VariableMeta'] {
  const { id, name, text, uuid, type, writable, options } = variable;
  return { id, name, text, uuid, type, writable, options: options.map(({ id: optionId, name: optionName, text: optionText, exclusive }) => ({ id: optionId, name: optionName, text: optionText, exclusive })) };
}

export function presentAnswer(variable: ProfileVariable, value: ProfileValue): Schemas['ProfileVariable'] {
  const { id, name, uuid, type, writable } = variable;
  return { id, name, uuid, type, writable, value: Array.isArray(value) ? [...value] : value };
}

/** Every answered variable of the catalogue, in catalogue order. */
export function listAnswers(panelist: Panelist, catalogue: ProfileVariable[]): Array<Schemas['ProfileVariable']> {
  return catalogue.flatMap((variable) => {
    const value = readAnswer(panelist, variable);
    return value === undefined ? [] : [presentAnswer(variable, value)];
  });
}

/** GET /v1/panel/account/data: the date of birth and every answer, keyed by variable name, sorted by key. */
export function presentAccountData(panelist: Panelist): Schemas['AccountDataEnvelope']['data'] {
  const answers: Record<string, ProfileValue> = { ...panelist.profile, [BIRTH_DATE]: panelist.dob };
  const sorted = Object.keys(answers).sort().map((key) => [key, Array.isArray(answers[key]) ? [...(answers[key] as number[])] : answers[key]] as const);
  return { profile: { ...Object.fromEntries(sorted), BIRTH_DATE: panelist.dob } };
}
