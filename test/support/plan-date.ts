/**
 * Pins the day every plan of the real program is made on (jest setupFiles), so that which events of
 * the committed calendars are past, planned or not yet schedulable never depends on the day the
 * tests run. Tests of the calendar itself pass their own times.
 */
import { PLAN_DATE_VARIABLE } from "../../infra/core/names";

/** The day the committed calendars are checked against: after the Games, before the 2027 events. */
export const TEST_PLAN_DATE = "2026-11-29";

process.env[PLAN_DATE_VARIABLE] = TEST_PLAN_DATE;
