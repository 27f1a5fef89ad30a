import { commonErrors } from './common-errors';
import { organisationErrors } from '../organisation/errors';
import { documentErrors } from '../documents/errors';
import { calendarErrors } from '../calendar/errors';
import { accessErrors } from '../access/errors';
import { taskErrors } from '../tasks/errors';
import { notificationErrors } from '../notifications/errors';
import { meetingErrors } from '../meetings/errors';
import { leaderCalendarErrors } from '../leader-calendar/errors';
import { indicatorErrors } from '../indicators/errors';
import { investmentErrors } from '../investment/errors';
import { reportErrors } from '../reports/errors';
import { evaluationErrors } from '../evaluation/errors';
import { periodicReportErrors } from '../periodic-reports/errors';
import { citizenErrors } from '../citizens/errors';
import { voterPetitionErrors } from '../citizens/petitions/errors';
import { businessErrors } from '../citizens/business/errors';
import { extractErrors } from '../extract/errors';
import { unitDashboardErrors } from '../unit-dashboard/errors';
import { dashboardErrors } from '../dashboard/errors';

/**
 * The whole error vocabulary: every stable code with its HTTP status and its
 * Vietnamese and English messages. Each area owns its fragment.
 */
export const ERROR_CATALOG = {
  ...commonErrors,
  ...organisationErrors,
  ...documentErrors,
  ...calendarErrors,
  ...accessErrors,
  ...taskErrors,
  ...notificationErrors,
  ...meetingErrors,
  ...leaderCalendarErrors,
  ...indicatorErrors,
  ...investmentErrors,
  ...reportErrors,
  ...evaluationErrors,
  ...periodicReportErrors,
  ...citizenErrors,
  ...voterPetitionErrors,
  ...dashboardErrors,
  ...businessErrors,
  ...extractErrors,
  ...unitDashboardErrors,
};

/** A stable machine error code. */
export type ErrorCode = keyof typeof ERROR_CATALOG;
