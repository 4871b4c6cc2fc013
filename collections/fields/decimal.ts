import type { TextField } from 'payload'

import { decimalProblem } from '../../src/rewards/decimalText'

/**
 * An exact decimal kept as text: points and multipliers are never JS floats. The admin shows a text input, and a
 * value such as 0.1 is saved as the string "0.1".
 */
export function decimalField(name: string, label: string, options: { required?: boolean; description?: string; min?: string } = {}): TextField {
  return {
    name,
    label,
    type: 'text',
    required: options.required,
    admin: { description: options.description },
    validate: (value: unknown) => {
      if (value === null || value === undefined || value === '') return options.required ? 'Required: an exact decimal such as "0.5".' : true
      return decimalProblem(value, options.min) ?? true
    },
  }
}
