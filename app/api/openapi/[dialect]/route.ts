// GET /api/openapi/{dialect}.json — a dialect's OpenAPI 3.1 document (public: it holds no data)
import { openApiDocumentFor } from "@/lib/contract/documents";

export async function GET(_request: Request, { params }: { params: Promise<{ dialect: string }> }) {
  const { dialect } = await params;
  const document = dialect.endsWith(".json") ? openApiDocumentFor(dialect.slice(0, -".json".length)) : undefined;
  if (!document) return Response.json({ error: `No API document named ${dialect.slice(0, 60)}` }, { status: 404 });
  return Response.json(document, { headers: { "cache-control": "public, max-age=300" } });
}
