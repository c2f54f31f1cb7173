// The newsroom's house entity list as a name registry for the engine, consulted before the corpus's names.
import type { NameRegistry } from '../core/entities';
import { entityId, type HouseEntity } from './workspace-file';

export function houseNames(entities: HouseEntity[], fallback: NameRegistry): NameRegistry {
  const bySurface = new Map<string, { id: string; name: string; type: HouseEntity['type'] }>();
  for (const e of entities) {
    const entry = { id: entityId(e.type, e.name), name: e.name, type: e.type };
    for (const surface of [e.name, ...e.aliases]) if (!bySurface.has(surface)) bySurface.set(surface, entry);
  }
  return { lookup: (surface) => bySurface.get(surface) ?? fallback.lookup(surface) };
}
