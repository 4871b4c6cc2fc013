// Audience rules: countries, rollout buckets, QA devices and per-platform versions, on tags and display rules, and the
// signature the response cache keys on.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { type ContentDocuments, compileSnapshot } from '@/content/compile'
import { compileAudienceRule, compilePlatformVersions } from '@/content/compileAudience'
import type { AudienceRule, CompiledDisplayRule, Visibility } from '@/content/types'
import { type Audience, audienceAllows, audienceSignature, isTagVisible, isVisible, rolloutBucket, withAudienceDisplayRules } from '@/screens/audience'
import { exploreTree } from '@/screens/explore'
import { ruleFor } from '@/screens/rules'
import type { ExploreNode } from '@/screens/schemas'

import { ALWAYS, snapshot, tagTree } from './fixtures'

const now = new Date('2026-06-20T12:00:00.000Z')
const rule = (fields: Partial<AudienceRule>): AudienceRule => ({ key: 'explore-tags:1', countries: null, rolloutPercent: null, installIds: [], ...fields })
const client = (fields: Partial<Audience> = {}): Audience => ({ platform: 'ios', appVersion: '4.0.0', country: null, installId: null, ...fields })
const visibility = (fields: Partial<Visibility>): Visibility => ({ ...ALWAYS, ...fields })
const installId = fc.string({ minLength: 1, maxLength: 40 })
const ruleKey = fc.string({ minLength: 1, maxLength: 30 })

describe('rolloutBucket', () => {
  it('is stable for an install and a rule, and within 0–9999', () => {
    fc.assert(
      fc.property(ruleKey, installId, (key, id) => {
        const bucket = rolloutBucket(key, id)
        expect(bucket).toBe(rolloutBucket(key, id))
        expect(Number.isInteger(bucket) && bucket >= 0 && bucket < 10_000).toBe(true)
      }),
    )
  })

  it('is monotone in the percentage: raising it keeps everyone who was in', () => {
    fc.assert(
      fc.property(ruleKey, installId, fc.integer({ min: 0, max: 10_000 }), fc.integer({ min: 0, max: 10_000 }), (key, id, a, b) => {
        const [low, high] = a <= b ? [a / 100, b / 100] : [b / 100, a / 100]
        if (audienceAllows(rule({ key, rolloutPercent: low }), client({ installId: id }))) {
          expect(audienceAllows(rule({ key, rolloutPercent: high }), client({ installId: id }))).toBe(true)
        }
      }),
    )
  })

  it('lets in about the configured share of installs', () => {
    const ids = Array.from({ length: 5_000 }, (_, index) => `install-${index}`)
    for (const percent of [10, 25, 50]) {
      const share = ids.filter((id) => audienceAllows(rule({ rolloutPercent: percent }), client({ installId: id }))).length / ids.length
      expect(Math.abs(share * 100 - percent)).toBeLessThan(2)
    }
  })

  it('buckets each rule on its own: another rule at 10 % picks other installs', () => {
    const ids = Array.from({ length: 2_000 }, (_, index) => `install-${index}`)
    const inA = ids.filter((id) => audienceAllows(rule({ key: 'explore-tags:1', rolloutPercent: 10 }), client({ installId: id })))
    const inB = new Set(ids.filter((id) => audienceAllows(rule({ key: 'explore-tags:2', rolloutPercent: 10 }), client({ installId: id }))))
    expect(inA.filter((id) => inB.has(id)).length).toBeLessThan(inA.length / 3)
  })

  it('keeps a client without an install id out of a partial rollout, and everyone out of 0 %', () => {
    expect(audienceAllows(rule({ rolloutPercent: 99.99 }), client())).toBe(false)
    expect(audienceAllows(rule({ rolloutPercent: 100 }), client())).toBe(true)
    fc.assert(fc.property(installId, (id) => !audienceAllows(rule({ rolloutPercent: 0 }), client({ installId: id }))))
  })
})

describe('countries', () => {
  const allow = rule({ countries: { mode: 'allow', codes: ['DE', 'FR'], unknown: 'hide' } })
  const deny = rule({ countries: { mode: 'deny', codes: ['US'], unknown: 'show' } })

  it('an allow-list shows only its countries', () => {
    expect(audienceAllows(allow, client({ country: 'DE' }))).toBe(true)
    expect(audienceAllows(allow, client({ country: 'US' }))).toBe(false)
  })

  it('a deny-list shows everywhere but its countries', () => {
    expect(audienceAllows(deny, client({ country: 'US' }))).toBe(false)
    expect(audienceAllows(deny, client({ country: 'DE' }))).toBe(true)
  })

  it('an unknown country gets what the rule says', () => {
    expect(audienceAllows(allow, client())).toBe(false)
    expect(audienceAllows(deny, client())).toBe(true)
    expect(audienceAllows(rule({ countries: { mode: 'deny', codes: ['US'], unknown: 'hide' } }), client({ country: undefined }))).toBe(false)
  })

  it('allow and deny of the same list are complements for every known country', () => {
    const code = fc.stringMatching(/^[A-Z]{2}$/)
    fc.assert(
      fc.property(fc.uniqueArray(code, { maxLength: 5 }), code, (codes, country) => {
        const allowed = audienceAllows(rule({ countries: { mode: 'allow', codes, unknown: 'hide' } }), client({ country }))
        const denied = audienceAllows(rule({ countries: { mode: 'deny', codes, unknown: 'hide' } }), client({ country }))
        expect(allowed).toBe(!denied)
        expect(allowed).toBe(codes.includes(country))
      }),
    )
  })

  it('a rollout applies within the allowed countries only', () => {
    const both = rule({ countries: { mode: 'allow', codes: ['DE'], unknown: 'hide' }, rolloutPercent: 100 })
    expect(audienceAllows(both, client({ country: 'FR', installId: 'a' }))).toBe(false)
  })
})

