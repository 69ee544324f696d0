import { danglingRef, duplicateKey, firstProblem, type StateProblem } from '../../shared-check.js';
import type { Panelist, ProfileVariable, PureprofileState } from '../store.js';
import { describeValueProblem, hasOptions, isBirthDate, nameKey } from './variables.js';

// What the state schema cannot say about the profile variables: a variable names a stored panel; ids, names (any
// case) and uuids are unique within a panel, as the path finds a variable by any of them; option-typed variables
// have options (with unique ids) and the others none; BIRTH_DATE, being the date of birth, is a date. A panelist's
// answers name variables of their own panel and fit them as an update would require; the date of birth is `dob`.

export function checkVariables(state: PureprofileState): StateProblem | undefined {
  const { panels, variables, panelists } = state;
  const panelIds = new Set(panels.map((p) => p.id));
  const inPanel = (v: ProfileVariable, key: string | number) => `${v.panel_id}\u0000${key}`;
  return firstProblem(
    () => duplicateKey(variables, 'variables', 'id', (v) => inPanel(v, v.id), 'variable ids are unique within a panel'),
    () => duplicateKey(variables, 'variables', 'name', (v) => inPanel(v, nameKey(v.name)), 'variable names are unique within a panel, in any case'),
    () => duplicateKey(variables, 'variables', 'uuid', (v) => inPanel(v, v.uuid), 'variable uuids are unique within a panel'),
    () => danglingRef(variables, 'variables', 'panel_id', (v) => v.panel_id, (ref) => panelIds.has(ref as string), 'panel'),
    () => firstOf(variables, (v, i) => variableShapeProblem(v, `.variables[${i}]`)),
    () => {
      const byName = variablesByName(variables);
      return firstOf(panelists, (p, i) => answersProblem(p, byName, `.panelists[${i}].profile`));
    },
  );
}

function firstOf<T>(records: readonly T[], check: (record: T, index: number) => StateProblem | undefined): StateProblem | undefined {
  for (let i = 0; i < records.length; i++) {
    const problem = check(records[i], i);
    if (problem) return problem;
  }
  return undefined;
}

function variableShapeProblem(variable: ProfileVariable, path: string): StateProblem | undefined {
  if (isBirthDate(variable) && variable.type !== 'date') return { path: `${path}.type`, message: 'BIRTH_DATE is the date of birth: its type must be date' };
  if (hasOptions(variable.type) && variable.options.length === 0) return { path: `${path}.options`, message: `a ${variable.type} variable needs at least one option` };
  if (!hasOptions(variable.type) && variable.options.length > 0) return { path: `${path}.options`, message: `a ${variable.type} variable has no options` };
  return duplicateKey(variable.options, `${path.slice(1)}.options`, 'id', (o) => o.id, 'option ids are unique within a variable');
}

/** Each panel's variables by exact name, the first of a name winning (as a scan finds it): one map, not a scan per answer. */
function variablesByName(variables: readonly ProfileVariable[]): Map<string, Map<string, ProfileVariable>> {
  const byPanel = new Map<string, Map<string, ProfileVariable>>();
  for (const variable of variables) {
    let byName = byPanel.get(variable.panel_id);
    if (!byName) byPanel.set(variable.panel_id, (byName = new Map()));
    if (!byName.has(variable.name)) byName.set(variable.name, variable);
  }
  return byPanel;
}

function answersProblem(panelist: Panelist, byPanel: Map<string, Map<string, ProfileVariable>>, path: string): StateProblem | undefined {
  for (const [name, value] of Object.entries(panelist.profile)) {
    if (nameKey(name) === 'BIRTH_DATE') return { path: `${path}.${name}`, message: 'the date of birth is the panelist\'s dob, not a profile answer' };
    const variable = byPanel.get(panelist.panel_id)?.get(name);
    if (!variable) return { path: `${path}.${name}`, message: `no profile variable of panel "${panelist.panel_id}" is named ${name}` };
    const problem = describeValueProblem(variable, value);
    if (problem) return { path: `${path}.${name}`, message: `${problem} (the answer to ${name})` };
  }
  return undefined;
}
