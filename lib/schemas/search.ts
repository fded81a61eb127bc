// The ⌘K palette's search results: a title, a line of context, and where to go.
export type SearchHit = { title: string; subtitle: string; href: string };
/** `more`: the section holds more hits than shown; `seeAllHref`: its list, searched for the query. */
export type SearchGroup = { source: string; label: string; hits: SearchHit[]; more: boolean; seeAllHref: string };
export const SEARCH_MIN_LENGTH = 2;
export const SEARCH_MAX_LENGTH = 100;
