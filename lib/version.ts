import pkg from "@/package.json";

/** This console's version, and the Posit Connect version it answers as (≥ 2025.01.0 enables OAuth features in clients). */
export const CONSOLE_VERSION: string = pkg.version;
export const POSIT_COMPATIBLE_VERSION = "2025.09.0";
