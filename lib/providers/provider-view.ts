// What may leave the server about a provider: never the key, only its hint.
export const PROVIDER_PUBLIC_FIELDS = {
  id: true,
  name: true,
  apiUrl: true,
  apiKeyHint: true,
  status: true,
  isDemo: true,
  balance: true,
  currency: true,
  balanceCheckedAt: true,
  lowBalanceThreshold: true,
  lastSyncedAt: true,
  createdAt: true,
} as const;

type Row = {
  balance: { toString(): string } | null;
  lowBalanceThreshold: { toString(): string } | null;
};

export function toProviderView<T extends Row>(row: T) {
  return {
    ...row,
    balance: row.balance?.toString() ?? null,
    lowBalanceThreshold: row.lowBalanceThreshold?.toString() ?? null,
  };
}
