// A small deterministic force layout (Fruchterman–Reingold repulsion, LinLog-like attraction) for the engagement network: nodes start on a
// circle, ordered by weight, so the same data always gives the same picture.

/**
 * @param {{id: string, weight: number}[]} nodes
 * @param {{a: string, b: string, total: number}[]} edges
 * @returns {Map<string, {x: number, y: number}>} positions inside [0, width] × [0, height]
 */
export function forceLayout(nodes, edges, width, height, iterations = 300) {
  const n = nodes.length
  const positions = new Map()
  if (n === 0) return positions
  const cx = width / 2
  const cy = height / 2
  const radius = Math.min(width, height) * 0.38
  const x = new Float64Array(n)
  const y = new Float64Array(n)
  const index = new Map()
  nodes.forEach((node, i) => {
    index.set(node.id, i)
    const angle = (2 * Math.PI * i) / n - Math.PI / 2
    x[i] = cx + radius * Math.cos(angle)
    y[i] = cy + radius * Math.sin(angle)
  })
  if (n === 1) {
    positions.set(nodes[0].id, { x: cx, y: cy })
    return positions
  }
  const links = []
  for (const edge of edges) {
    const i = index.get(edge.a)
    const j = index.get(edge.b)
    if (i !== undefined && j !== undefined && i !== j) links.push([i, j, Math.log2(1 + edge.total)])
  }
  const k = Math.sqrt((width * height) / n) * 0.8
  const dx = new Float64Array(n)
  const dy = new Float64Array(n)
  let temperature = width / 8
  const cooling = temperature / (iterations + 1)
  for (let step = 0; step < iterations; step++) {
    dx.fill(0)
    dy.fill(0)
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        const ddx = x[i] - x[j]
        const ddy = y[i] - y[j]
        const d2 = Math.max(ddx * ddx + ddy * ddy, 0.01)
        const force = (k * k) / d2
        dx[i] += ddx * force
        dy[i] += ddy * force
        dx[j] -= ddx * force
        dy[j] -= ddy * force
      }
    }
    for (const [i, j, w] of links) {
      const ddx = x[i] - x[j]
      const ddy = y[i] - y[j]
      const d = Math.max(Math.sqrt(ddx * ddx + ddy * ddy), 0.1)
      // LinLog-like attraction: hubs do not pull their whole neighbourhood into one knot
      const force = d * Math.log(1 + d / k) * (0.3 + 0.1 * w)
      dx[i] -= (ddx / d) * force
      dy[i] -= (ddy / d) * force
      dx[j] += (ddx / d) * force
      dy[j] += (ddy / d) * force
    }
    for (let i = 0; i < n; i++) {
      // gravity keeps unconnected groups on the canvas
      dx[i] += (cx - x[i]) * 2
      dy[i] += (cy - y[i]) * 2
      const d = Math.sqrt(dx[i] * dx[i] + dy[i] * dy[i])
      if (d > 0) {
        const move = Math.min(d, temperature)
        x[i] += (dx[i] / d) * move
        y[i] += (dy[i] / d) * move
      }
    }
    temperature = Math.max(temperature - cooling, 0.5)
  }
  fitInto(x, y, width, height, 70)
  nodes.forEach((node, i) => {
    positions.set(node.id, { x: x[i], y: y[i] })
  })
  return positions
}

/**
 * Scales the points into the box, keeping a margin for labels. The scale comes from the central 90% of the
 * points on each axis (a lone outlier must not shrink the rest into a knot); outliers are clamped to the edge.
 * The two axes may stretch differently, up to MAX_STRETCH, to use a wide canvas.
 */
function fitInto(x, y, width, height, margin) {
  const [minX, maxX] = robustRange(x)
  const [minY, maxY] = robustRange(y)
  let scaleX = (width - 2 * margin) / Math.max(maxX - minX, 1)
  let scaleY = (height - 2 * margin) / Math.max(maxY - minY, 1)
  if (scaleX > scaleY * MAX_STRETCH) scaleX = scaleY * MAX_STRETCH
  if (scaleY > scaleX * MAX_STRETCH) scaleY = scaleX * MAX_STRETCH
  const offsetX = (width - (maxX - minX) * scaleX) / 2
  const offsetY = (height - (maxY - minY) * scaleY) / 2
  const clamp = (value, low, high) => Math.min(high, Math.max(low, value))
  for (let i = 0; i < x.length; i++) {
    x[i] = clamp(offsetX + (x[i] - minX) * scaleX, margin, width - margin)
    y[i] = clamp(offsetY + (y[i] - minY) * scaleY, margin * 0.6, height - margin * 0.4)
  }
}

const MAX_STRETCH = 1.5

/** The 5th and 95th percentiles of the values (all of them for small sets). */
function robustRange(values) {
  const sorted = Array.from(values).sort((a, b) => a - b)
  if (sorted.length < 20) return [sorted[0], sorted[sorted.length - 1]]
  const at = (p) => sorted[Math.round(p * (sorted.length - 1))]
  return [at(0.05), at(0.95)]
}
