import type { DisplayedTime } from '../i18n/index.ts';

/** A time or range in the main clock, with the other clock's reading beside it when they differ. */
export function TimeText({ time, showZone = false }: { time: DisplayedTime; showZone?: boolean }) {
  return (
    <span className="time-text">
      <span className="time-main">
        {time.main}
        {showZone && <span className="time-zone"> {time.zoneName}</span>}
      </span>
      {time.other !== null && (
        <span className="time-other">
          {' '}
          ({time.otherLabel}: {time.other})
        </span>
      )}
    </span>
  );
}
