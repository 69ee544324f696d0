import { beforeEach, describe, expect } from 'vitest';
import { SANDBOX_VARIABLES } from '../../fixtures/pureprofile/index.js';
import { SANDBOX_PANEL_ID } from '../../src/apis/pureprofile/store.js';
import { liveTest, mockTest, type VendorClient } from '../support/client.js';
import { bearer, panelId, panelLocale, pureprofileClient, registerPanelist, SANDBOX_TOKEN } from './target.js';

const META = '/v1/panel/variables/meta';
const VARIABLES = '/v1/panel/variables';
const DATA = '/v1/panel/account/data';
const asSandboxPanelist = bearer(SANDBOX_TOKEN);

interface Meta {
  id: number;
  name: string;
  type: string;
  writable: boolean;
  options: Array<{ id: number }>;
}

describe('Pureprofile panels, account data and profile variables', () => {
  let api: VendorClient;
  beforeEach(() => {
    api = pureprofileClient();
  });

  const metaOf = async (auth: Record<string, string>) => (await api.call('GET', META, { auth })).body.data as Meta[];
  const put = (ref: string | number, value: unknown, auth = asSandboxPanelist) => api.call('PUT', `${VARIABLES}/${ref}`, { auth, body: { value } });
  const sandboxPanelist = async () => (await api.admin.state()).data.pureprofile.default.panelists[0];

  liveTest('the partner\'s panel list holds the panel register takes, with its locales', async () => {
    const res = await api.call('GET', '/v1/partner/panels/list');
    expect(res.status).toBe(200);
    expect(res.body.message).toBe('success');
    const panel = res.body.data.find((p: { guid: string }) => p.guid.toLowerCase() === panelId().toLowerCase());
    expect(panel.locales).toContain(panelLocale());
  });

  mockTest('the panel list follows the partner\'s panels', async () => {
    await api.admin.seed({ pureprofile: { tenants: [{ id: 'default', data: { panels: [{ id: 'be-panel', name: 'Belgium', locales: ['DUT-BE', 'FRE-BE'] }] } }] } });
    const res = await api.call('GET', '/v1/partner/panels/list');
    expect(res.body.data).toEqual([
      { guid: SANDBOX_PANEL_ID, name: 'Pureprofile Sandbox Panel', locales: ['ENG-AU', 'ENG-NZ'] },
      { guid: 'be-panel', name: 'Belgium', locales: ['DUT-BE', 'FRE-BE'] },
    ]);
  });

  liveTest('each layer refuses the other\'s credentials with 401 in the error envelope', async () => {
    for (const auth of [false, asSandboxPanelist] as const) {
      const res = await api.call('GET', '/v1/partner/panels/list', { auth });
      expect(res.status).toBe(401);
      expect(res.body.message).toMatch(/unauthorized/i);
    }
    for (const [method, path] of [['GET', DATA], ['GET', META], ['GET', VARIABLES], ['PUT', `${VARIABLES}/1`], ['DELETE', `${VARIABLES}/1`]] as const) {
      for (const auth of [false, bearer('not-a-token'), api.auth] as const) {
        const res = await api.call(method, path, { auth, body: method === 'PUT' ? { value: 'x' } : undefined });
        expect(res.status).toBe(401);
        expect(Array.isArray(res.body.errors)).toBe(true);
      }
    }
  });

  liveTest('account data shows the date of birth given at registration', async () => {
    const { token } = await registerPanelist(api, 'data');
    const res = await api.call('GET', DATA, { auth: bearer(token) });
    expect(res.status).toBe(200);
    expect(res.body.data.profile.BIRTH_DATE).toBe('1990-05-04');
  });

  liveTest('the panel\'s variables meta lists each variable once, options with it', async () => {
    const { token } = await registerPanelist(api, 'meta');
    const meta = await metaOf(bearer(token));
    expect(meta.length).toBeGreaterThan(0);
    expect(new Set(meta.map((v) => v.id)).size).toBe(meta.length);
  });

  mockTest('the sandbox catalogue: six variables sorted by name, one of each type', async () => {
    const meta = await metaOf(asSandboxPanelist);
    expect(meta.map((v) => [v.name, v.type, v.writable])).toEqual([
      ['BIRTH_DATE', 'date', true],
      ['BUSINESS_DECISION_PRODUCTS', 'checkbox', false],
      ['GENDER', 'radio', true],
      ['HOUSEHOLD_SIZE', 'number', true],
      ['INTERESTS', 'checkbox', true],
      ['POSTCODE', 'text', true],
    ]);
    expect(meta.find((v) => v.name === 'INTERESTS')!.options).toContainEqual({ id: 4, name: 'None of these', text: 'None of these', exclusive: true });
  });

  mockTest('the sandbox panelist\'s answers, in the variables list and in account data', async () => {
    const list = await api.call('GET', VARIABLES, { auth: asSandboxPanelist });
    expect(list.body.data.map((v: { name: string; value: unknown }) => [v.name, v.value])).toEqual([
      ['BIRTH_DATE', '1985-07-14'],
      ['BUSINESS_DECISION_PRODUCTS', [1, 3]],
      ['GENDER', 1],
      ['POSTCODE', '2000'],
    ]);
    const data = await api.call('GET', DATA, { auth: asSandboxPanelist });
    expect(data.body).toEqual({ message: 'success', data: { profile: { BIRTH_DATE: '1985-07-14', BUSINESS_DECISION_PRODUCTS: [1, 3], GENDER: 1, POSTCODE: '2000' } } });
  });

  liveTest('a writable text variable takes an answer, which the list and account data then show', async () => {
    const { token } = await registerPanelist(api, 'update');
    const variable = (await metaOf(bearer(token))).find((v) => v.writable && v.type === 'text');
    expect(variable).toBeDefined();
    const res = await put(variable!.id, '  12 Sample Street ', bearer(token));
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({ id: variable!.id, name: variable!.name, value: '12 Sample Street' });
    const list = await api.call('GET', VARIABLES, { auth: bearer(token) });
    expect(list.body.data).toContainEqual(expect.objectContaining({ id: variable!.id, value: '12 Sample Street' }));
    const data = await api.call('GET', DATA, { auth: bearer(token) });
    expect(data.body.data.profile[variable!.name]).toBe('12 Sample Street');
  });

  liveTest('a missing value, or one of no answer type, is 400 naming value', async () => {
    const { token } = await registerPanelist(api, 'bad-value');
    const variable = (await metaOf(bearer(token))).find((v) => v.writable)!;
    for (const body of [{}, { value: null }, { value: true }, { value: { a: 1 } }, { value: ['a'] }]) {
      const res = await api.call('PUT', `${VARIABLES}/${variable.id}`, { auth: bearer(token), body });
      expect(res.status).toBe(400);
      expect(res.body.errors[0].field).toMatch(/^value/);
    }
  });

  mockTest('a variable is named in the path by id, name in any case, or uuid', async () => {
    const gender = (await metaOf(asSandboxPanelist)).find((v) => v.name === 'GENDER') as Meta & { uuid: string };
    for (const [ref, value] of [[SANDBOX_VARIABLES.GENDER, 2], ['gender', 3], [gender.uuid, 4]] as const) {
      const res = await put(ref, value);
      expect(res.status).toBe(200);
      expect(res.body.data).toEqual({ id: 12, name: 'GENDER', uuid: gender.uuid, type: 'radio', writable: true, value });
    }
    expect((await sandboxPanelist()).profile.GENDER).toBe(4);
  });

  mockTest('an unknown variable is 404 naming the variable; GET on one is 405', async () => {
    for (const ref of ['999', 'NO_SUCH_VARIABLE']) {
      const res = await put(ref, 'x');
      expect(res.status).toBe(404);
      expect(res.body).toEqual({ message: 'Profile variable not found in this panel.', errors: [{ field: 'variable', message: 'Profile variable not found in this panel.' }] });
      expect((await api.call('DELETE', `${VARIABLES}/${ref}`, { auth: asSandboxPanelist })).status).toBe(404);
    }
    const get = await api.call('GET', `${VARIABLES}/${SANDBOX_VARIABLES.GENDER}`, { auth: asSandboxPanelist });
    expect(get.status).toBe(405);
  });

  mockTest('a variable that is not writable refuses updates and removal with 403, and keeps its answer', async () => {
    for (const res of [await put('BUSINESS_DECISION_PRODUCTS', [2]), await api.call('DELETE', `${VARIABLES}/BUSINESS_DECISION_PRODUCTS`, { auth: asSandboxPanelist })]) {
      expect(res.status).toBe(403);
      expect(res.body).toEqual({
        message: 'The profile variable BUSINESS_DECISION_PRODUCTS is not writable.',
        errors: [{ field: 'variable', message: 'The profile variable BUSINESS_DECISION_PRODUCTS is not writable.' }],
      });
    }
    expect((await sandboxPanelist()).profile.BUSINESS_DECISION_PRODUCTS).toEqual([1, 3]);
  });

  mockTest('option-typed variables take only their options; an exclusive option stands alone', async () => {
    const refused = [
      ['GENDER', 9, 'value must be one of the option ids 1, 2, 3, 4'],
      ['GENDER', [1], 'value must be one of the option ids 1, 2, 3, 4'],
      ['INTERESTS', [1, 7], 'every value must be one of the option ids 1, 2, 3, 4'],
      ['INTERESTS', [1, 4], 'option 4 (None of these) is exclusive: it must be chosen alone'],
      ['INTERESTS', [], 'value must be a non-empty list of the option ids 1, 2, 3, 4'],
      ['HOUSEHOLD_SIZE', 'three', 'value must be a number'],
      ['POSTCODE', 2000, 'value must be a string'],
      ['BIRTH_DATE', '1990-02-30', 'value must be a date, YYYY-MM-DD'],
    ] as const;
    for (const [name, value, detail] of refused) {
      const res = await put(name, value);
      expect(res.status).toBe(422);
      expect(res.body).toEqual({ message: 'The value does not fit the profile variable.', errors: [{ field: 'value', message: detail }] });
    }
    expect((await sandboxPanelist()).profile).toEqual({ BUSINESS_DECISION_PRODUCTS: [1, 3], GENDER: 1, POSTCODE: '2000' });
    expect((await put('INTERESTS', [4])).body.data.value).toEqual([4]);
    expect((await put('INTERESTS', [3, 1])).body.data.value).toEqual([3, 1]);
    expect((await put('HOUSEHOLD_SIZE', 3)).body.data.value).toBe(3);
  });

  mockTest('BIRTH_DATE is the date of birth: a past date updates the account, a future one is 422, removal is 422', async () => {
    expect((await put('BIRTH_DATE', '1984-02-29')).status).toBe(200);
    const account = await api.call('GET', '/v1/panel/account', { auth: asSandboxPanelist });
    expect(account.body.data.profile.BIRTH_DATE).toBe('1984-02-29');
    const future = await put('BIRTH_DATE', '2999-01-01');
    expect(future.status).toBe(422);
    expect(future.body.errors).toEqual([{ field: 'value', message: 'BIRTH_DATE must be in the past' }]);
    const removed = await api.call('DELETE', `${VARIABLES}/BIRTH_DATE`, { auth: asSandboxPanelist });
    expect(removed.status).toBe(422);
    expect(removed.body.errors[0].field).toBe('variable');
    expect((await sandboxPanelist()).dob).toBe('1984-02-29');
  });

  mockTest('removing an answer is 204 with no body, also when there was none', async () => {
    for (let i = 0; i < 2; i++) {
      const res = await api.call('DELETE', `${VARIABLES}/POSTCODE`, { auth: asSandboxPanelist });
      expect(res.status).toBe(204);
      expect(res.text).toBe('');
    }
    const data = await api.call('GET', DATA, { auth: asSandboxPanelist });
    expect(data.body.data.profile).toEqual({ BIRTH_DATE: '1985-07-14', BUSINESS_DECISION_PRODUCTS: [1, 3], GENDER: 1 });
  });

  mockTest('the catalogue is per panel: a panelist of another panel sees and answers only that panel\'s variables', async () => {
    await api.admin.seed({
      pureprofile: {
        tenants: [{ id: 'default', data: { panels: [{ id: 'be-panel', name: 'Belgium', locales: ['DUT-BE'] }], variables: [{ panel_id: 'be-panel', id: 7, name: 'LANGUAGE', type: 'select', options: [{ name: 'Dutch' }, { name: 'French' }] }] } }],
      },
    });
    const register = await api.call('POST', '/v1/partner/panel/register', { body: { user: 'be@example.com', panel: 'BE-PANEL', locale: 'dut-be', dob: '1990-01-01', first_name: 'An', last_name: 'Peeters' } });
    const token = bearer(register.body.data.token.access_token);
    expect((await metaOf(token)).map((v) => v.name)).toEqual(['LANGUAGE']);
    expect((await put('POSTCODE', '1000', token)).status).toBe(404);
    expect((await put('language', 2, token)).body.data).toMatchObject({ id: 7, value: 2 });
    expect((await api.call('GET', DATA, { auth: token })).body.data.profile).toEqual({ BIRTH_DATE: '1990-01-01', LANGUAGE: 2 });
  });

  mockTest('a malformed or missing body on an update is 400 in the envelope and changes nothing', async () => {
    const malformed = await api.call('PUT', `${VARIABLES}/POSTCODE`, { auth: asSandboxPanelist, raw: { data: '{"value": "3000"', contentType: 'application/json' } });
    expect(malformed.status).toBe(400);
    expect(malformed.body.errors.length).toBeGreaterThan(0);
    const missing = await api.call('PUT', `${VARIABLES}/POSTCODE`, { auth: asSandboxPanelist });
    expect(missing.status).toBe(400);
    expect((await sandboxPanelist()).profile.POSTCODE).toBe('2000');
  });
});
