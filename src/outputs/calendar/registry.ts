/** Every calendar event the portal publishes: what the content kinds give (src/base/kind.ts). */
import type { CalendarEvent } from '../../base/calendar-event.ts';
import type { ContributionSource } from '../data/registry.ts';

export function calendarEvents(source: ContributionSource): CalendarEvent[] {
  return source.contributions.flatMap((c) => c.calendarEvents?.() ?? []);
}
