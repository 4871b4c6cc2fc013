// The explore tree as the app shows it: each top-level tag a section, its children as chips, theirs as a row below.
import type { ExploreNode } from '../../screens/schemas'
import { colourOf } from './format'

const KIND_HINTS: Record<ExploreNode['kind'], string | null> = { 'market-tag': null, 'time-period': 'time period', composite: 'composite', 'world-cup-group': 'World Cup group' }

/** A tag's icon: an image URL, an emoji, or (none set) its coloured initial. */
export function TagIcon({ node, size = 20 }: { node: ExploreNode; size?: number }) {
  const icon = node.icon?.trim()
  if (icon && /^(https?:)?\//.test(icon)) {
    return (
      <span className="tagicon" style={{ width: size, height: size, background: colourOf(node.slug) }}>
        <img src={icon} alt={node.label} width={size} height={size} loading="lazy" />
      </span>
    )
  }
  if (icon) return <span className="tagicon emoji" style={{ width: size, height: size, fontSize: Math.round(size * 0.8) }}>{icon}</span>
  return (
    <span className="tagicon" style={{ width: size, height: size, background: colourOf(node.slug), fontSize: Math.round(size * 0.5) }} aria-hidden="true">
      {node.label.slice(0, 1).toUpperCase()}
    </span>
  )
}

function TagLink({ node, query, className }: { node: ExploreNode; query: string; className: string }) {
  const hint = KIND_HINTS[node.kind]
  return (
    <a href={node.group ? `/preview/world-cup/groups/${node.group.letter}${query}` : `/preview/explore/${node.slug}${query}`} className={`${className} kind-${node.kind}`} data-testid="tree-tag" title={hint ?? undefined}>
      <TagIcon node={node} size={className === 'root' ? 26 : 18} />
      <span className="label">{node.label}</span>
    </a>
  )
}

function Chips({ nodes, query }: { nodes: ExploreNode[]; query: string }) {
  return (
    <ul className="chips">
      {nodes.map((node) => (
        <li key={node.slug} className={node.children.length ? 'branch' : undefined}>
          <TagLink node={node} query={query} className="chip" />
          {node.children.length ? <Chips nodes={node.children} query={query} /> : null}
        </li>
      ))}
    </ul>
  )
}

export function ExploreTree({ nodes, query }: { nodes: ExploreNode[]; query: string }) {
  if (nodes.length === 0) return <p className="muted empty">No tags for this audience.</p>
  return (
    <div className="tree" data-testid="explore-tree">
      {nodes.map((node) => (
        <section key={node.slug} className="tree-section">
          <TagLink node={node} query={query} className="root" />
          {node.children.length ? <Chips nodes={node.children} query={query} /> : null}
        </section>
      ))}
    </div>
  )
}
