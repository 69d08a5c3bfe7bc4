import type { Instant, TimeZone } from '../../domain/types.ts';
import { useTimeDisplay } from '../i18n/index.ts';

/**
 * Renders a start and end time in the app's chosen clock (the venue's by default), with
 * the other clock's reading beside it when the device is set to another offset.
 */
export function TimeRange({ start, end, timeZone }: { start: Instant; end: Instant; timeZone: TimeZone }) {
  const displayed = useTimeDisplay().formatRange(start, end, timeZone);

  return (
    <span className="personal-time">
      <span>{displayed.main}</span>
      {displayed.other !== null && (
        <span className="personal-time-other">
          {' '}
          ({displayed.other}, {displayed.otherLabel})
        </span>
      )}
    </span>
  );
}
