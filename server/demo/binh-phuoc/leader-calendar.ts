/**
 * The leaders' work calendar (lịch công tác) of June–July 2023: the Chủ tịch
 * and the four Phó Chủ tịch — the two monthly review meetings (through the
 * meetings area's createMeeting, which puts them on the Chair's calendar),
 * periodic citizen receptions, field trips (thị sát) to the districts, the
 * 11th session of HĐND tỉnh (12–14/7) and working meetings, through
 * addLeaderEvent. Events after 10/7 are the planned schedule. Illustrative.
 */
import type { AppContext } from '../../platform/context';
import { addDays, minDate } from '../../../shared/dates/local-date';
import { addLeaderEvent } from '../../leader-calendar/add-leader-event';
import type { LeaderEventKind } from '../../leader-calendar/tables';
import { createMeeting } from '../../meetings/create-meeting';
import type { Leaders } from './people';
import { AGENCIES, DISTRICTS } from './units-data';
import { demoActor, onDay } from './tasks/day-context';
import { LAST_EVENT_DAY } from './tasks/plan';

const OFFICE = demoActor('Văn phòng UBND tỉnh');
const HQ = 'Trụ sở UBND tỉnh';

type Who = 'chair' | 'kt' | 'nn' | 'vx' | 'nc';

/** [date, from, to, whose calendar, kind, title, location, participating units, other leaders]. */
type EventSpec = readonly [
  string,
  string,
  string,
  Who,
  LeaderEventKind,
  string,
  string,
  (readonly string[])?,
  (readonly Who[])?,
];

