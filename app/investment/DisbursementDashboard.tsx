/**
 * The disbursement dashboard (GUIDE §5): the provincial rate against the
 * year's target, the monthly curve against last year, the projection and the
 * pace required by 31/01 of the next year, the investor ranking and those
 * below the provincial average, the 3 national target programmes apart, by
 * source, key projects and the ND 40 reporting dates. As of the product clock.
 */
import { canDo } from '../platform/permissions';
import { Link, useSearchParams } from 'wouter';
import { AreaTabs } from '../indicators/AreaTabs';
import { formatDate } from '../platform/format';
import { useLang, useText } from '../platform/i18n';
import { useToday, useUser } from '../platform/session';
import { ErrorNotice } from '../ui/ErrorNotice';
import { SelectField } from '../ui/fields';
import { Page } from '../ui/Page';
import { PLAN_BASES, useDashboard, type PlanBasis } from './api';
import { CurveSection } from './CurveSection';
import { KeyProjectsSection, ReportingDatesSection, SourcesSection } from './DetailSections';
import { InvestorRanking } from './InvestorRanking';
import { IMPORT_PATH } from './paths';
import { ProgrammesSection } from './ProgrammesSection';
import { ProjectionSection } from './ProjectionSection';
import { RateSection } from './RateSection';
import { investmentText } from './text';

function dateParam(value: string | null): string | undefined {
  return value && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : undefined;
}

function basisParam(value: string | null): PlanBasis | undefined {
  return PLAN_BASES.find((b) => b === value);
}

export function DisbursementDashboard() {
  const t = useText(investmentText);
  const { lang } = useLang();
  const user = useUser();
  const today = useToday();
  const [params, setParams] = useSearchParams();
  const allowed = canDo(user.role, 'investment.dashboard');
  const chosen = basisParam(params.get('mau-so'));
  // A report date from the address (`?ngay=2023-06-30`, as the leader dashboard links); today by default.
  const at = dateParam(params.get('ngay'));
  const dashboard = useDashboard(chosen, allowed, at);
  const d = dashboard.data;
  const canImport =
    canDo(user.role, 'investment.importDisbursements') ||
    canDo(user.role, 'investment.importPlans');
  return (
    <>
      <AreaTabs />
      <Page
        title={t.dashboard.title(d?.year ?? Number(today.slice(0, 4)))}
        intro={d && <p>{t.dashboard.asOf(formatDate(d.at, lang), d.province.name)}</p>}
        actions={
          canImport && (
            <Link href={IMPORT_PATH} className="button">
              {t.dashboard.importLink}
            </Link>
          )
        }
      >
        {!allowed && <p>{t.dashboard.notAllowed}</p>}
        <ErrorNotice error={dashboard.error} onRetry={() => void dashboard.refetch()} />
        {!d && dashboard.isLoading && <p role="status">{t.dashboard.loading}</p>}
        {d && (
          <>
            <form className="form dashboard-options" onSubmit={(e) => e.preventDefault()}>
              <SelectField
                label={t.dashboard.denominator}
                hint={t.dashboard.denominatorHint}
                name="denominator"
                value={chosen ?? d.denominator}
                onChange={(e) =>
                  setParams(
                    (prev) => {
                      const next = new URLSearchParams(prev);
                      next.set('mau-so', e.target.value);
                      return next;
                    },
                    { replace: true },
                  )
                }
              >
                {PLAN_BASES.map((b) => (
                  <option key={b} value={b}>
                    {t.dashboard.basis[b]}
                  </option>
                ))}
              </SelectField>
            </form>
            <div aria-busy={dashboard.isFetching ? true : undefined}>
              <RateSection d={d} />
              <CurveSection d={d} />
              <ProjectionSection d={d} />
              <InvestorRanking d={d} />
              <ProgrammesSection d={d} />
              <SourcesSection d={d} />
              <KeyProjectsSection d={d} />
              <ReportingDatesSection d={d} />
            </div>
          </>
        )}
      </Page>
    </>
  );
}
