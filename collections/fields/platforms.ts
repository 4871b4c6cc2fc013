import type { Platform } from '../../src/domain/platform'

/** How the admin names each platform. */
export const PLATFORM_LABELS: Record<Platform, string> = { ios: 'iOS', android: 'Android', web: 'Web' }
