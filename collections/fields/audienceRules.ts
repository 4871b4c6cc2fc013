/**
 * The audience fields every targetable document shares, inside its `visibility` group: per-platform app versions,
 * countries (an allow-list or a deny-list, and what an unknown country gets), a rollout percentage and QA devices.
 */
import type { Field } from 'payload'

import { parseCountry, parseInstallId } from '../../src/domain/country'
import { PLATFORMS } from '../../src/domain/platform'
import { PLATFORM_LABELS } from './platforms'
import { appVersionField } from './semver'

const everyValid = (parse: (value: string) => string | null, what: string) => (values: unknown) => {
  if (!Array.isArray(values)) return true
  const bad = values.find((value) => typeof value !== 'string' || parse(value) === null)
  return bad === undefined ? true : `"${String(bad)}" is not ${what}.`
}

/** `dbPrefix` names the per-platform table and its enum: the generated names would pass Postgres's 63 characters. */
export function audienceRuleFields(dbPrefix: string): Field[] {
  return [
    {
      name: 'versionsByPlatform',
      label: 'App versions per platform',
      type: 'array',
      dbName: `${dbPrefix}_platform_versions`,
      admin: { description: 'Bounds for one platform only (iOS and Android builds differ); the bounds above apply to all.', initCollapsed: true },
      fields: [
        { name: 'platform', type: 'select', required: true, enumName: `enum_${dbPrefix}_version_platform`, options: PLATFORMS.map((value) => ({ value, label: PLATFORM_LABELS[value] })) },
        {
          type: 'row',
          fields: [appVersionField('minAppVersion', 'Min app version', 'Hidden below this version.'), appVersionField('maxAppVersion', 'Max app version', 'Hidden above this version.')],
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'countryMode',
          label: 'Countries',
          type: 'select',
          options: [
            { value: 'allow', label: 'Only in these countries' },
            { value: 'deny', label: 'Everywhere but these countries' },
          ],
          admin: { description: 'Empty: every country.' },
        },
        {
          name: 'countries',
          label: 'Country codes',
          type: 'text',
          hasMany: true,
          validate: everyValid(parseCountry, 'an ISO 3166-1 alpha-2 country code (e.g. US, DE)'),
          admin: { description: 'ISO 3166-1 alpha-2, e.g. US, DE.' },
        },
        {
          name: 'unknownCountry',
          label: 'Unknown country',
          type: 'select',
          defaultValue: 'hide',
          options: [
            { value: 'hide', label: 'Hidden' },
            { value: 'show', label: 'Shown' },
          ],
          admin: { description: 'When no trusted CDN said where the client is.' },
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'rolloutPercent',
          label: 'Rollout %',
          type: 'number',
          min: 0,
          max: 100,
          admin: { step: 0.01, description: 'Share of installs (by X-Install-Id) that see it; empty: all. Raising it keeps those who had it.' },
        },
        {
          name: 'qaInstallIds',
          label: 'QA install ids',
          type: 'text',
          hasMany: true,
          validate: everyValid(parseInstallId, 'an install id'),
          admin: { description: 'These devices see it whatever the country and rollout.' },
        },
      ],
    },
  ]
}

/**
 * A whole `visibility` group (platforms, app versions for all and per platform, countries, rollout, QA devices) for a
 * collection that had none; explore tags keep their own group, with its schedule, around `audienceRuleFields`.
 */
export function audienceVisibilityGroup(dbPrefix: string, description: string): Field {
  return {
    name: 'visibility',
    label: 'Audience',
    type: 'group',
    admin: { description },
    fields: [
      { name: 'platforms', type: 'select', hasMany: true, options: PLATFORMS.map((value) => ({ value, label: PLATFORM_LABELS[value] })) },
      {
        type: 'row',
        fields: [appVersionField('minAppVersion', 'Min app version', 'Not applied below this version.'), appVersionField('maxAppVersion', 'Max app version', 'Not applied above this version.')],
      },
      ...audienceRuleFields(dbPrefix),
    ],
  }
}
