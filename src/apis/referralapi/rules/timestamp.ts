// ReferralAPI prints times as Python's "%Y-%m-%d_%H-%M-%S"; the sandbox reads them as UTC.

const pad = (n: number) => String(n).padStart(2, '0');

export function formatTimestamp(date: Date): string {
  const day = `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
  const time = `${pad(date.getUTCHours())}-${pad(date.getUTCMinutes())}-${pad(date.getUTCSeconds())}`;
  return `${day}_${time}`;
}
