import type { TextField } from 'payload'

const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/** A URL-safe identifier, unique in its collection. */
export function slugField(description: string, name = 'slug'): TextField {
  return {
    name,
    type: 'text',
    required: true,
    unique: true,
    index: true,
    admin: { description },
    validate: (value: unknown) =>
      typeof value === 'string' && slugPattern.test(value) ? true : 'Lower-case letters, digits and single hyphens, e.g. "world-cup-2026".',
  }
}
