// Integration limits the console's client components need, without zod (see list-constants.ts).

export const MAX_TAGS = 20;
