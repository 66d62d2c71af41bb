import { defineWords } from '../i18n/ui.ts';

export const dataWords = defineWords({
  vi: {
    'data.download': 'Tải dữ liệu của bảng',
    'data.missing': 'không có số liệu',
    'data.sample': 'Dữ liệu minh họa: các con số trong bảng này không phải số liệu thật, chỉ để minh họa cách cổng trình bày cho đến khi có số liệu chính thức.',
    'data.licence': 'Giấy phép',
    'data.source': 'Nguồn',
    'data.title': 'Dữ liệu mở',
    'data.lead': 'Mọi bảng trên cổng đều tải được dưới dạng CSV (mở bằng Excel) và JSON, kèm giải thích từng cột.',
    'data.columns': 'Các cột',
    'data.shownOn': 'Xem trên trang',
    'data.rows': 'dòng',
    'data.updated': 'Cập nhật',
    'data.embed': 'nhúng vào trang khác',
  },
  en: {
    'data.download': "Download this table's data",
    'data.missing': 'no data',
    'data.sample': 'Sample data: the figures in this table are not real; they only illustrate how the portal shows them until official figures are published.',
    'data.licence': 'Licence',
    'data.source': 'Source',
    'data.title': 'Open data',
    'data.lead': 'Every table on the portal can be downloaded as CSV (opens in Excel) and JSON, with an explanation of each column.',
    'data.columns': 'Columns',
    'data.shownOn': 'Shown on',
    'data.rows': 'rows',
    'data.updated': 'Updated',
    'data.embed': 'embed elsewhere',
  },
});
