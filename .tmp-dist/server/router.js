/** A tiny router: exact segment matching with `:name` parameters, 405 when only the method differs. */
export function createRouter(routes) {
    const compiled = routes.map((route) => ({ route, segments: splitPath(route.pattern) }));
    return (method, pathname) => {
        const segments = splitPath(pathname);
        const allowed = [];
        for (const { route, segments: pattern } of compiled) {
            const pathParams = matchSegments(pattern, segments);
            if (pathParams === null)
                continue;
            if (route.method === method || (method === 'HEAD' && route.method === 'GET')) {
                return { kind: 'found', handler: route.handler, pathParams };
            }
            allowed.push(route.method);
        }
        return allowed.length > 0 ? { kind: 'wrong-method', allowed } : { kind: 'not-found' };
    };
}
function splitPath(path) {
    return path.split('/').filter((segment) => segment !== '');
}
function matchSegments(pattern, path) {
    if (pattern.length !== path.length)
        return null;
    const params = {};
    for (let i = 0; i < pattern.length; i++) {
        const expected = pattern[i];
        const actual = path[i];
        if (expected.startsWith(':')) {
            const decoded = safeDecode(actual);
            if (decoded === null)
                return null;
            params[expected.slice(1)] = decoded;
        }
        else if (expected !== actual) {
            return null;
        }
    }
    return params;
}
function safeDecode(segment) {
    try {
        return decodeURIComponent(segment);
    }
    catch {
        return null;
    }
}
//# sourceMappingURL=router.js.map