import { describe, expect, it } from 'vitest'

import demoExamples from '@/api/v1/examples.json'
import { ACTIVITY_EXAMPLES, OUTPUT_COMPONENTS } from '@/api/v1/openapi'
import { activityBatchSchema, activityInputSchema } from '@/rewards/activityInput'

describe('OpenAPI examples', () => {
  it('has a demo example for every screen and the problem body', () => {
    expect(Object.keys(demoExamples).sort()).toEqual(['EventPage', 'ExploreTree', 'FeedPage', 'LeaderboardPage', 'Problem', 'SearchView', 'WalletSummary', 'WorldCupGroupPage', 'WorldCupPage'])
  })

  it.each(Object.entries(demoExamples))('%s: the example is what its schema describes', (name, value) => {
    const schema = OUTPUT_COMPONENTS[name as keyof typeof OUTPUT_COMPONENTS]
    const parsed = schema.safeParse(value)
    expect(parsed.error?.issues ?? []).toEqual([])
  })

  it('has request examples that ingestion accepts', () => {
    expect(activityInputSchema.safeParse(ACTIVITY_EXAMPLES.single.value).success).toBe(true)
    expect(activityBatchSchema.safeParse(ACTIVITY_EXAMPLES.batch.value).success).toBe(true)
  })
})
