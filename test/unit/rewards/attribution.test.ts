// Which wallet changes move recorded points between holders (and so start a new leaderboard generation).
import { describe, expect, it } from 'vitest'

import { attributionChange } from '@/rewards/attribution'

const proxy = { address: '0xp', type: 'proxy', eoa: null }
const eoa = { address: '0xe', type: 'eoa', eoa: null }

describe('attributionChange', () => {
  it('ignores changes that move nothing', () => {
    expect(attributionChange(null, eoa)).toEqual({ kind: 'none' })
    expect(attributionChange(null, proxy)).toEqual({ kind: 'none' })
    expect(attributionChange(proxy, { ...proxy })).toEqual({ kind: 'none' })
    expect(attributionChange({ ...proxy, eoa: 3 }, { ...proxy, eoa: { id: 3 } })).toEqual({ kind: 'none' })
    // An EOA saved as it was, and an `eoa` link on an EOA (only proxies follow one), move nothing.
    expect(attributionChange(eoa, { ...eoa })).toEqual({ kind: 'none' })
    expect(attributionChange(null, { ...eoa, eoa: 3 })).toEqual({ kind: 'none' })
  })

  it('names both addresses when a wallet changes address', () => {
    expect(attributionChange(proxy, { ...proxy, address: '0xq' })).toEqual({ kind: 'addresses', addresses: ['0xp', '0xq'] })
  })

  it('names the addresses whose points move when a proxy is linked, relinked or unlinked', () => {
    expect(attributionChange(null, { ...proxy, eoa: 3 })).toEqual({ kind: 'addresses', addresses: ['0xp'] })
    expect(attributionChange(proxy, { ...proxy, eoa: 3 })).toEqual({ kind: 'addresses', addresses: ['0xp', '0xp'] })
    expect(attributionChange({ ...proxy, eoa: 3 }, { ...proxy, eoa: 4 })).toEqual({ kind: 'addresses', addresses: ['0xp', '0xp'] })
    expect(attributionChange({ ...proxy, eoa: 3 }, null)).toEqual({ kind: 'addresses', addresses: ['0xp'] })
  })

  it('treats an EOA that changes address or type, or goes, as moving anything', () => {
    expect(attributionChange(eoa, { ...eoa, address: '0xf' })).toEqual({ kind: 'any' })
    expect(attributionChange(eoa, { ...eoa, type: 'proxy' })).toEqual({ kind: 'any' })
    expect(attributionChange(eoa, null)).toEqual({ kind: 'any' })
  })

  it('treats a wallet that becomes an EOA as moving anything: proxies already pointing at it now follow it', () => {
    expect(attributionChange({ ...proxy, eoa: 3 }, { ...proxy, type: 'eoa', eoa: null })).toEqual({ kind: 'any' })
    expect(attributionChange(proxy, { ...proxy, type: 'eoa' })).toEqual({ kind: 'any' })
  })
})
