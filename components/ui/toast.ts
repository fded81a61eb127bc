// `toast.success` / `toast.error` without sonner in a page's first load: sonner arrives with the
// Toaster after the page is interactive (components/providers.tsx); a toast raised before that
// waits for the import, and the Toaster shows it once mounted (sonner replays them).
import type { toast as sonnerToast } from "sonner";

type Show = (...args: Parameters<typeof sonnerToast.success>) => void;
const later = (kind: "success" | "error"): Show => (...args) => void import("sonner").then(({ toast }) => toast[kind](...args));

export const toast = { success: later("success"), error: later("error") };
