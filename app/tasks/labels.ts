/** Names of the task area's coded values (statuses, roles, urgings, events…) in both languages. */
import { TASK_STATUSES, type TaskStatus } from '../../shared/tasks/status';
import type { Texts } from '../platform/i18n';
import type { AssignmentRole, Priority, TaskSourceKind, UrgingKind } from './api';

export { TASK_STATUSES };
export const ASSIGNMENT_ROLES: readonly AssignmentRole[] = ['lead', 'coordinate', 'follow'];
export const URGING_KINDS: readonly UrgingKind[] = ['nhac_nho', 'phe_binh', 'kiem_diem'];
export const PRIORITIES: readonly Priority[] = ['normal', 'high', 'urgent'];

const vi = {
  /** The VPCP taxonomy (GUIDE §6.2), as official reports print it. */
  status: {
    HT_DUNG_HAN: 'Hoàn thành đúng hạn',
    HT_QUA_HAN: 'Hoàn thành quá hạn',
    CHT_TRONG_HAN: 'Chưa hoàn thành, trong hạn',
    CHT_QUA_HAN: 'Chưa hoàn thành, quá hạn',
    KHONG_THOI_HAN: 'Không có thời hạn',
  } as Record<TaskStatus, string>,
  dueSoon: 'Sắp đến hạn',
  awaitingBody: (body: string) => `Chờ ${body} phê duyệt`,
  role: {
    lead: 'Chủ trì',
    coordinate: 'Phối hợp',
    follow: 'Theo dõi',
  } as Record<AssignmentRole, string>,
  urgingKind: {
    nhac_nho: 'Nhắc nhở',
    phe_binh: 'Phê bình',
    kiem_diem: 'Kiểm điểm',
  } as Record<UrgingKind, string>,
  priority: {
    normal: 'Bình thường',
    high: 'Quan trọng',
    urgent: 'Khẩn',
  } as Record<Priority, string>,
  source: {
    document: 'Văn bản giao',
    direction: 'Ý kiến chỉ đạo văn bản đến',
    meeting: 'Kết luận hội nghị',
    manual: 'Giao trực tiếp',
  } as Record<TaskSourceKind, string>,
  extensionStatus: {
    requested: 'Chờ lãnh đạo đơn vị chuyển',
    forwarded: 'Chờ lãnh đạo phụ trách quyết định',
    approved: 'Đã đồng ý',
    refused: 'Không đồng ý',
  } as Record<string, string>,
  progressStatus: {
    pending: 'Chờ lãnh đạo đơn vị duyệt',
    approved: 'Đã duyệt',
    rejected: 'Không duyệt',
  } as Record<string, string>,
  event: {
    created: 'Giao nhiệm vụ',
    progress: 'Báo cáo tiến độ',
    progress_approved: 'Duyệt báo cáo tiến độ',
    progress_rejected: 'Không duyệt báo cáo tiến độ',
    completed: 'Hoàn thành',
    reopened: 'Mở lại',
    awaiting_approval: 'Trình cấp có thẩm quyền phê duyệt',
    extension_requested: 'Đề nghị gia hạn',
    extension_forwarded: 'Chuyển đề nghị gia hạn lên lãnh đạo phụ trách',
    extension_approved: 'Đồng ý gia hạn',
    extension_refused: 'Không đồng ý gia hạn',
    urged: 'Đôn đốc',
  } as Record<string, string>,
};

const en: typeof vi = {
  status: {
    HT_DUNG_HAN: 'Done on time',
    HT_QUA_HAN: 'Done late',
    CHT_TRONG_HAN: 'Open, within deadline',
    CHT_QUA_HAN: 'Open, overdue',
    KHONG_THOI_HAN: 'No deadline',
  },
  dueSoon: 'Due soon',
  awaitingBody: (body) => `Awaiting approval by ${body}`,
  role: { lead: 'Lead', coordinate: 'Coordinating', follow: 'Following' },
  urgingKind: { nhac_nho: 'Reminder', phe_binh: 'Criticism', kiem_diem: 'Self-criticism' },
  priority: { normal: 'Normal', high: 'Important', urgent: 'Urgent' },
  source: {
    document: 'Assigning document',
    direction: "Leader's direction on an incoming document",
    meeting: 'Meeting conclusion',
    manual: 'Assigned directly',
  },
  extensionStatus: {
    requested: 'Awaiting the unit leader',
    forwarded: 'Awaiting the leader in charge',
    approved: 'Approved',
    refused: 'Refused',
  },
  progressStatus: {
    pending: 'Awaiting the unit leader',
    approved: 'Approved',
    rejected: 'Rejected',
  },
  event: {
    created: 'Assigned',
    progress: 'Progress report',
    progress_approved: 'Progress report approved',
    progress_rejected: 'Progress report rejected',
    completed: 'Completed',
    reopened: 'Re-opened',
    awaiting_approval: 'Submitted to the approving body',
    extension_requested: 'Extension requested',
    extension_forwarded: 'Extension request forwarded to the leader in charge',
    extension_approved: 'Extension approved',
    extension_refused: 'Extension refused',
    urged: 'Urged',
  },
};

export const taskLabels: Texts<typeof vi> = { vi, en };
