import type { PaymentRollStatus } from '@mz/shared';

// What can be done with a monthly payment roll in each status: a draft may be regenerated and
// approved; approval freezes it; a frozen roll is exported to the bank and reconciled with the bank's
// result file.

export type RollAbilities = { regenerate: boolean; approve: boolean; export: boolean; importResults: boolean };

export const rollAbilities = (status: PaymentRollStatus): RollAbilities => ({
  regenerate: status === 'draft',
  approve: status === 'draft',
  export: status === 'approved' || status === 'exported' || status === 'reconciled',
  importResults: status === 'exported' || status === 'reconciled',
});

export const rollStatusTone = (status: string): 'default' | 'processing' | 'success' | 'warning' => {
  switch (status) {
    case 'draft':
      return 'default';
    case 'approved':
      return 'processing';
    case 'exported':
      return 'warning';
    case 'reconciled':
      return 'success';
    default:
      return 'default';
  }
};

export const lineStatusTone = (status: string): 'default' | 'success' | 'error' | 'warning' => {
  switch (status) {
    case 'paid':
      return 'success';
    case 'failed':
      return 'error';
    case 'returned':
      return 'warning';
    default:
      return 'default';
  }
};

/** The previous month as YYYY-MM (rolls are usually made for the coming or current month). */
export const monthOf = (isoDate: string, offset = 0): string => {
  const [y, m] = isoDate.split('-').map(Number);
  const n = (y ?? 1970) * 12 + (m ?? 1) - 1 + offset;
  return `${Math.floor(n / 12)}-${String((n % 12) + 1).padStart(2, '0')}`;
};
