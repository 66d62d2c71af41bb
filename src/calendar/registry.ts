/** Every calendar event the portal publishes; a slice with dates readers plan around adds one line. */
import type { Portal } from '../content/portal.ts';
import type { CalendarEvent } from './event.ts';

const sources: ((portal: Portal) => CalendarEvent[])[] = [];

export function calendarEvents(portal: Portal): CalendarEvent[] {
  return sources.flatMap((source) => source(portal));
}
