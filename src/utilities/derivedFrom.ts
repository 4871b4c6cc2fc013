/**
 * A value derived from an immutable object, computed on first use and kept as long as the object lives (a content
 * snapshot's compiled rules, a live message's frame, a cached response's header block).
 */
export function derivedFrom<K extends object, V>(derive: (key: K) => V): (key: K) => V {
  const values = new WeakMap<K, V>()
  return (key) => {
    let value = values.get(key)
    if (value === undefined) values.set(key, (value = derive(key)))
    return value
  }
}
