/** Hashes a new key before it is stored, hands the plain key back once, and keeps revocation final. */
import type { CollectionAfterChangeHook, CollectionAfterReadHook, CollectionBeforeChangeHook, CollectionConfig } from 'payload'
import { ValidationError } from 'payload'

import { API_KEY_PATTERN, generateApiKey, hashApiKey } from '../../src/rewards/apiKeys'

const PLAIN_KEY = 'apiKeyPlain'

const beforeChange: CollectionBeforeChangeHook = ({ data, operation, originalDoc, req }) => {
  if (operation === 'create') {
    const key = typeof data.key === 'string' && data.key ? data.key : generateApiKey()
    if (!API_KEY_PATTERN.test(key)) throw new ValidationError({ collection: 'api-keys', errors: [{ path: 'key', message: 'Not a key this system issued.' }] })
    req.context[PLAIN_KEY] = key
    return { ...data, key: undefined, keyHash: hashApiKey(key), keyPrefix: key.slice(0, 12), revokedAt: data.revoked ? new Date().toISOString() : null }
  }
  const wasRevoked = Boolean(originalDoc?.revoked)
  if (wasRevoked && data.revoked === false) {
    throw new ValidationError({ collection: 'api-keys', errors: [{ path: 'revoked', message: 'A revoked key stays revoked: create a new one.' }] })
  }
  // The hash is set once; an update cannot swap in another key.
  const { key: _key, keyHash: _hash, keyPrefix: _prefix, ...rest } = data
  return { ...rest, revokedAt: wasRevoked ? originalDoc?.revokedAt : data.revoked ? new Date().toISOString() : null }
}

/** Reads would show a freshly generated default: the key is never read back. */
const afterRead: CollectionAfterReadHook = ({ doc }) => {
  const { key: _key, ...rest } = doc as Record<string, unknown>
  return rest
}

/** The create response carries the plain key (afterChange runs after afterRead): the one time it leaves the server. */
const afterChange: CollectionAfterChangeHook = ({ doc, operation, req }) =>
  operation === 'create' && typeof req.context[PLAIN_KEY] === 'string' ? { ...doc, key: req.context[PLAIN_KEY] } : doc

export const keyHooks: NonNullable<CollectionConfig['hooks']> = { beforeChange: [beforeChange], afterRead: [afterRead], afterChange: [afterChange] }