describe('QA devices', () => {
  it('see the item whatever the country and rollout; others do not', () => {
    const qa = rule({ countries: { mode: 'allow', codes: ['DE'], unknown: 'hide' }, rolloutPercent: 0, installIds: ['qa-phone'] })
    expect(audienceAllows(qa, client({ installId: 'qa-phone' }))).toBe(true)
    expect(audienceAllows(qa, client({ installId: 'qa-phone', country: 'US' }))).toBe(true)
    expect(audienceAllows(qa, client({ installId: 'someone', country: 'DE' }))).toBe(false)
  })

  it('still need a platform and version the item supports', () => {
    const gated = visibility({ minAppVersion: '5.0.0', audience: rule({ rolloutPercent: 0, installIds: ['qa-phone'] }) })
    expect(isVisible(gated, client({ installId: 'qa-phone' }), now)).toBe(false)
    expect(isVisible(gated, client({ installId: 'qa-phone', appVersion: '5.0.0' }), now)).toBe(true)
  })
})

describe('per-platform versions', () => {
  const gated = visibility({
    versions: [
      { platform: 'ios', minAppVersion: '4.2.0', maxAppVersion: null },
      { platform: 'android', minAppVersion: '3.0.0', maxAppVersion: '3.9.9' },
    ],
  })

  it('apply the bounds of the client platform only', () => {
    expect(isVisible(gated, client({ platform: 'ios', appVersion: '4.1.0' }), now)).toBe(false)
    expect(isVisible(gated, client({ platform: 'ios', appVersion: '4.2.0' }), now)).toBe(true)
    expect(isVisible(gated, client({ platform: 'android', appVersion: '3.5.0' }), now)).toBe(true)
    expect(isVisible(gated, client({ platform: 'android', appVersion: '4.2.0' }), now)).toBe(false)
    expect(isVisible(gated, client({ platform: 'web', appVersion: null }), now)).toBe(true)
  })

  it('hide the item from a client that does not say its platform or version', () => {
    expect(isVisible(gated, client({ platform: null }), now)).toBe(false)
    expect(isVisible(gated, client({ platform: 'ios', appVersion: null }), now)).toBe(false)
  })

  it('combine with the bounds for every platform', () => {
    const both = visibility({ ...gated, maxAppVersion: '4.5.0' })
    expect(isVisible(both, client({ platform: 'ios', appVersion: '4.6.0' }), now)).toBe(false)
  })

  it('agree with a version comparison for any version', () => {
    fc.assert(
      fc.property(fc.nat(9), fc.nat(9), fc.nat(9), (major, minor, patch) => {
        const version = `${major}.${minor}.${patch}`
        const expected = major > 4 || (major === 4 && minor >= 2)
        expect(isVisible(gated, client({ platform: 'ios', appVersion: version }), now)).toBe(expected)
      }),
    )
  })
})

describe('a hidden parent', () => {
  const content = snapshot(
    tagTree([
      { slug: 'markets', children: [{ slug: 'elections', children: [{ slug: 'us-2028' }] }] },
      { slug: 'beta', visibility: { audience: rule({ key: 'explore-tags:9', rolloutPercent: 0, installIds: ['qa-phone'] }) }, children: [{ slug: 'beta-child' }] },
      { slug: 'geo', visibility: { audience: rule({ key: 'explore-tags:7', countries: { mode: 'deny', codes: ['US'], unknown: 'hide' } }) }, children: [{ slug: 'geo-child' }] },
    ]),
  )
  const slugs = (nodes: ExploreNode[]): string[] => nodes.flatMap((node) => [node.slug, ...slugs(node.children)])

  it('hides its subtree, in the tree and for a direct read', () => {
    expect(slugs(exploreTree(content, client({ country: 'US', installId: 'x' }), now).tags)).toEqual(['markets', 'elections', 'us-2028'])
    expect(slugs(exploreTree(content, client({ country: 'DE', installId: 'qa-phone' }), now).tags)).toEqual(['markets', 'elections', 'us-2028', 'beta', 'beta-child', 'geo', 'geo-child'])
    expect(isTagVisible(content, content.tags['geo-child']!, client({ country: 'US' }), now)).toBe(false)
    expect(isTagVisible(content, content.tags['geo-child']!, client({ country: 'DE' }), now)).toBe(true)
  })

  it('hides a subtree for any audience the parent rule refuses', () => {
    fc.assert(
      fc.property(fc.option(fc.constantFrom('US', 'DE', 'GB'), { nil: null }), fc.option(installId, { nil: null }), (country, id) => {
        const who = client({ country, installId: id })
        const parentShown = audienceAllows(content.tags.geo!.visibility.audience!, who)
        expect(isTagVisible(content, content.tags['geo-child']!, who, now)).toBe(parentShown)
      }),
    )
  })
})

