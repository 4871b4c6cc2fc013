// The API evolution rules (README) as a check between the released contract and the current one.
import { describe, expect, it } from 'vitest'

import { openApiDocument } from '@/api/v1/openapi'

import { breakingChanges } from '../../../scripts/openapiCompat'

const released = () => JSON.parse(JSON.stringify(openApiDocument()))
type Doc = ReturnType<typeof released>

const changed = (edit: (doc: Doc) => void) => {
  const doc = released()
  edit(doc)
  return breakingChanges(released(), doc)
}

describe('API evolution', () => {
  it('accepts additions: a new operation, an optional parameter, a response field, an enum value, a deprecation', () => {
    expect(
      changed((doc) => {
        doc.paths['/new'] = { get: { operationId: 'newOne', responses: {} } }
        doc.paths['/search'].get.parameters.push({ name: 'near', in: 'query', required: false, schema: { type: 'string' } })
        doc.components.schemas.FeedEvent.properties.badge = { type: 'string' }
        doc.components.schemas.FeedEvent.properties.title.deprecated = true
        doc.paths['/explore'].get.parameters.find((p: { name: string }) => p.name === 'X-Odds-Format').schema.enum.push('fractional')
      }),
    ).toEqual([])
  })

  it.each([
    ['an operation removed', (doc: Doc) => delete doc.paths['/world-cup'], 'GET /world-cup: operation removed'],
    ['a parameter removed (older apps sending it would get 400)', (doc: Doc) => (doc.paths['/search'].get.parameters = doc.paths['/search'].get.parameters.filter((p: { name: string }) => p.name !== 'q')), 'GET /search: query parameter q removed'],
    ['a new required parameter', (doc: Doc) => doc.paths['/explore'].get.parameters.push({ name: 'region', in: 'query', required: true, schema: { type: 'string' } }), 'GET /explore: new required query parameter region'],
    [
      'a value no longer accepted',
      (doc: Doc) => (doc.paths['/explore'].get.parameters.find((p: { name: string }) => p.name === 'X-Odds-Format').schema.enum = ['probability']),
      'GET /explore: X-Odds-Format no longer accepts decimal, american',
    ],
    ['a response field removed', (doc: Doc) => delete doc.components.schemas.FeedEvent.properties.title, 'schema FeedEvent.title: removed'],
    ['a response field made optional', (doc: Doc) => (doc.components.schemas.FeedEvent.required = doc.components.schemas.FeedEvent.required.filter((name: string) => name !== 'slug')), 'schema FeedEvent.slug: became optional'],
    ['a response field retyped', (doc: Doc) => (doc.components.schemas.FeedEvent.properties.closed = { type: 'string' }), 'schema FeedEvent.closed: can now be string'],
    ['a response field made nullable', (doc: Doc) => (doc.components.schemas.FeedEvent.properties.title = { anyOf: [{ type: 'string' }, { type: 'null' }] }), 'schema FeedEvent.title: can now be null'],
    ['a shared shape removed', (doc: Doc) => delete doc.components.schemas.Team, 'schema Team: removed'],
  ])('refuses %s', (_name, edit, problem) => {
    expect(changed(edit as (doc: Doc) => void)).toContain(problem)
  })
})
