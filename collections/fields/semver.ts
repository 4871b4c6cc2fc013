import semver from 'semver'
import type { TextField } from 'payload'

/** An app version such as "4.2.0" (semver), compared with the client's X-App-Version. */
export function appVersionField(name: string, label: string, description: string): TextField {
  return {
    name,
    label,
    type: 'text',
    admin: { description },
    validate: (value: unknown) => {
      if (value === null || value === undefined || value === '') return true
      return typeof value === 'string' && semver.valid(value) ? true : `"${String(value)}" is not a valid app version: use semver, e.g. "4.2.0".`
    },
  }
}
