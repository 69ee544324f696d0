import { describe, expect, it } from 'vitest';
import { pureprofileFixtures, SANDBOX_PANELIST_EMAIL } from '../../../../fixtures/pureprofile/index.js';
import { createIdSource } from '../../../engine/ids.js';
import { stateSchemaErrors } from '../../shared-seed.js';
import { pureprofile } from '../index.js';
import { emptyState, SANDBOX_PANEL_ID, type PureprofileState } from '../store.js';
import { checkPureprofileState } from './check-state.js';

// As the engine does it: seed a copy, check it against the schema, then check it with checkState.
const seeded = (data: unknown, base: PureprofileState = emptyState()) => {
  const state = structuredClone(base);
  pureprofile.seed!(state, data, createIdSource(7));
  expect(stateSchemaErrors(pureprofile.stateSchema!, state)).toBeNull();
  return state;
};
const defaultState = () => seeded(pureprofileFixtures.scenarios.default().tenants[0].data);
const answers = (profile: Record<string, unknown>) => ({ panelists: [{ user: SANDBOX_PANELIST_EMAIL, profile }] });

describe('checkPureprofileState: profile variables and answers', () => {
  it('passes the default catalogue and answers, a second panel with its own catalogue, and the same name in both', () => {
    const base = defaultState();
    expect(checkPureprofileState(base)).toBeUndefined();
    const state = seeded({ panels: [{ id: 'panel-2' }], variables: [{ panel_id: 'panel-2', id: 12, name: 'GENDER', type: 'select', options: [{ name: 'Any' }] }], panelists: [{ user: 'be@example.com', panel_id: 'panel-2', profile: { GENDER: 1 } }] }, base);
    expect(checkPureprofileState(state)).toBeUndefined();
  });

  it.each([
    ['a variable of a missing panel', { variables: [{ name: 'PETS', panel_id: 'no-such-panel' }] }, '.variables[6].panel_id', 'no panel has id "no-such-panel"'],
    ['a repeated uuid in one panel', { variables: [{ name: 'PETS', uuid: 'same' }, { name: 'CARS', uuid: 'same' }] }, '.variables[7].uuid', 'uuid "same" is also used by variables[6] (variable uuids are unique within a panel)'],
    ['a BIRTH_DATE that is not a date', { variables: [{ id: 29, type: 'text' }] }, '.variables[0].type', 'BIRTH_DATE is the date of birth: its type must be date'],
    ['a radio variable without options', { variables: [{ name: 'PETS', type: 'radio' }] }, '.variables[6].options', 'a radio variable needs at least one option'],
    ['a text variable with options', { variables: [{ name: 'PETS', options: [{ name: 'Dog' }] }] }, '.variables[6].options', 'a text variable has no options'],
    ['an option id repeated in a variable', { variables: [{ name: 'PETS', type: 'radio', options: [{ id: 1, name: 'Dog' }, { id: 1, name: 'Cat' }] }] }, '.variables[6].options[1].id', 'id 1 is also used by variables[6].options[0] (option ids are unique within a variable)'],
    ['an answer to no variable of the panel', answers({ PETS: 'dog' }), '.panelists[0].profile.PETS', `no profile variable of panel "${SANDBOX_PANEL_ID}" is named PETS`],
    ['the date of birth as an answer', answers({ BIRTH_DATE: '1990-01-01' }), '.panelists[0].profile.BIRTH_DATE', 'the date of birth is the panelist\'s dob, not a profile answer'],
    ['an answer that is not an option', answers({ GENDER: 9 }), '.panelists[0].profile.GENDER', 'value must be one of the option ids 1, 2, 3, 4 (the answer to GENDER)'],
    ['an exclusive option with another', answers({ INTERESTS: [1, 4] }), '.panelists[0].profile.INTERESTS', 'option 4 (None of these) is exclusive: it must be chosen alone (the answer to INTERESTS)'],
    ['a number answered with text', answers({ HOUSEHOLD_SIZE: 'three' }), '.panelists[0].profile.HOUSEHOLD_SIZE', 'value must be a number (the answer to HOUSEHOLD_SIZE)'],
  ])('refuses %s', (_name, data, path, message) => {
    expect(checkPureprofileState(seeded(data, defaultState()))).toEqual({ path, message });
  });

  it('refuses a repeated id or name in one panel (a seed names an existing one by either, so only a raw state can)', () => {
    const base = defaultState();
    const gender = base.variables.find((v) => v.name === 'GENDER')!;
    const sameId = structuredClone(base);
    sameId.variables.push({ ...gender, name: 'PETS', uuid: 'other' });
    expect(checkPureprofileState(sameId)).toEqual({ path: '.variables[6].id', message: 'id 12 is also used by variables[2] (variable ids are unique within a panel)' });
    const sameName = structuredClone(base);
    sameName.variables.push({ ...gender, id: 100, uuid: 'other' });
    expect(checkPureprofileState(sameName)).toEqual({ path: '.variables[6].name', message: 'name "GENDER" is also used by variables[2] (variable names are unique within a panel, in any case)' });
  });

  it('refuses an option removed while a panelist still holds it', () => {
    const base = defaultState();
    const shrunk = structuredClone(base);
    shrunk.variables.find((v) => v.name === 'GENDER')!.options.splice(0, 1);
    expect(checkPureprofileState(shrunk)).toEqual({ path: '.panelists[0].profile.GENDER', message: 'value must be one of the option ids 2, 3, 4 (the answer to GENDER)' });
  });
});
