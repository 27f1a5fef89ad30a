/** Names of the register's coded values (direction, regime, status, urgency…) in both languages. */
import type { Texts } from '../platform/i18n';

export const DIRECTIONS = ['outgoing', 'incoming', 'internal', 'external'] as const;
export type Direction = (typeof DIRECTIONS)[number];
export const REGIMES = ['state_admin', 'state_qppl', 'party'] as const;
export type Regime = (typeof REGIMES)[number];
export const STATUSES = ['active', 'recalled', 'cancelled'] as const;
export type DocumentStatus = (typeof STATUSES)[number];
export const URGENCIES = ['normal', 'khan', 'thuong_khan', 'hoa_toc'] as const;
export type Urgency = (typeof URGENCIES)[number];
export const SECRECIES = ['none', 'mat', 'toi_mat', 'tuyet_mat'] as const;
export type Secrecy = (typeof SECRECIES)[number];
export const SIGNING_AUTHORITIES = ['TM', 'KT', 'TL', 'TUQ', 'Q'] as const;
export const CORRECTION_KINDS = ['recall', 'cancel_number', 'erratum'] as const;
export type CorrectionKind = (typeof CORRECTION_KINDS)[number];
export const FILE_KINDS = ['signed_pdf', 'docx', 'scan', 'attachment'] as const;
export type FileKind = (typeof FILE_KINDS)[number];
export const VALIDITIES = ['in_force', 'partly_expired', 'expired', 'not_yet_in_force'] as const;
export const LINK_KINDS = ['replaces', 'amends', 'corrects'] as const;

const vi = {
  direction: {
    outgoing: 'Văn bản đi',
    incoming: 'Văn bản đến',
    internal: 'Văn bản nội bộ',
    external: 'Văn bản dẫn chiếu',
  } as Record<Direction, string>,
  regime: {
    state_admin: 'Văn bản hành chính',
    state_qppl: 'Văn bản quy phạm pháp luật',
    party: 'Văn bản của Đảng',
  } as Record<Regime, string>,
  status: {
    active: 'Hiện hành',
    recalled: 'Đã thu hồi',
    cancelled: 'Đã hủy số',
  } as Record<DocumentStatus, string>,
  urgency: {
    normal: 'Thường',
    khan: 'Khẩn',
    thuong_khan: 'Thượng khẩn',
    hoa_toc: 'Hỏa tốc',
  } as Record<Urgency, string>,
  secrecy: {
    none: 'Không mật',
    mat: 'Mật',
    toi_mat: 'Tối mật',
    tuyet_mat: 'Tuyệt mật',
  } as Record<Secrecy, string>,
  authority: {
    TM: 'TM. (thay mặt)',
    KT: 'KT. (ký thay)',
    TL: 'TL. (thừa lệnh)',
    TUQ: 'TUQ. (thừa ủy quyền)',
    Q: 'Q. (quyền)',
  } as Record<string, string>,
  correction: {
    recall: 'Thu hồi',
    cancel_number: 'Hủy số',
    erratum: 'Đính chính',
  } as Record<string, string>,
  fileKind: {
    signed_pdf: 'Bản PDF đã ký số',
    docx: 'Bản Word (DOCX)',
    scan: 'Bản quét',
    attachment: 'Tệp đính kèm',
  } as Record<string, string>,
  validity: {
    in_force: 'Còn hiệu lực',
    partly_expired: 'Hết hiệu lực một phần',
    expired: 'Hết hiệu lực',
    not_yet_in_force: 'Chưa có hiệu lực',
  } as Record<string, string>,
  link: {
    replaces: 'Thay thế',
    amends: 'Sửa đổi, bổ sung',
    corrects: 'Đính chính',
  } as Record<string, string>,
  linkFrom: {
    replaces: 'Bị thay thế bởi',
    amends: 'Được sửa đổi, bổ sung bởi',
    corrects: 'Được đính chính bởi',
  } as Record<string, string>,
  capacity: {
    body: 'Tập thể (UBND)',
    head: 'Chủ tịch UBND (thẩm quyền cá nhân)',
  } as Record<string, string>,
};

const en: typeof vi = {
  direction: {
    outgoing: 'Outgoing',
    incoming: 'Incoming',
    internal: 'Internal',
    external: 'Cited (not received)',
  },
  regime: {
    state_admin: 'Administrative',
    state_qppl: 'Legal normative (QPPL)',
    party: 'Party',
  },
  status: { active: 'Current', recalled: 'Recalled', cancelled: 'Number cancelled' },
  urgency: { normal: 'Normal', khan: 'Urgent', thuong_khan: 'Very urgent', hoa_toc: 'Immediate' },
  secrecy: {
    none: 'Not classified',
    mat: 'Confidential',
    toi_mat: 'Secret',
    tuyet_mat: 'Top secret',
  },
  authority: {
    TM: 'TM. (on behalf of)',
    KT: 'KT. (signing for)',
    TL: 'TL. (by order of)',
    TUQ: 'TUQ. (by delegation)',
    Q: 'Q. (acting)',
  },
  correction: { recall: 'Recall', cancel_number: 'Cancel the number', erratum: 'Erratum' },
  fileKind: {
    signed_pdf: 'Digitally signed PDF',
    docx: 'Word file (DOCX)',
    scan: 'Scan',
    attachment: 'Attachment',
  },
  validity: {
    in_force: 'In force',
    partly_expired: 'Partly expired',
    expired: 'Expired',
    not_yet_in_force: 'Not yet in force',
  },
  link: { replaces: 'Replaces', amends: 'Amends', corrects: 'Corrects' },
  linkFrom: { replaces: 'Replaced by', amends: 'Amended by', corrects: 'Corrected by' },
  capacity: { body: 'The committee (UBND)', head: 'The Chair in person' },
};

export const documentLabels: Texts<typeof vi> = { vi, en };
