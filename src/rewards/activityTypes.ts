/** The activities internal services report and reward rules score. */
export const ACTIVITY_TYPES = [
  { value: 'trade', label: 'Trade' },
  { value: 'deposit', label: 'Deposit' },
  { value: 'referral', label: 'Referral' },
  { value: 'prediction_won', label: 'Prediction won' },
  { value: 'streak', label: 'Streak' },
] as const
export type ActivityType = (typeof ACTIVITY_TYPES)[number]['value']
