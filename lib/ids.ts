const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Guards uuid columns: a malformed id is "not found", never a database error. */
export const isUuid = (value: string) => UUID.test(value);
