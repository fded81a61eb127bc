// Preloaded into Prisma CLI runs: its migrate commands keep a ~10 s timer alive after their work
// is done, which would delay every start-up. Long timers no longer hold the process open.
const original = global.setTimeout;
global.setTimeout = function (fn, ms, ...rest) {
  const timer = original(fn, ms, ...rest);
  if (typeof ms === "number" && ms >= 5000 && timer && typeof timer.unref === "function") timer.unref();
  return timer;
};
