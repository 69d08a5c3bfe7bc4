import { memo } from 'react';

import type { Instant, TimeZone } from '../../domain/types.ts';
import { useLanguage, useTimeDisplay } from '../i18n/index.ts';

/**
 * Names the clock the times are in and, when the device's offset differs from the
 * venue's, offers to swap which one is main.
 */
export const ZoneBar = memo(function ZoneBar({ timeZone, at }: { timeZone: TimeZone; at: Instant }) {
  const { t } = useLanguage();
  const timeDisplay = useTimeDisplay();
  const sample = timeDisplay.formatTime(at, timeZone);
  const differs = timeDisplay.deviceDiffers(timeZone, at);

  return (
    <div className="zone-bar">
      <p>
        {t.time.timesShownIn(sample.mainLabel)} <span className="time-zone">{sample.zoneName}</span>
      </p>
      {differs && (
        <button
          type="button"
          aria-pressed={timeDisplay.mode === 'device'}
          onClick={() => timeDisplay.setMode(timeDisplay.mode === 'device' ? 'venue' : 'device')}
        >
          {t.time.showDeviceTime}
        </button>
      )}
    </div>
  );
});
