/**
 * The server's log: JSON lines on standard output (pino), one per request plus errors and
 * lifecycle events. LOG_LEVEL picks the level (trace, debug, info, warn, error, fatal, silent;
 * default info). Stack traces go here, never to a client.
 */
import pino from "pino";

export const logger = pino({ level: process.env.LOG_LEVEL ?? "info", base: { service: "endurance-graph" } });
