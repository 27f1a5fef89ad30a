import type { OrganisationTables } from '../../organisation/tables';
import type { CalendarTables } from '../../calendar/tables';
import type { DocumentTables } from '../../documents/tables';
import type { AccessTables } from '../../access/tables';
import type { AuditTables } from '../../audit/tables';
import type { TaskTables } from '../../tasks/tables';
import type { NotificationTables } from '../../notifications/tables';
import type { MeetingTables } from '../../meetings/tables';
import type { LeaderCalendarTables } from '../../leader-calendar/tables';
import type { IndicatorTables } from '../../indicators/tables';
import type { InvestmentTables } from '../../investment/tables';
import type { ReportTables } from '../../reports/tables';
import type { EvaluationTables } from '../../evaluation/tables';
import type { PeriodicReportTables } from '../../periodic-reports/tables';
import type { ExtractionTables } from '../../extract/tables';
import type { CitizenCaseTables } from '../../citizens/tables';
import type { VoterPetitionTables } from '../../citizens/petitions/tables';
import type { BusinessTables } from '../../citizens/business/tables';

export interface SettingsTable {
  key: string;
  /** JSON value. */
  value: string;
  updated_at: string;
}

/** Every table of the product, composed from each area's own table types. */
export interface Database
  extends
    OrganisationTables,
    CalendarTables,
    DocumentTables,
    AccessTables,
    AuditTables,
    TaskTables,
    NotificationTables,
    MeetingTables,
    LeaderCalendarTables,
    IndicatorTables,
    InvestmentTables,
    ReportTables,
    EvaluationTables,
    PeriodicReportTables,
    ExtractionTables,
    CitizenCaseTables,
    VoterPetitionTables,
    BusinessTables {
  settings: SettingsTable;
}
