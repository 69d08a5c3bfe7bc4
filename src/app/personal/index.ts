// The personal-schedule feature's public surface: controls that session cards
// and the schedule screen place, and the pages that the router mounts.

export { BookmarkToggle } from './BookmarkToggle.tsx';
export { MyScheduleNavLink } from './MyScheduleNavLink.tsx';
export { FilteredCalendarExport } from './CalendarActions.tsx';
export { MySchedulePage } from './MySchedulePage.tsx';
export { ShareImportPage } from './ShareImportPage.tsx';
export { NowPage } from './NowPage.tsx';
export { RoomScreenPage } from './RoomScreenPage.tsx';
