/** Every corpus layout, in the order of the report table. */
import type { RealLayout } from './layout';
import * as binhPhuocDatDai from './layouts/binh-phuoc-dat-dai';
import * as ninhKieuLinhVuc from './layouts/ninh-kieu-linh-vuc';
import * as ninhKieuLoaiHoSo from './layouts/ninh-kieu-loai-ho-so';
import * as opencps from './layouts/opencps';
import * as thanhHoa07a from './layouts/thanh-hoa-07a-linh-vuc';
import * as thanhHoa766TienDo from './layouts/thanh-hoa-766-tien-do';
import * as thanhHoa766TongHop from './layouts/thanh-hoa-766-tong-hop';
import * as thanhHoaDonViAntd from './layouts/thanh-hoa-don-vi-antd';
import * as thanhHoaSoHoa from './layouts/thanh-hoa-so-hoa';
import * as thanhHoaTtttCongDvc from './layouts/thanh-hoa-tttt-cong-dvc';
import * as thanhHoaTtttPhi from './layouts/thanh-hoa-tttt-phi';

export const LAYOUTS: (() => RealLayout)[] = [
  thanhHoaDonViAntd.layout,
  thanhHoa07a.layout,
  thanhHoa766TienDo.layout,
  thanhHoa766TongHop.layout,
  thanhHoaSoHoa.layout,
  thanhHoaTtttCongDvc.layout,
  thanhHoaTtttPhi.layout,
  opencps.communes,
  opencps.fields,
  binhPhuocDatDai.layout,
  ninhKieuLoaiHoSo.layout,
  ninhKieuLinhVuc.layout,
];