// One line per event, as a calendar reads.
// prettier-ignore
const EVENTS: readonly EventSpec[] = [
  ['2023-06-02', '08:00', '11:00', 'kt', 'meeting', 'Họp Tổ rà soát đầu tư công nghe báo cáo tiến độ giải ngân vốn đầu tư công 5 tháng đầu năm 2023', HQ, ['BP.SKHDT', 'BP.STC', 'BP.KBNN']],
  ['2023-06-05', '08:00', '11:30', 'chair', 'meeting', 'Phiên họp thường kỳ UBND tỉnh tháng 6/2023', HQ, [], ['kt', 'nn', 'vx', 'nc']],
  ['2023-06-06', '08:00', '16:30', 'nn', 'field_trip', 'Thị sát công tác phòng cháy, chữa cháy rừng và quản lý, bảo vệ rừng tại huyện Bù Gia Mập', 'Huyện Bù Gia Mập', ['BP.SNNPTNT', 'BP.BUGIAMAP']],
  ['2023-06-07', '14:00', '16:30', 'vx', 'meeting', 'Họp Ban Chỉ đạo Kỳ thi tốt nghiệp trung học phổ thông năm 2023', HQ, ['BP.SGDDT', 'BP.CAT', 'BP.SYT']],
  ['2023-06-08', '08:00', '11:00', 'nc', 'meeting', 'Tiếp và làm việc với Đoàn công tác tỉnh Kratie, Vương quốc Campuchia', HQ, ['BP.SNGV', 'BP.BCHQS']],
  ['2023-06-09', '08:00', '16:00', 'chair', 'field_trip', 'Thị sát tiến độ bồi thường, giải phóng mặt bằng dự án đường cao tốc Thành phố Hồ Chí Minh - Thủ Dầu Một - Chơn Thành', 'Thị xã Chơn Thành', ['BP.SGTVT', 'BP.STNMT', 'BP.CHONTHANH'], ['kt']],
  ['2023-06-13', '14:00', '17:00', 'kt', 'meeting', 'Họp nghe báo cáo tình hình thu ngân sách nhà nước 5 tháng đầu năm 2023', HQ, ['BP.STC', 'BP.CUCTHUE']],
  ['2023-06-14', '08:00', '11:30', 'chair', 'meeting', 'Hội nghị đối thoại với doanh nghiệp, nhà đầu tư quý II năm 2023', 'Trung tâm Hội nghị tỉnh', ['BP.SKHDT', 'BP.BQLKKT', 'BP.UBND.TOPHANUNGNHANH'], ['kt']],
  ['2023-06-15', '07:30', '11:30', 'chair', 'citizen_reception', 'Tiếp công dân định kỳ tháng 6/2023', 'Trụ sở Tiếp công dân tỉnh', ['BP.TTR', 'BP.STNMT']],
  ['2023-06-16', '08:00', '16:30', 'vx', 'field_trip', 'Thị sát công tác chuẩn bị Kỳ thi tốt nghiệp trung học phổ thông năm 2023 tại huyện Lộc Ninh', 'Huyện Lộc Ninh', ['BP.SGDDT', 'BP.LOCNINH']],
  ['2023-06-19', '14:00', '16:30', 'nn', 'meeting', 'Họp giải quyết vướng mắc bồi thường, giải phóng mặt bằng tại huyện Phú Riềng', HQ, ['BP.STNMT', 'BP.PHURIENG']],
  ['2023-06-20', '08:00', '11:00', 'chair', 'meeting', 'Làm việc với Bộ Kế hoạch và Đầu tư về việc trình phê duyệt Quy hoạch tỉnh thời kỳ 2021-2030, tầm nhìn đến năm 2050', 'Bộ Kế hoạch và Đầu tư, Hà Nội', ['BP.SKHDT']],
  ['2023-06-21', '08:00', '11:30', 'nc', 'meeting', 'Họp rà soát, sắp xếp tổ chức bộ máy các cơ quan chuyên môn thuộc UBND tỉnh', HQ, ['BP.SNV']],
  ['2023-06-22', '08:00', '16:00', 'kt', 'field_trip', 'Thị sát hạ tầng Khu công nghiệp Bắc Đồng Phú và Nam Đồng Phú', 'Huyện Đồng Phú', ['BP.BQLKKT', 'BP.DONGPHU']],
  ['2023-06-23', '14:00', '16:30', 'vx', 'meeting', 'Họp triển khai Đề án phát triển ứng dụng dữ liệu về dân cư, định danh và xác thực điện tử (Đề án 06)', HQ, ['BP.CAT', 'BP.STTTT']],
  ['2023-06-26', '08:00', '11:30', 'chair', 'meeting', 'Họp Ban Cán sự Đảng UBND tỉnh cho ý kiến dự thảo báo cáo tình hình công tác 6 tháng đầu năm 2023', HQ, [], ['kt', 'nn', 'vx', 'nc']],
  ['2023-06-27', '08:00', '11:00', 'nn', 'meeting', 'Họp Ban Chỉ huy Phòng, chống thiên tai và Tìm kiếm cứu nạn tỉnh triển khai nhiệm vụ mùa mưa bão năm 2023', HQ, ['BP.SNNPTNT', 'BP.BCHQS']],
  ['2023-06-28', '08:00', '16:30', 'nc', 'field_trip', 'Thị sát công tác quản lý, bảo vệ đường biên, mốc quốc giới tại huyện Bù Đốp', 'Huyện Bù Đốp', ['BP.BCHQS', 'BP.SNGV', 'BP.BUDOP']],
  ['2023-06-30', '14:00', '16:30', 'kt', 'meeting', 'Họp nghe báo cáo tình hình thực hiện Kế hoạch phát triển kinh tế - xã hội 6 tháng đầu năm 2023', HQ, ['BP.SKHDT', 'BP.CUCTHONGKE']],
  ['2023-07-03', '08:00', '11:30', 'chair', 'meeting', 'Phiên họp thường kỳ UBND tỉnh tháng 7/2023 thông qua các nội dung trình Kỳ họp thứ mười một, HĐND tỉnh khóa X', HQ, [], ['kt', 'nn', 'vx', 'nc']],
  ['2023-07-05', '08:00', '16:00', 'chair', 'field_trip', 'Thị sát tình hình sản xuất, kinh doanh của doanh nghiệp chế biến điều tại huyện Phú Riềng', 'Huyện Phú Riềng', ['BP.SCT', 'BP.SNNPTNT', 'BP.PHURIENG']],
  ['2023-07-06', '14:00', '16:30', 'vx', 'meeting', 'Họp chuẩn bị tổ chức các hoạt động kỷ niệm Ngày Thương binh - Liệt sĩ 27/7', HQ, ['BP.SLDTBXH', 'BP.SVHTTDL']],
  ['2023-07-07', '08:00', '11:00', 'nc', 'meeting', 'Họp Hội đồng thi đua - khen thưởng tỉnh xét khen thưởng 6 tháng đầu năm 2023', HQ, ['BP.SNV']],
  ['2023-07-10', '14:00', '16:30', 'chair', 'meeting', 'Họp hoàn chỉnh báo cáo tình hình công tác 6 tháng đầu năm và chương trình công tác 6 tháng cuối năm 2023 trình HĐND tỉnh', HQ, ['BP.VPUBND', 'BP.SKHDT'], ['kt']],
  ['2023-07-11', '08:00', '11:00', 'kt', 'meeting', 'Họp Tổ rà soát đầu tư công về điều chuyển kế hoạch vốn đầu tư công năm 2023', HQ, ['BP.SKHDT', 'BP.STC', 'BP.KBNN']],
  ['2023-07-11', '14:00', '16:30', 'nn', 'meeting', 'Họp nghe báo cáo tiến độ đấu giá quyền sử dụng đất năm 2023', HQ, ['BP.STNMT', 'BP.STC']],
  ['2023-07-12', '07:30', '17:00', 'chair', 'meeting', 'Dự Kỳ họp thứ mười một, HĐND tỉnh khóa X (khai mạc)', 'Hội trường HĐND tỉnh', [], ['kt', 'nn', 'vx', 'nc']],
  ['2023-07-13', '07:30', '17:00', 'chair', 'meeting', 'Dự Kỳ họp thứ mười một, HĐND tỉnh khóa X (chất vấn và trả lời chất vấn)', 'Hội trường HĐND tỉnh', [], ['kt', 'nn', 'vx', 'nc']],
  ['2023-07-14', '07:30', '11:30', 'chair', 'meeting', 'Dự Kỳ họp thứ mười một, HĐND tỉnh khóa X (bế mạc)', 'Hội trường HĐND tỉnh', [], ['kt', 'nn', 'vx', 'nc']],
  ['2023-07-17', '08:00', '16:00', 'kt', 'field_trip', 'Thị sát tiến độ các công trình trọng điểm tại thành phố Đồng Xoài', 'Thành phố Đồng Xoài', ['BP.SXD', 'BP.SGTVT', 'BP.DONGXOAI']],
  ['2023-07-18', '08:00', '11:00', 'vx', 'meeting', 'Họp triển khai công tác tuyển sinh năm học 2023 - 2024', HQ, ['BP.SGDDT']],
  ['2023-07-19', '08:00', '16:30', 'nn', 'field_trip', 'Thị sát mô hình nông nghiệp ứng dụng công nghệ cao tại huyện Hớn Quản', 'Huyện Hớn Quản', ['BP.SNNPTNT', 'BP.HONQUAN']],
  ['2023-07-20', '07:30', '11:30', 'chair', 'citizen_reception', 'Tiếp công dân định kỳ tháng 7/2023', 'Trụ sở Tiếp công dân tỉnh', ['BP.TTR', 'BP.STNMT']],
  ['2023-07-21', '08:00', '11:30', 'nc', 'meeting', 'Họp Ban Chỉ đạo cải cách hành chính tỉnh đánh giá kết quả 6 tháng đầu năm 2023', HQ, ['BP.SNV', 'BP.VPUBND']],
  ['2023-07-24', '08:00', '16:00', 'vx', 'field_trip', 'Thăm, tặng quà gia đình chính sách nhân Ngày Thương binh - Liệt sĩ tại thị xã Bình Long', 'Thị xã Bình Long', ['BP.SLDTBXH', 'BP.BINHLONG']],
  ['2023-07-25', '14:00', '16:30', 'kt', 'meeting', 'Họp xét chấp thuận chủ trương đầu tư các dự án trong khu công nghiệp', HQ, ['BP.SKHDT', 'BP.BQLKKT']],
  ['2023-07-26', '08:00', '16:00', 'chair', 'field_trip', 'Thị sát Khu kinh tế cửa khẩu Hoa Lư và làm việc với UBND huyện Lộc Ninh', 'Huyện Lộc Ninh', ['BP.BQLKKT', 'BP.LOCNINH'], ['nc']],
  ['2023-07-28', '08:00', '11:00', 'nn', 'meeting', 'Họp triển khai Chương trình mục tiêu quốc gia xây dựng nông thôn mới 6 tháng cuối năm 2023', HQ, ['BP.SNNPTNT']],
];

