import { randomBytes } from 'node:crypto'

/** A new partner's public key: `pk-` and 20 random hex digits (80 bits: unguessable enough to not collide). */
export const generatePublicKey = (): string => `pk-${randomBytes(10).toString('hex')}`
