import { allBy, findBy } from '../../../engine/store/collection.js';
import { panelCollection, panelistCollection, userKey } from '../collections.js';
import { PureprofileError } from '../errors.js';
import type { components } from '../spec.gen.js';
import type { Panel, Panelist } from '../store.js';
import { isValidEmail } from './emails.js';

/** A register request body, as the spec validated it. */
export type RegisterInput = components['schemas']['RegisterRequest'];

/** A panel as a partner names it: its id, trimmed, in any case (panel ids are unique in any case). */
export function findPanel(panels: readonly Panel[], id: string): Panel {
  const panel = findBy(panels, panelCollection, 'lower', id.trim().toLowerCase());
  if (!panel) throw PureprofileError.panelNotFound();
  return panel;
}

/** Users compare trimmed and case-insensitively, so "Bob@x.com" and "bob@x.com" are one panelist. */
export function sameUser(a: string, b: string): boolean {
  return userKey(a) === userKey(b);
}

/** The panel's own spelling of the locale; a locale the panel does not have is refused. */
export function matchLocale(panel: Panel, locale: string): string {
  const match = panel.locales.find((l) => l.toLowerCase() === locale.trim().toLowerCase());
  if (!match) throw PureprofileError.localeNotInPanel(panel.locales);
  return match;
}

/** A panelist exists in exactly one panel, so a user already registered anywhere in the partner's panels is refused. */
export function checkUserFree(panelists: readonly Panelist[], user: string): void {
  if (findBy(panelists, panelistCollection, 'user', userKey(user))) throw PureprofileError.userTaken();
}

/** `dob` is an ISO date (the schema checks the shape); it must lie before today. */
export function checkDateOfBirth(dob: string, now: Date): void {
  if (dob >= now.toISOString().slice(0, 10)) throw PureprofileError.dobInFuture();
}

/** Everything register must refuse, checked before anything is written. */
export function checkRegistration(panels: readonly Panel[], panelists: readonly Panelist[], input: RegisterInput, now: Date): { panel: Panel; locale: string } {
  const panel = findPanel(panels, input.panel);
  const locale = matchLocale(panel, input.locale);
  checkUserFree(panelists, input.user);
  checkDateOfBirth(input.dob, now);
  return { panel, locale };
}

/** The new panelist's record; of the panel only its id is kept. */
export function buildPanelist(id: string, panel: Pick<Panel, 'id'>, locale: string, input: RegisterInput, now: Date): Panelist {
  const user = input.user.trim();
  return {
    id,
    user,
    panel_id: panel.id,
    email: isValidEmail(user) ? user : null,
    locale,
    dob: input.dob,
    first_name: input.first_name,
    last_name: input.last_name,
    points_balance: 0,
    created_at: now.toISOString(),
    activity: [],
    profile: {},
  };
}

/** Authenticate names a panelist by the user they registered with and their panel. */
export function findPanelist(panels: readonly Panel[], panelists: readonly Panelist[], user: string, panelId: string): Panelist {
  const panel = findPanel(panels, panelId);
  // A user is one panelist across the partner's panels (check-state.ts), so this is at most one record.
  const panelist = allBy(panelists, panelistCollection, 'user', userKey(user)).find((p) => p.panel_id === panel.id);
  if (!panelist) throw PureprofileError.panelistNotFound();
  return panelist;
}