/** The two monthly review meetings of the period (hội nghị đánh giá hàng tháng), chaired by the Chủ tịch. */
const REVIEW_MEETINGS: ReadonlyArray<{ date: string; title: string }> = [
  { date: '2023-06-01', title: 'Hội nghị đánh giá kết quả thực hiện nhiệm vụ tháng 5/2023' },
  {
    date: '2023-07-04',
    title: 'Hội nghị đánh giá kết quả thực hiện nhiệm vụ tháng 6 và 6 tháng đầu năm 2023',
  },
];

function personOf(leaders: Leaders, who: Who): number {
  return who === 'chair' ? leaders.chair.id : leaders.vice[who].id;
}

/** The day an event is put on the calendar: a few days before, never after the demo's last day. */
function recordedOn(date: string): string {
  return minDate(addDays(date, -4), LAST_EVENT_DAY);
}

/** Seeds the calendar of June–July 2023; returns how many events it holds. */
export async function seedLeaderCalendar(ctx: AppContext, leaders: Leaders): Promise<number> {
  const attendees = [...AGENCIES.map((a) => `BP.${a.key}`), ...DISTRICTS.map((d) => `BP.${d.key}`)];
  for (const m of REVIEW_MEETINGS) {
    await createMeeting(onDay(ctx, recordedOn(m.date)), {
      actor: OFFICE,
      input: {
        title: m.title,
        meetingDate: m.date,
        startTime: '08:00',
        endTime: '11:30',
        location: 'Hội trường UBND tỉnh',
        chair: leaders.chair.id,
        attendees,
      },
    });
  }
  for (const [date, from, to, who, kind, title, location, units, others] of EVENTS) {
    await addLeaderEvent(onDay(ctx, recordedOn(date)), {
      actor: OFFICE,
      input: {
        leader: personOf(leaders, who),
        kind,
        title,
        location,
        startsAt: `${date}T${from}:00+07:00`,
        endsAt: `${date}T${to}:00+07:00`,
        participantPeople: (others ?? []).map((o) => personOf(leaders, o)),
        participantUnits: [...(units ?? [])],
      },
    });
  }
  return REVIEW_MEETINGS.length + EVENTS.length;
}
