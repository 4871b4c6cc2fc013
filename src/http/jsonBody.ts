/** Reads a JSON request body with a size limit: over it → 413 before more is buffered; not JSON or not UTF-8 → 400. */
import { badRequest, payloadTooLarge } from '../errors'

export async function readJsonBody(request: Request, maxBytes: number): Promise<unknown> {
  const tooLarge = () => payloadTooLarge('request.body_too_large', { detail: `The body exceeds ${maxBytes} bytes.` })
  const declared = Number(request.headers.get('content-length') ?? NaN)
  if (declared > maxBytes) throw tooLarge()
  const type = request.headers.get('content-type') ?? ''
  if (!/^application\/(?:[\w.+-]+\+)?json\b/i.test(type)) throw badRequest('request.not_json', { detail: 'Send the body as application/json.' })
  const chunks: Uint8Array[] = []
  let size = 0
  if (request.body) {
    const reader = request.body.getReader()
    for (;;) {
      const { done, value } = await reader.read()
      if (done) break
      size += value.byteLength
      if (size > maxBytes) {
        await reader.cancel().catch(() => undefined)
        throw tooLarge()
      }
      chunks.push(value)
    }
  }
  let text: string
  try {
    // Fatal: invalid UTF-8 is refused, not silently turned into U+FFFD and stored.
    text = new TextDecoder('utf-8', { fatal: true }).decode(Buffer.concat(chunks))
  } catch {
    throw badRequest('request.invalid_utf8', { detail: 'The body is not valid UTF-8.' })
  }
  if (!text.trim()) throw badRequest('request.empty_body', { detail: 'The body is empty.' })
  try {
    return JSON.parse(text)
  } catch {
    throw badRequest('request.invalid_json', { detail: 'The body is not valid JSON.' })
  }
}
