/** Addresses of the disbursement pages. */
export const DASHBOARD_PATH = '/chi-tieu-dau-tu/giai-ngan';
export const IMPORT_PATH = '/chi-tieu-dau-tu/giai-ngan/nhap-excel';
