import { describe, expect, test } from "vitest";
import { z } from "zod";
import { configureZodJitless } from "./zod-jitless";

describe("zod-jitless", () => {
  test("sets the jitless flag on the configuration zod itself reads", () => {
    const before = z.config().jitless;
    try {
      configureZodJitless();
      expect(z.config().jitless).toBe(true);
    } finally {
      z.config({ jitless: before });
    }
  });
});
