/** Every corpus layout, in the order of the report table. */
import type { RealLayout } from './layout';
import * as thanhHoaDonViAntd from './layouts/thanh-hoa-don-vi-antd';

export const LAYOUTS: (() => RealLayout)[] = [thanhHoaDonViAntd.layout];
