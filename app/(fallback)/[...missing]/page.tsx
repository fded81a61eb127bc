import { notFound } from "next/navigation";

// Every URL no route claims lands here, so its 404 renders under app/(fallback)/layout.tsx.
export default function Missing(): never {
  notFound();
}