describe('audienceSignature', () => {
  const rules = [
    rule({ key: 'a', countries: { mode: 'deny', codes: ['US'], unknown: 'show' } }),
    rule({ key: 'b', rolloutPercent: 10 }),
    rule({ key: 'c', rolloutPercent: 0, installIds: ['qa-phone'] }),
  ]

  it('is one character per rule, and equal signatures mean equal visibility for every rule', () => {
    fc.assert(
      fc.property(fc.option(fc.constantFrom('US', 'DE'), { nil: null }), installId, fc.option(fc.constantFrom('US', 'DE'), { nil: null }), installId, (c1, i1, c2, i2) => {
        const one = client({ country: c1, installId: i1 })
        const two = client({ country: c2, installId: i2 })
        const s1 = audienceSignature(rules, one)
        expect(s1).toHaveLength(rules.length)
        if (s1 === audienceSignature(rules, two)) for (const r of rules) expect(audienceAllows(r, one)).toBe(audienceAllows(r, two))
      }),
    )
  })

  it('is empty without rules', () => {
    expect(audienceSignature([], client({ country: 'US', installId: 'x' }))).toBe('')
  })
})

describe('compileAudienceRule', () => {
  it('is null when the fields restrict nobody', () => {
    expect(compileAudienceRule('k', undefined)).toBeNull()
    expect(compileAudienceRule('k', { countryMode: 'deny', countries: [], rolloutPercent: 100, qaInstallIds: ['qa'] })).toBeNull()
  })

  it('normalises countries and keeps the key, the rollout and the QA devices', () => {
    expect(compileAudienceRule('explore-tags:3', { countryMode: 'allow', countries: ['de', ' FR', 'DE', 'nope'], unknownCountry: 'show', rolloutPercent: 12.5, qaInstallIds: ['qa', 'qa'] })).toEqual({
      key: 'explore-tags:3',
      countries: { mode: 'allow', codes: ['DE', 'FR'], unknown: 'show' },
      rolloutPercent: 12.5,
      installIds: ['qa'],
    })
    expect(compileAudienceRule('k', { countryMode: 'deny', countries: ['US'] })?.countries?.unknown).toBe('hide')
    expect(compileAudienceRule('k', { rolloutPercent: -5 })?.rolloutPercent).toBe(0)
  })

  it('drops per-platform entries without a bound', () => {
    expect(compilePlatformVersions({ versionsByPlatform: [{ platform: 'ios', minAppVersion: '', maxAppVersion: null }, { platform: 'android', minAppVersion: '3.0.0' }] })).toEqual([
      { platform: 'android', minAppVersion: '3.0.0', maxAppVersion: null },
    ])
  })
})

describe('display rules with an audience', () => {
  const base: CompiledDisplayRule = { sportSlug: null, marketKind: 'moneyline', upstreamTypes: [], titleTemplate: 'Default', subtitleTemplate: null, section: 'Main', sectionOrder: 0, sort: 'upstream', groupBy: 'none' }
  const beta: CompiledDisplayRule = { ...base, sportSlug: 'nba', titleTemplate: 'Beta', visibility: visibility({ audience: rule({ key: 'market-display-rules:5', rolloutPercent: 0, installIds: ['qa-phone'] }) }) }
  const content = snapshot({ displayRules: [base, beta] })

  it('give a client outside the audience the next rule, and the same snapshot when nothing is withheld', () => {
    const titleFor = (who: Audience) => ruleFor(withAudienceDisplayRules(content, who, now).displayRules, 'nba', 'moneyline', undefined).rule?.titleTemplate
    expect(titleFor(client({ installId: 'qa-phone' }))).toBe('Beta')
    expect(titleFor(client({ installId: 'someone' }))).toBe('Default')
    expect(withAudienceDisplayRules(content, client({ installId: 'qa-phone' }), now)).toBe(content)
  })

  it('are compiled with a key of their own and listed among the snapshot rules', () => {
    const documents = { exploreTags: [], sports: [], teams: [], props: [], tournaments: [], seasons: [], rewardRules: [] }
    const displayRule = { id: 5, marketKind: 'moneyline', titleTemplate: 'Beta', section: 'Main', sort: 'upstream', groupBy: 'none', visibility: { countryMode: 'deny', countries: ['us'] } }
    const compiled = compileSnapshot({ ...documents, displayRules: [displayRule] } as unknown as ContentDocuments, { draft: false, now })
    expect(compiled.displayRules[0]!.visibility?.audience).toEqual({ key: 'market-display-rules:5', countries: { mode: 'deny', codes: ['US'], unknown: 'hide' }, rolloutPercent: null, installIds: [] })
    expect(compiled.audienceRules?.map((r) => r.key)).toEqual(['market-display-rules:5'])
  })
})
