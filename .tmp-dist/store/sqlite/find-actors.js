import { nameKey } from '../keys.js';
import { DEFAULT_LIMIT } from './find-events.js';
const IN_LIST = 'IN (SELECT value FROM json_each(?))';
const COUNTRY_CODE = /^[A-Za-z]{3}$/;
/** Actors matching every given condition, the most mentioned first; anonymous ones only when asked by id. */
export function findActors(s, filter) {
    const conditions = [];
    const params = [];
    const add = (sql, ...values) => {
        conditions.push(sql);
        params.push(...values);
    };
    if (filter.ids)
        add(`a.pk ${IN_LIST}`, JSON.stringify(filter.ids));
    else
        add('a.anonymous = 0');
    if (filter.search !== undefined && filter.search.trim() !== '') {
        const code = COUNTRY_CODE.test(filter.search.trim()) ? filter.search.trim().toUpperCase() : null;
        add("(a.name_key LIKE '%' || ? || '%' ESCAPE '\\' OR a.country = ?)", escapeLike(nameKey(filter.search)), code);
    }
    if (filter.nameKeys)
        add(`a.name_key ${IN_LIST}`, JSON.stringify(filter.nameKeys));
    if (filter.surnameKeys)
        add(`a.surname_key ${IN_LIST}`, JSON.stringify(filter.surnameKeys));
    if (filter.countries)
        add(`a.country ${IN_LIST}`, JSON.stringify(filter.countries));
    if (filter.kinds)
        add(`a.kind ${IN_LIST}`, JSON.stringify(filter.kinds));
    const rows = s
        .get(`SELECT a.*,
         (SELECT count(*) FROM document_actors da WHERE da.actor = a.pk) AS documents,
         (SELECT coalesce(sum(mention_count), 0) FROM document_actors da WHERE da.actor = a.pk) AS mentions
       FROM actors a WHERE ${conditions.join(' AND ')}
       ORDER BY mentions DESC, a.name, a.pk LIMIT ? OFFSET ?`)
        .all(...params, filter.limit ?? DEFAULT_LIMIT, filter.offset ?? 0);
    return rows.map((a) => ({
        id: a.pk,
        name: a.name,
        kind: a.kind,
        country: a.country,
        sector: a.sector,
        role: a.role,
        kbId: a.kb_id,
        anonymous: a.anonymous === 1,
        documents: a.documents,
        mentions: a.mentions,
    }));
}
function escapeLike(value) {
    return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}
export function findPlaces(s, filter) {
    const search = filter.search?.trim();
    const where = search ? 'WHERE p.name_key = ? OR p.country = ?' : '';
    const params = search ? [nameKey(search), search.toUpperCase()] : [];
    return s
        .get(`SELECT pk AS id, name, country, lat, lon FROM places p ${where} ORDER BY p.name, p.pk LIMIT ? OFFSET ?`)
        .all(...params, filter.limit ?? DEFAULT_LIMIT, filter.offset ?? 0);
}
//# sourceMappingURL=find-actors.js.map