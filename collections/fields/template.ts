import type { TextField } from 'payload'

import { PLACEHOLDERS, validateTemplate } from '../../src/display/template'

/** A title template; an unknown placeholder is a validation error that names it. */
export function templateField(name: string, label: string, options: { required?: boolean; description?: string } = {}): TextField {
  return {
    name,
    label,
    type: 'text',
    required: options.required,
    admin: { description: `${options.description ?? ''} Placeholders: ${PLACEHOLDERS.map((p) => `{${p}}`).join(' ')}`.trim() },
    validate: (value: unknown) => (options.required && !value ? 'Required.' : validateTemplate(value)),
  }
}
