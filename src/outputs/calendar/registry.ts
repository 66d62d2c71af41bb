/** Every calendar event the portal publishes; a slice with dates readers plan around adds one line. */
import type { Portal } from '../../portal.ts';
import type { CalendarEvent } from '../../base/calendar-event.ts';
import { consultationEvents } from '../../kinds/disclosures/feed.ts';
import { planDeadlines } from '../../kinds/plans/calendar.ts';

const sources: ((portal: Portal) => CalendarEvent[])[] = [planDeadlines, consultationEvents];

export function calendarEvents(portal: Portal): CalendarEvent[] {
  return sources.flatMap((source) => source(portal));
}
