import type { Migration } from 'kysely';
import * as foundation from './m20261130_0900_foundation';
import * as accessAndAudit from './m20261130_1200_access_and_audit';
import * as tasks from './m20261130_1500_tasks';
import * as notifications from './m20261130_1600_notifications';
import * as meetingsCalendar from './m20261130_1700_meetings_calendar';
import * as indicators from './m20261130_1800_indicators';
import * as investment from './m20261130_1900_investment';
import * as reports from './m20261130_2100_reports';
import * as periodicReports from './m20261130_2300_periodic_reports';
import * as evaluation from './m20261130_2400_evaluation';
import * as extractions from './m20261201_0100_extractions';
import * as citizenCases from './m20261201_0200_citizen_cases';
import * as voterBusiness from './m20261201_0300_voter_business';
import * as search from './m20261201_0400_search';
import * as searchIndex from './m20261201_0600_search_index';

/**
 * Every migration, by name; names sort in the order they run. Add new ones at
 * the end; never edit one that has shipped.
 */
export const MIGRATIONS: Record<string, Migration> = {
  '20261130_0900_foundation': foundation,
  '20261130_1200_access_and_audit': accessAndAudit,
  '20261130_1500_tasks': tasks,
  '20261130_1600_notifications': notifications,
  '20261130_1700_meetings_calendar': meetingsCalendar,
  '20261130_1800_indicators': indicators,
  '20261130_1900_investment': investment,
  '20261130_2100_reports': reports,
  '20261130_2300_periodic_reports': periodicReports,
  '20261130_2400_evaluation': evaluation,
  '20261201_0100_extractions': extractions,
  '20261201_0200_citizen_cases': citizenCases,
  '20261201_0300_voter_business': voterBusiness,
  '20261201_0400_search': search,
  '20261201_0600_search_index': searchIndex,
};
