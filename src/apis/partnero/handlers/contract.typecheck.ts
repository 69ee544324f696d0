// Compile-time only (tsc includes it; vitest runs only *.test.ts): handlers typed from specs/partnero.yaml reject
// code that drifts from the spec. Every case must fail to compile, so every `@ts-expect-error` is needed: if the spec
// came to declare what a case uses, tsc would answer "Unused '@ts-expect-error' directive" here. Nothing imports it.
import type { Handler } from '../../../engine/types.js';
import { presentSubscriber } from '../rules/present.js';
import type { operations } from '../spec.gen.js';
import type { PartneroState } from '../store.js';

type H<K extends keyof operations> = Handler<operations[K], PartneroState>;

// Reads a query parameter searchSubscribers does not declare (it has only id and email).
export const readsUndeclaredQuery: H<'searchSubscribers'> = (req, { state }) => {
  // @ts-expect-error `name` is not a query parameter of searchSubscribers
  const wanted: string | undefined = req.query.name;
  const found = state.subscribers.filter((s) => s.name === wanted).map((s) => presentSubscriber(s, state.program, 0));
  return { status: 200, body: { data: found, status: 1 } };
};

// Answers a status the spec does not list: deleteSubscriber lists 200 only, not 204.
export const answersUnlistedStatus: H<'deleteSubscriber'> = () => ({
  // @ts-expect-error 204 is not a success status of deleteSubscriber
  status: 204,
});

// A body field of the wrong type: the spec's total_subscribers is an integer.
export const wrongBodyFieldType: H<'getProgram'> = (_req, { state }) => ({
  status: 200,
  body: {
    status: 1,
    data: {
      ...programFields(state),
      // @ts-expect-error total_subscribers must be a number, not a string
      total_subscribers: String(state.subscribers.length),
      total_referring: 0,
      total_referred: 0,
    },
  },
});

function programFields({ program }: PartneroState) {
  const { id, name, esp_type, esp_type_name, created_at } = program;
  return { id, name, esp_type, esp_type_name, created_at };
}
