import type { CSSProperties } from 'react';

import type { PlenaryItem, TimeZone } from '../../domain/types.ts';
import { TimeText } from '../components/TimeText.tsx';
import { useLanguage, useTimeDisplay } from '../i18n/index.ts';

interface PlenaryBlockProps {
  item: PlenaryItem;
  timeZone: TimeZone;
  inProgress: boolean;
  repeat?: boolean;
  style?: CSSProperties;
}

/** A welcome, break, meal or other activity for everyone. */
export function PlenaryBlock({ item, timeZone, inProgress, repeat = false, style }: PlenaryBlockProps) {
  const { t } = useLanguage();
  const time = useTimeDisplay().formatRange(item.start, item.end, timeZone);

  return (
    <div
      className={`plenary-block kind-${item.kind}${inProgress ? ' is-now' : ''}`}
      style={style}
      aria-label={t.session.cardLabel(time.main, t.schedule.forEveryone, item.title)}
      aria-hidden={repeat || undefined}
      role="group"
    >
      <span className="card-time">
        <TimeText time={time} />
        {inProgress && <span className="badge-now">{t.schedule.inProgress}</span>}
      </span>{' '}
      <span className="plenary-title">{item.title}</span>
    </div>
  );
}
