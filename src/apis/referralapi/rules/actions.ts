// How actions move a link's counters.

/** The web script logs one VISIT action per visit while its cookie lives; that is what "clicks" count. */
export const CLICK_ACTION_TYPE = 'VISIT';

export function countsAsClick(actionType: string): boolean {
  return actionType === CLICK_ACTION_TYPE;
}
