import type { FeedbackChannel } from './tables';

/** The label of each channel feedback arrives by. */
export const FEEDBACK_CHANNEL_LABELS: Record<FeedbackChannel, string> = {
  quick_response_team: 'Tổ phản ứng nhanh (đường dây nóng, nhóm Zalo)',
  dialogue: 'Hội nghị gặp gỡ, đối thoại',
  document: 'Văn bản của doanh nghiệp, hiệp hội',
  portal: 'Cổng thông tin điện tử',
  email: 'Thư điện tử',
  hotline: 'Đường dây nóng của tỉnh',
};
