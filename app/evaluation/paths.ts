/** Addresses of the scorecard pages. */
export const RUNS_PATH = '/chi-tieu-dau-tu/danh-gia';
export const runPath = (id: number) => `${RUNS_PATH}/${id}`;
