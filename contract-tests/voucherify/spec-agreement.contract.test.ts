// specs/voucherify.yaml must agree with Voucherify's own OpenAPI for the six holder operations. A static check of
// two files that makes no request: mockTest, so a live run never counts it as checked against the vendor.
import { describe, expect } from 'vitest';
import { loadSpec, resolveRef, specPath } from '../../src/engine/openapi/load-spec.js';
import { compileSpec } from '../../src/engine/openapi/validators.js';
import { SPEC_DIR } from '../../src/server.js';
import { mockTest } from '../support/target.js';
import { referenceDoc } from './reference-schemas.js';

const ours = loadSpec(specPath(SPEC_DIR, 'voucherify.yaml')) as any;
const compiled = compileSpec(ours, 'voucherify');
const refSchema = (name: string) => referenceDoc.components.schemas[name];
const ourSchema = (name: string) => ours.components.schemas[name];
const resolveOurs = (value: any) => resolveRef<any>(ours, value);
const resolveTheirs = (value: any): any => (value?.$ref ? resolveTheirs(value.$ref.replace('#/', '').split('/').reduce((n: any, k: string) => n[k], referenceDoc)) : value);

const referenceOperations = Object.entries(referenceDoc.paths).flatMap(([path, item]) =>
  Object.entries(item)
    .filter(([method]) => method !== 'parameters')
    .map(([method, op]) => ({ path, method, op: op as any, pathParams: ((item as any).parameters ?? []) as any[] })),
);

// The six holder operations are copied whole; the conversion and list operations added by issue 11 take a subset of
// the reference's query parameters (each one the reference has), and are held to its response schemas by target.ts.
const holderOperations = referenceOperations.filter((o) => o.path.startsWith('/v1/referrals/'));
const addedOperations = referenceOperations.filter((o) => !o.path.startsWith('/v1/referrals/'));

describe('specs/voucherify.yaml agrees with the reference OpenAPI', () => {
  mockTest('has all six holder operations, on the same paths and methods', () => {
    expect(holderOperations).toHaveLength(6);
    for (const { path, method, op } of holderOperations) {
      expect(ours.paths[path]?.[method]?.['x-vendor-operation-id'], `${method} ${path}`).toBe(op.operationId);
    }
  });

  mockTest('declares every response status the reference documents, with no body on 204', () => {
    for (const { path, method, op } of holderOperations) {
      const declared = ours.paths[path][method].responses;
      for (const status of Object.keys(op.responses)) expect(declared, `${op.operationId} ${status}`).toHaveProperty(status);
      if (op.responses['204']) expect(declared['204'].content).toBeUndefined();
    }
  });

  mockTest('has every operation of the extended reference, named by x-vendor-operation-id', () => {
    expect(addedOperations.map((o) => o.op.operationId).sort()).toEqual(
      ['get-campaign', 'get-redemption', 'list-campaigns', 'list-customers', 'list-publications', 'list-redemptions', 'list-vouchers', 'redeem-stacked-discounts', 'redeem-voucher', 'rollback-redemption', 'track-custom-event', 'validate-stacked-discounts', 'update-campaign', 'delete-campaign', 'enable-campaign', 'disable-campaign', 'update-voucher', 'delete-voucher', 'enable-voucher', 'disable-voucher', 'generate-oauth-token', 'introspect-oauth-token', 'revoke-oauth-token'].sort(),
    );
    for (const { path, method, op } of addedOperations) expect(ours.paths[path]?.[method]?.['x-vendor-operation-id'], `${method} ${path}`).toBe(op.operationId);
  });

  mockTest('the added operations take only parameters the reference has, in the same place', () => {
    for (const { path, method, op, pathParams } of addedOperations) {
      const theirs = [...pathParams, ...(op.parameters ?? [])].map(resolveTheirs).map((p: any) => `${p.in}:${p.name.replace(/\[.*$/, '')}`);
      const mine = [...(ours.paths[path].parameters ?? []), ...(ours.paths[path][method].parameters ?? [])].map(resolveOurs);
      for (const param of mine) expect(theirs, `${op.operationId} ${param.name}`).toContain(`${param.in}:${param.name}`);
    }
  });

  mockTest('takes the same parameters with the same limits and enums', () => {
    for (const { path, method, op, pathParams } of holderOperations) {
      const theirs = [...pathParams, ...(op.parameters ?? [])].map(resolveTheirs);
      const mine = [...(ours.paths[path].parameters ?? []), ...(ours.paths[path][method].parameters ?? [])].map(resolveOurs);
      expect(mine.map((p: any) => `${p.in}:${p.name}`).sort(), op.operationId).toEqual(theirs.map((p: any) => `${p.in}:${p.name}`).sort());
      for (const param of theirs) {
        const match = mine.find((p: any) => p.name === param.name);
        const theirSchema = resolveTheirs(param.schema);
        const mySchema = resolveOurs(match.schema);
        for (const key of ['minimum', 'maximum', 'enum', 'type']) expect(mySchema[key], `${op.operationId} ${param.name}.${key}`).toEqual(theirSchema[key]);
        if (param.style) expect(match.style).toBe(param.style);
      }
    }
  });

  mockTest('uses one security requirement with both X-App-Id and X-App-Token', () => {
    const theirs = holderOperations[0].op.security[0];
    expect(ours.security).toEqual([theirs]);
    for (const name of Object.keys(theirs)) expect(ours.components.securitySchemes[name]).toMatchObject(referenceDoc.components.securitySchemes[name]);
  });

  mockTest('keeps the reference required lists and enums of the holder schemas', () => {
    for (const name of ['RedeemableHolder', 'RedeemableHoldersList', 'ReferralsMembersHoldersCreateInBulkRequestBody', 'ReferralsMembersHoldersCreateInBulkResponseBody']) {
      const mine = name === 'RedeemableHoldersList' ? ourSchema('ReferralsMembersHoldersListResponseBody') : ourSchema(name);
      expect(mine.required, name).toEqual(refSchema(name).required);
      for (const [prop, schema] of Object.entries<any>(refSchema(name).properties)) {
        expect(mine.properties, `${name}.${prop}`).toHaveProperty(prop);
        if (schema.enum) expect(mine.properties[prop].enum ?? [mine.properties[prop].const], `${name}.${prop}`).toEqual(schema.enum);
      }
    }
    const holderRole = refSchema('ParameterFiltersListReferralsRedeemableHolders').properties.holder_role.properties.conditions.properties.$in.items.enum;
    expect(ourSchema('HolderRoleConditions').properties.$in.items.enum).toEqual(holderRole);
  });

  mockTest('keeps every property of the reference Error and Customer, and requires at least what it requires', () => {
    expect(Object.keys(ourSchema('Error').properties)).toEqual(expect.arrayContaining(Object.keys(refSchema('Error').properties)));
    expect(ourSchema('Error').required).toEqual(expect.arrayContaining(refSchema('Error').required));
    expect(Object.keys(ourSchema('CustomerBase').properties)).toEqual(expect.arrayContaining(Object.keys(refSchema('CustomerBase').properties)));
  });

  mockTest("accepts the reference's own add-holders request and response examples", () => {
    const add = referenceOperations.find((o) => o.op.operationId === 'referrals-add-holders')!.op;
    const validators = compiled.operations.get('addReferralCodeHolders')!;
    expect(validators.checkBody(add.requestBody.content['application/json'].examples.Example.value, false)).toEqual([]);
    const validate = validators.responseFor(200)!.validateBody!;
    expect(validate(add.responses['200'].content['application/json'].examples.Example.value), JSON.stringify(validate.errors)).toBe(true);
  });
});
