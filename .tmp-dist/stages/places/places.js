import { defineStage } from '../../pipeline/stage.js';
/** Groups place mentions by gazetteer entry into the places layer (cities, regions, venues). */
export function places() {
    return defineStage({
        name: 'places',
        requires: ['mentions'],
        provides: ['places'],
        run(doc) {
            const byKey = new Map();
            for (const m of doc.layers.mentions) {
                if (m.type !== 'place')
                    continue;
                const point = m.place;
                const name = point?.name ?? doc.text.slice(m.start, m.end);
                const key = point ? `${point.name}|${point.lat}|${point.lon}` : name.toLowerCase();
                const entry = byKey.get(key) ?? {
                    place: {
                        name,
                        country: point?.country ?? m.country,
                        lat: point?.lat ?? null,
                        lon: point?.lon ?? null,
                    },
                    mentions: [],
                };
                entry.mentions.push(m.id);
                byKey.set(key, entry);
            }
            const places = [...byKey.values()].map((e, i) => ({
                id: `p${i}`,
                ...e.place,
                mentions: e.mentions,
            }));
            return { places };
        },
    });
}
//# sourceMappingURL=places.js.map