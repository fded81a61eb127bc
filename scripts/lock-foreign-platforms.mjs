#!/usr/bin/env node
// Run after `npm install` changes package-lock.json. This machine's npm registry mirror lacks some
// other-platform builds (e.g. @tailwindcss/oxide-darwin-arm64), so `npm install` leaves them out of
// the lock file and `npm ci` then refuses the lock ("Missing: … from lock file"). This adds each
// missing optional platform package as a lock entry with its os/cpu, which npm ci skips on Linux
// x64 without fetching it. Nothing installable for this platform is invented.
import { readFileSync, writeFileSync } from "node:fs";

const lockPath = new URL("../package-lock.json", import.meta.url);
const lock = JSON.parse(readFileSync(lockPath, "utf8"));
const OS = ["android", "darwin", "freebsd", "linux", "win32", "openbsd", "netbsd", "sunos", "aix", "openharmony"];
const CPU = { arm64: "arm64", x64: "x64", arm: "arm", ia32: "ia32", loong64: "loong64", ppc64: "ppc64", riscv64: "riscv64", s390x: "s390x", wasm32: "wasm32" };

function platformOf(name) {
  const parts = name.split("/").pop().split("-");
  const os = parts.find((p) => OS.includes(p));
  const cpu = parts.map((p) => CPU[p]).find(Boolean);
  const libc = parts.includes("musl") || parts.includes("musleabihf") ? "musl" : parts.includes("gnu") || parts.includes("gnueabihf") ? "glibc" : undefined;
  return { os, cpu, libc };
}

let added = 0;
for (const [path, entry] of Object.entries(lock.packages)) {
  for (const [dep, version] of Object.entries(entry.optionalDependencies ?? {})) {
    const base = path ? `${path}/node_modules/${dep}` : `node_modules/${dep}`;
    if (lock.packages[base] || lock.packages[`node_modules/${dep}`]) continue;
    const { os, cpu, libc } = platformOf(dep);
    if (!os && cpu !== "wasm32") continue; // not a platform build: leave it to npm
    if (os === "linux" && cpu === "x64") continue; // ours: must really be installable
    lock.packages[`node_modules/${dep}`] = {
      version,
      resolved: `https://registry.npmjs.org/${dep}/-/${dep.split("/").pop()}-${version}.tgz`,
      ...(cpu && { cpu: [cpu] }),
      ...(os && { os: [os === "openharmony" ? "openharmony" : os] }),
      ...(libc && { libc: [libc] }),
      optional: true,
    };
    added++;
  }
}
writeFileSync(lockPath, JSON.stringify(lock, null, 2) + "\n");
console.log(`added ${added} foreign-platform lock entries`);
