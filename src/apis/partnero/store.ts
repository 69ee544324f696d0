// Partnero's tenant = one newsletter program (an API key is scoped to one program).

export type SubscriberStatus = 'active' | 'rejected' | 'suspended';

export interface Program {
  id: string;
  name: string;
  esp_type: string | null;
  esp_type_name: string | null;
  /** Host of the program's portal, used for share and portal links. */
  portal_host: string;
  created_at: string;
}

export interface Subscriber {
  /** Immutable internal key: the public `id` and `email` can both change. */
  key: string;
  id: string | null;
  name: string | null;
  email: string;
  tos: boolean | null;
  marketing_consent: boolean | null;
  status: SubscriberStatus;
  approved: boolean;
  /** Key of the referring subscriber, kept even if that subscriber is deleted. */
  referred_by: string | null;
  share_code: string;
  portal_code: string;
  created_at: string;
  updated_at: string;
}

export interface PartneroState {
  program: Program;
  subscribers: Subscriber[];
}

export function emptyState(): PartneroState {
  return {
    program: {
      id: 'prog_sandbox',
      name: 'Sandbox newsletter',
      esp_type: null,
      esp_type_name: null,
      portal_host: 'sandbox.partnero.test',
      created_at: '2026-01-01T00:00:00.000000Z',
    },
    subscribers: [],
  };
}
