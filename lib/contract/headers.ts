// Header schemas every dialect's document uses the same way (writes that lose nothing: ETag on
// responses, If-Match on writes; see lib/contract/operation.ts `ifMatch`).
import { z } from "zod";

/** The optional If-Match request header, with an ETag of the dialect's form as example. */
export const ifMatchHeader = (example: string) =>
  z.object({ "if-match": z.string().optional().meta({ description: "The ETag you read; a stale one gets 412 and changes nothing.", example }) });

export const etagHeader = z.object({ etag: z.string().meta({ description: "Strong validator of this version; send it back as If-Match." }) });

/** A 201's headers: where the new object lives, and its ETag. */
export const createdHeaders = z.object({ location: z.string().meta({ description: "URL of the new object." }), etag: etagHeader.shape.etag });
