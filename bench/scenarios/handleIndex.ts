// Handle index ('idx', after the app stops): mean / p95 of search's handle-prefix query on 1M handles with a B-tree text_pattern_ops index, against a GIN pg_trgm one.
import { type BenchContext, fmt, ms, raw, row, times } from '../harness'
import { handleIndexBench, type IndexFigures } from '../handleIndex'

/** Not subject to BENCH_ONLY; BENCH_SKIP_HANDLES=1 skips it. */
export async function run({ postgres }: BenchContext): Promise<void> {
  console.log('\nhandle index: 1,000,000 handles, B-tree text_pattern_ops vs GIN pg_trgm')
  const figures: IndexFigures[] = await handleIndexBench(postgres.url)
  raw.handleIndex = figures
  const [btree, gin] = figures
  if (btree && gin) {
    row('idx', 'handle prefix query, mean / p95 ms: B-tree text_pattern_ops', `${ms(btree.meanMs)} / ${ms(btree.p95Ms)}`, `GIN pg_trgm ${ms(gin.meanMs)} / ${ms(gin.p95Ms)}`, `${times(gin.meanMs / btree.meanMs)} faster`, '', 'info')
    row('idx', 'index build / size', `${fmt(btree.buildMs)} ms / ${btree.sizeMb} MB`, `GIN ${fmt(gin.buildMs)} ms / ${gin.sizeMb} MB`, '', '', 'info')
  }
}
