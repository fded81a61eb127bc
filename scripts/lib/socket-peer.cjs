// Preloaded into the console's server process (scripts/start.ts, NODE_OPTIONS=--require): puts the
// TCP peer's address on every request as `x-console-peer`, overwriting any such header a caller
// sent. Next.js exposes no socket address to route handlers, and its own `x-forwarded-for` keeps
// whatever the caller wrote; lib/server/client-ip.ts trusts forwarded headers only when this peer
// is one of TRUSTED_PROXIES. CONSOLE_SOCKET_PEER=1 tells it the header is this preload's, not a
// caller's (a console started some other way ignores the header).
/* eslint-disable @typescript-eslint/no-require-imports -- a CommonJS preload (node --require) */
const http = require("node:http");
const https = require("node:https");

const HEADER = "x-console-peer";

function withPeer(listener) {
  if (typeof listener !== "function") return listener;
  return function (req, res) {
    const address = req.socket && req.socket.remoteAddress;
    req.headers[HEADER] = typeof address === "string" ? address : "";
    return listener.call(this, req, res);
  };
}

for (const mod of [http, https]) {
  const original = mod.createServer;
  mod.createServer = function (...args) {
    return original.apply(this, args.map(withPeer));
  };
}

// eslint-disable-next-line no-restricted-properties -- a flag for lib/env.ts, set by the one module that may set it
process.env.CONSOLE_SOCKET_PEER = "1";
