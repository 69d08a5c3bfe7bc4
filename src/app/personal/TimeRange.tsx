import type { Instant, TimeZone } from '../../domain/types.ts';
import { useTimeDisplay } from '../i18n/index.ts';

/**
 * A start and end time in the app's chosen clock (the venue's by default), with
 * the other clock's reading beside it when the device is set to another offset.
 */
export function TimeRange({ start, end, timeZone }: { start: Instant; end: Instant; timeZone: TimeZone }) {
  const shown = useTimeDisplay().formatRange(start, end, timeZone);

  return (
    <span className="personal-time">
      <span>{shown.main}</span>
      {shown.other !== null && (
        <span className="personal-time-other">
          {' '}
          ({shown.other}, {shown.otherLabel})
        </span>
      )}
    </span>
  );
}
