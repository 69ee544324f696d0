import type { OperationValidators } from './validators.js';

/** Everything wrong with a response for its operation: undeclared status, missing required headers, a body off its schema. */
export function describeResponseProblems(
  validators: OperationValidators,
  status: number,
  headers: Record<string, string>,
  body: unknown,
): string[] {
  const spec = validators.responseFor(status);
  if (!spec) return [`status ${status} is not declared`];
  const problems: string[] = [];
  const present = new Set(Object.keys(headers).map((h) => h.toLowerCase()));
  for (const header of spec.requiredHeaders) if (!present.has(header)) problems.push(`missing header ${header}`);
  if (spec.validateBody) {
    if (body === undefined) problems.push('body is missing');
    else if (!spec.validateBody(body)) problems.push(...(spec.validateBody.errors ?? []).map((e) => `body${e.instancePath} ${e.message} ${JSON.stringify(e.params)}`));
  } else if (body !== undefined && body !== '') {
    problems.push('a body was sent where the spec declares none');
  }
  return problems;
}
