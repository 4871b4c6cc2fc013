// Integration tests: the run's own database and Redis, set before any module reads the environment.
process.env.DATABASE_URL = process.env.TEST_DATABASE_URL
process.env.REDIS_URL = process.env.TEST_REDIS_URL
process.env.PAYLOAD_SECRET ??= 'test-secret-test-secret-test-secret-0123'
process.env.GAMMA_URL ??= 'http://127.0.0.1:9'
if (!process.env.DATABASE_URL) throw new Error('integration tests run through `npm test` (TEST_DATABASE_URL is unset)')
