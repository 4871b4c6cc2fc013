/** The problem+json body (RFC 9457) every error response carries. */
import { z } from 'zod'

export const problemSchema = z.object({
  type: z.string().describe('Where the code is documented: `/api/v1/docs/errors#{code}`, relative to the API’s origin.'),
  title: z.string(),
  status: z.number().int(),
  code: z.string().describe('Stable and machine-readable; the catalogue lists every code (new ones can appear).'),
  detail: z.string().optional(),
  instance: z.string().optional(),
  traceId: z.string(),
})
