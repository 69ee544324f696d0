// Generated from src/engine/test-support/toy.yaml by `npm run specs:types` (openapi-typescript). Do not edit.
/* eslint-disable */
export interface paths {
  "/toy/items": {
    get: operations["listItems"];
    post: operations["createItem"];
  };
  "/toy/items/special": {
    get: operations["getSpecial"];
  };
  "/toy/items/{id}": {
    get: operations["getItem"];
    delete: operations["deleteItem"];
  };
  "/toy/open": {
    get: operations["getOpen"];
  };
}

export interface webhooks {
  "item.created": {
    post: {
      requestBody: {
        content: {
          "application/json": {
            /** @constant */
            type: "item.created";
            /** Format: date-time */
            created_at: string;
            data: components["schemas"]["Item"];
          };
        };
      };
      responses: {
        /** @description accepted */
        200: {
          content: never;
        };
      };
    };
  };
}

export interface components {
  schemas: {
    Item: {
      id: number;
      name: string;
      size?: number;
    };
  };
  responses: {
    /** @description the toy envelope */
    Error: {
      content: {
        "application/json": {
          toy_error: Record<string, unknown>;
        };
      };
    };
  };
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}

export type $defs = Record<string, never>;

export type external = Record<string, never>;

export interface operations {

  listItems: {
    parameters: {
      query?: {
        limit?: number;
        filters?: Record<string, unknown>;
      };
    };
    responses: {
      /** @description ok */
      200: {
        content: {
          "application/json": {
            items: unknown[];
          };
        };
      };
      default: components["responses"]["Error"];
    };
  };
  createItem: {
    requestBody: {
      content: {
        "application/json": {
          name: string;
          size?: number;
        };
      };
    };
    responses: {
      /** @description created */
      201: {
        content: {
          "application/json": components["schemas"]["Item"];
        };
      };
      default: components["responses"]["Error"];
    };
  };
  getSpecial: {
    responses: {
      /** @description ok */
      200: {
        content: {
          "application/json": components["schemas"]["Item"];
        };
      };
      default: components["responses"]["Error"];
    };
  };
  getItem: {
    parameters: {
      path: {
        id: number;
      };
    };
    responses: {
      /** @description ok */
      200: {
        content: {
          "application/json": components["schemas"]["Item"];
        };
      };
      default: components["responses"]["Error"];
    };
  };
  deleteItem: {
    parameters: {
      path: {
        id: number;
      };
    };
    responses: {
      /** @description gone */
      204: {
        content: never;
      };
      default: components["responses"]["Error"];
    };
  };
  getOpen: {
    responses: {
      /** @description ok */
      200: {
        content: {
          "application/json": Record<string, unknown>;
        };
      };
      default: components["responses"]["Error"];
    };
  };
}
