/** Prefinery's timestamp format: UTC, whole seconds, "Z" (2012-10-21T16:45:10Z). */
export function formatTimestamp(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
