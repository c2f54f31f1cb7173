// Name lists for recognition: countries, cities, first and last names, decoded once on first use.
import { CITIES, COUNTRIES, FIRST_NAMES, GEO, LAST_NAMES } from './data/gazetteer';
import { KNOWN_ORGS, KNOWN_PEOPLE } from './names';
import { NEWS_SURNAMES, PLACES } from './lists';

export interface Gazetteer {
  countries: Set<string>;
  places: Set<string>;
  first: Set<string>;
  last: Set<string>;
  /** GeoNames places (feature only: "Hof" and "Essen" are places and common words alike). */
  geo: Set<string>;
  /** One-word names of well-known organisations ("Airbus", "Werder"). */
  orgs: Set<string>;
  /** Surnames of well-known people ("Beckenbauer"). */
  people: Set<string>;
  /** First words of multi-word places ("Vereinigte" of "Vereinigte Staaten") → the full names starting with it. */
  multi: Map<string, string[][]>;
}

let cached: Gazetteer | undefined;

export function gazetteer(): Gazetteer {
  if (cached) return cached;
  const countries = new Set<string>();
  const places = new Set<string>();
  const multi = new Map<string, string[][]>();
  const addMulti = (name: string) => {
    const parts = name.split(' ');
    if (parts.length < 2) return;
    const list = multi.get(parts[0]) ?? [];
    list.push(parts);
    multi.set(parts[0], list);
  };
  for (const c of COUNTRIES.split('|')) {
    countries.add(c);
    addMulti(c);
  }
  for (const c of CITIES.split('|')) {
    places.add(c);
    addMulti(c);
  }
  for (const p of PLACES) {
    const name = p.replace(/_/g, ' ');
    places.add(name);
    addMulti(name);
  }
  cached = {
    countries,
    places,
    first: new Set(FIRST_NAMES.split('|')),
    last: new Set([...LAST_NAMES.split('|'), ...NEWS_SURNAMES]),
    multi,
    geo: new Set(GEO.split('|')),
    orgs: new Set(KNOWN_ORGS.filter((o) => !o.includes(' '))),
    people: new Set(KNOWN_PEOPLE),
  };
  return cached;
}

/** True when the word is a country or place, also in the genitive ("Deutschlands", "Moskaus"). */
export function isPlaceWord(w: string): boolean {
  const g = gazetteer();
  if (g.countries.has(w) || g.places.has(w)) return true;
  if (w.length > 3 && w.endsWith('s')) {
    const base = w.slice(0, -1);
    return g.countries.has(base) || g.places.has(base);
  }
  return false;
}
