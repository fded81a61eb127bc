import "server-only";
// The time the webhook worker and the reminder job schedule by. Tests pass their own to move it
// (days of retries, 30/7/1-day reminders) without sleeping; production uses the system clock.
export type Clock = () => Date;
export const systemClock: Clock = () => new Date();
