import { describe, expect, it } from 'vitest'

import { readJsonBody } from '@/http/jsonBody'

const post = (body: BodyInit, type = 'application/json') => new Request('http://x/', { method: 'POST', headers: { 'content-type': type }, body })

describe('readJsonBody', () => {
  it('parses JSON, including a +json media type', async () => {
    expect(await readJsonBody(post('{"a":"é"}'), 100)).toEqual({ a: 'é' })
    expect(await readJsonBody(post('[1]', 'application/vnd.playbook+json'), 100)).toEqual([1])
  })

  it('refuses another content type, an empty body and broken JSON with 400', async () => {
    await expect(readJsonBody(post('{}', 'text/plain'), 100)).rejects.toMatchObject({ status: 400, code: 'request.not_json' })
    await expect(readJsonBody(post('  '), 100)).rejects.toMatchObject({ status: 400, code: 'request.empty_body' })
    await expect(readJsonBody(post('{"a":'), 100)).rejects.toMatchObject({ status: 400, code: 'request.invalid_json' })
  })

  it('refuses invalid UTF-8 instead of storing replacement characters', async () => {
    const bytes = Buffer.concat([Buffer.from('{"ref":"'), Buffer.from([0xc3, 0x28]), Buffer.from('"}')])
    await expect(readJsonBody(post(bytes), 100)).rejects.toMatchObject({ status: 400, code: 'request.invalid_utf8' })
  })

  it('refuses a body over the limit with 413, declared or streamed', async () => {
    await expect(readJsonBody(post(JSON.stringify({ a: 'x'.repeat(200) })), 100)).rejects.toMatchObject({ status: 413, code: 'request.body_too_large' })
    const streamed = new Request('http://x/', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: new ReadableStream({ start: (controller) => (controller.enqueue(new TextEncoder().encode(`"${'x'.repeat(200)}"`)), controller.close()) }),
      duplex: 'half',
    } as RequestInit)
    await expect(readJsonBody(streamed, 100)).rejects.toMatchObject({ status: 413 })
  })
})
