// The pieces of action input every domain shares: ids, the version a form or list loaded, a form's
// body (checked field by field by the service, with the same schema the API uses) and a list's
// selection for bulk deletes.
import { z } from "zod";

export const textId = z.string().min(1).max(100);
export const numericId = z.number().int().positive();
export const version = z.number().int().nonnegative();
/** A form's values, handed to the service, which parses them with the shared schema. */
export const body = z.record(z.string(), z.unknown());
/** The rows selected in a list. */
export const selection = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item).min(1, "Choose at least one row").max(100, "At most 100 rows at once") });
