// A small deterministic force layout (Fruchterman–Reingold) for the engagement network: nodes start on a
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
  const k = Math.sqrt((width * height) / n) * 0.55
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
      const force = ((d * d) / k) * (0.5 + 0.5 * w)
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
  fitInto(x, y, width, height, 60)
  nodes.forEach((node, i) => {
    positions.set(node.id, { x: x[i], y: y[i] })
  })
  return positions
}

/** Scales the points into the box, keeping a margin for labels. */
function fitInto(x, y, width, height, margin) {
  let minX = Infinity
  let maxX = -Infinity
  let minY = Infinity
  let maxY = -Infinity
  for (let i = 0; i < x.length; i++) {
    minX = Math.min(minX, x[i])
    maxX = Math.max(maxX, x[i])
    minY = Math.min(minY, y[i])
    maxY = Math.max(maxY, y[i])
  }
  const spanX = Math.max(maxX - minX, 1)
  const spanY = Math.max(maxY - minY, 1)
  const scale = Math.min((width - 2 * margin) / spanX, (height - 2 * margin) / spanY)
  const offsetX = (width - spanX * scale) / 2
  const offsetY = (height - spanY * scale) / 2
  for (let i = 0; i < x.length; i++) {
    x[i] = offsetX + (x[i] - minX) * scale
    y[i] = offsetY + (y[i] - minY) * scale
  }
}
