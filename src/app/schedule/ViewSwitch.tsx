import { memo } from 'react';

import { useLanguage } from '../i18n/index.ts';
import type { ScheduleView } from './view-mode.ts';

export const ViewSwitch = memo(function ViewSwitch({ view, onChange }: { view: ScheduleView; onChange: (view: ScheduleView) => void }) {
  const { t } = useLanguage();

  return (
    <div className="view-switch" role="group" aria-label={t.schedule.view}>
      <button type="button" aria-pressed={view === 'grid'} onClick={() => onChange('grid')}>
        {t.schedule.grid}
      </button>
      <button type="button" aria-pressed={view === 'list'} onClick={() => onChange('list')}>
        {t.schedule.list}
      </button>
    </div>
  );
});
