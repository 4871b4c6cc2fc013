/**
 * Sorted-set members that order exactly. Redis scores are doubles, which cannot tell every two decimal totals
 * apart; so every member has score 0 and sorts by its bytes: an encoding of the points in which larger totals come
 * first, then the holder's address, which breaks ties deterministically (ascending).
 *
 * Encoding of a total with integer digits I and fraction digits F (trailing zeros dropped):
 * `(99 - len(I))` as two digits, then I and F with every digit d written as 9 - d, then `:`. The length prefix
 * orders magnitudes, the complemented digits order values downward, and `:` (above every digit) ends the number so
 * that 0.5 sorts after 0.51. The encoding is prefix-free, so what follows it only ever breaks ties.
 */
import { Points, pointsText } from '../points'

const complement = (digits: string): string => digits.replace(/\d/g, (d) => String(9 - Number(d)))

export function encodePoints(points: Points): string {
  if (points.isNegative()) throw new Error(`points cannot be negative: ${pointsText(points)}`)
  const [integer = '0', fraction = ''] = pointsText(points).split('.')
  if (integer.length > 99) throw new Error('points beyond 99 integer digits')
  return `${String(99 - integer.length).padStart(2, '0')}${complement(integer)}${complement(fraction.replace(/0+$/, ''))}:`
}

export function decodePoints(encoded: string): { points: string; rest: string } {
  const end = encoded.indexOf(':')
  if (end < 2) throw new Error(`not an encoded total: ${encoded}`)
  const length = 99 - Number(encoded.slice(0, 2))
  const digits = complement(encoded.slice(2, end))
  const integer = digits.slice(0, length)
  const fraction = digits.slice(length)
  return { points: fraction ? `${integer}.${fraction}` : integer, rest: encoded.slice(end + 1) }
}

export const member = (points: Points, holder: string): string => `${encodePoints(points)}${holder}`

export function parseMember(value: string): { points: string; holder: string } {
  const { points, rest } = decodePoints(value)
  return { points, holder: rest }
}
