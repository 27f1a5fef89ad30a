import { describe, expect, it } from 'vitest';
import { VN_HOLIDAYS } from '../calendar/vn-holidays';
import { createWorkingCalendar } from '../calendar/working-days';
import { admitComplaint, admitSecondInstance } from './complaint-admission';
import { resolveLegalLimits } from './legal-limits';

const cal = createWorkingCalendar(VN_HOLIDAYS);

describe('admitComplaint (Luật Khiếu nại 2011 Điều 9: 90 days)', () => {
  it('accepts a complaint filed on the 90th day', () => {
    expect(admitComplaint({ knownOn: '2023-03-15', filedOn: '2023-06-13' }, cal)).toEqual({
      accepted: true,
      dueDate: '2023-06-13',
      late: false,
      lateReason: null,
    });
  });

  it('refuses the 91st day without a recorded reason', () => {
    const r = admitComplaint({ knownOn: '2023-03-15', filedOn: '2023-06-14' }, cal);
    expect(r).toMatchObject({
      accepted: false,
      code: 'COMPLAINT_FILED_TOO_LATE',
      dueDate: '2023-06-13',
    });
    expect(r.accepted === false && r.message).toMatch(/quá thời hiệu \(hết ngày 2023-06-13/);
    for (const lateReason of [null, '', '   ']) {
      expect(
        admitComplaint({ knownOn: '2023-03-15', filedOn: '2023-06-14', lateReason }, cal).accepted,
      ).toBe(false);
    }
  });

  it('accepts a late complaint with its recorded reason', () => {
    expect(
      admitComplaint(
        { knownOn: '2023-03-15', filedOn: '2023-08-01', lateReason: ' Ốm đau, nằm viện ' },
        cal,
      ),
    ).toEqual({
      accepted: true,
      dueDate: '2023-06-13',
      late: true,
      lateReason: 'Ốm đau, nằm viện',
    });
  });

  it('a period ending in Tết runs to the first working day after it', () => {
    expect(admitComplaint({ knownOn: '2022-10-23', filedOn: '2023-01-27' }, cal).accepted).toBe(
      true,
    );
    expect(admitComplaint({ knownOn: '2022-10-23', filedOn: '2023-01-30' }, cal).accepted).toBe(
      false,
    );
  });

  it('follows the province override', () => {
    const limits = resolveLegalLimits({
      'complaint.filing': { variants: { normal: { amount: 100 } } },
    });
    expect(
      admitComplaint({ knownOn: '2023-03-15', filedOn: '2023-06-14', limits }, cal),
    ).toMatchObject({ accepted: true, dueDate: '2023-06-23' });
  });
});

describe('admitSecondInstance (Điều 33)', () => {
  it('refuses a second-instance complaint without a first-instance decision', () => {
    for (const firstInstance of [
      null,
      { decidedOn: null, dueDate: null },
      { decidedOn: null, dueDate: '2023-06-30' },
      { decidedOn: null, dueDate: '2023-06-14' }, // the limit's last day: not yet passed
    ]) {
      expect(admitSecondInstance({ firstInstance, filedOn: '2023-06-14' }, cal)).toMatchObject({
        accepted: false,
        code: 'FIRST_INSTANCE_NOT_DECIDED',
        dueDate: null,
      });
    }
  });

  it('accepts within 30 days of the decision; the end moves past Quốc khánh', () => {
    const first = { decidedOn: '2023-08-03', dueDate: '2023-08-20' };
    expect(admitSecondInstance({ firstInstance: first, filedOn: '2023-09-05' }, cal)).toEqual({
      accepted: true,
      dueDate: '2023-09-05',
      late: false,
      lateReason: null,
    });
    expect(admitSecondInstance({ firstInstance: first, filedOn: '2023-09-06' }, cal)).toMatchObject(
      { accepted: false, code: 'ESCALATION_TOO_LATE', dueDate: '2023-09-05' },
    );
    expect(
      admitSecondInstance({ firstInstance: first, filedOn: '2023-09-06', remote: true }, cal),
    ).toMatchObject({ accepted: true, dueDate: '2023-09-18' });
    expect(
      admitSecondInstance(
        { firstInstance: first, filedOn: '2023-10-02', lateReason: 'Thiên tai' },
        cal,
      ),
    ).toMatchObject({ accepted: true, late: true, lateReason: 'Thiên tai' });
  });

  it('accepts when the first-instance limit passed without a decision, counted from its end', () => {
    const first = { decidedOn: null, dueDate: '2023-08-03' };
    expect(admitSecondInstance({ firstInstance: first, filedOn: '2023-08-04' }, cal)).toMatchObject(
      { accepted: true, dueDate: '2023-09-05' },
    );
    expect(admitSecondInstance({ firstInstance: first, filedOn: '2023-09-07' }, cal)).toMatchObject(
      { accepted: false, code: 'ESCALATION_TOO_LATE' },
    );
  });
});
