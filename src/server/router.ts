import type { IncomingMessage, ServerResponse } from 'node:http'

export type Method = 'GET' | 'POST' | 'DELETE'

export interface RouteContext {
  readonly request: IncomingMessage
  readonly response: ServerResponse
  readonly url: URL
  /** Values of the `:name` segments of the route pattern, decoded. */
  readonly pathParams: Readonly<Record<string, string>>
}

export type Handler = (context: RouteContext) => void | Promise<void>

export interface Route {
  readonly method: Method
  /** A path like `/api/documents/:id`; a `:name` segment matches one non-empty path segment. */
  readonly pattern: string
  readonly handler: Handler
}

export type Match =
  | { readonly kind: 'found'; readonly handler: Handler; readonly pathParams: Record<string, string> }
  | { readonly kind: 'wrong-method'; readonly allowed: readonly Method[] }
  | { readonly kind: 'not-found' }

interface CompiledRoute {
  readonly route: Route
  readonly segments: readonly string[]
}

/** A tiny router: exact segment matching with `:name` parameters, 405 when only the method differs. */
export function createRouter(routes: readonly Route[]): (method: string, pathname: string) => Match {
  const compiled: CompiledRoute[] = routes.map((route) => ({ route, segments: splitPath(route.pattern) }))
  return (method, pathname) => {
    const segments = splitPath(pathname)
    const allowed: Method[] = []
    for (const { route, segments: pattern } of compiled) {
      const pathParams = matchSegments(pattern, segments)
      if (pathParams === null) continue
      if (route.method === method || (method === 'HEAD' && route.method === 'GET')) {
        return { kind: 'found', handler: route.handler, pathParams }
      }
      allowed.push(route.method)
    }
    return allowed.length > 0 ? { kind: 'wrong-method', allowed } : { kind: 'not-found' }
  }
}

function splitPath(path: string): string[] {
  return path.split('/').filter((segment) => segment !== '')
}

function matchSegments(pattern: readonly string[], path: readonly string[]): Record<string, string> | null {
  if (pattern.length !== path.length) return null
  const params: Record<string, string> = {}
  for (let i = 0; i < pattern.length; i++) {
    const expected = pattern[i]!
    const actual = path[i]!
    if (expected.startsWith(':')) {
      const decoded = safeDecode(actual)
      if (decoded === null) return null
      params[expected.slice(1)] = decoded
    } else if (expected !== actual) {
      return null
    }
  }
  return params
}

function safeDecode(segment: string): string | null {
  try {
    return decodeURIComponent(segment)
  } catch {
    return null
  }
}
