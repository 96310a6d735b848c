/** Every corpus layout, in the order of the report table. */
import type { RealLayout } from './layout';
import * as binhPhuocDatDai from './layouts/binh-phuoc-dat-dai';
import * as huyenLeThuy2024 from './layouts/huyen-le-thuy-2024';
import * as ninhKieuLinhVuc from './layouts/ninh-kieu-linh-vuc';
import * as ninhKieuLoaiHoSo from './layouts/ninh-kieu-loai-ho-so';
import * as ninhKieuTongHop from './layouts/ninh-kieu-tong-hop';
import * as opencps from './layouts/opencps';
import * as thanhHoa07a from './layouts/thanh-hoa-07a-linh-vuc';
import * as thanhHoa766TienDo from './layouts/thanh-hoa-766-tien-do';
import * as thanhHoa766TongHop from './layouts/thanh-hoa-766-tong-hop';
import * as thanhHoaDanhSach from './layouts/thanh-hoa-danh-sach-ho-so';
import * as thanhHoaDonViAntd from './layouts/thanh-hoa-don-vi-antd';
import * as thanhHoaSoHoa from './layouts/thanh-hoa-so-hoa';
import * as thanhHoaTienDoTamDung from './layouts/thanh-hoa-tien-do-tam-dung';
import * as thanhHoaTtttCongDvc from './layouts/thanh-hoa-tttt-cong-dvc';
import * as thanhHoaTtttPhi from './layouts/thanh-hoa-tttt-phi';
import * as tinhAnGiang2026 from './layouts/tinh-an-giang-2026';
import * as tinhAnGiang2026SoHoa from './layouts/tinh-an-giang-2026-so-hoa-tttt';
import * as tinhDongThap2026 from './layouts/tinh-dong-thap-2026-124-don-vi';
import * as tinhQuangTri2026 from './layouts/tinh-quang-tri-2026-ky-truoc';
import * as xaHoaBinh2026 from './layouts/xa-hoa-binh-2026-linh-vuc';

export const LAYOUTS: (() => RealLayout)[] = [
  thanhHoaDonViAntd.layout,
  thanhHoa07a.layout,
  thanhHoa766TienDo.layout,
  thanhHoa766TongHop.layout,
  thanhHoaSoHoa.layout,
  thanhHoaTtttCongDvc.layout,
  thanhHoaTtttPhi.layout,
  thanhHoaTienDoTamDung.layout,
  thanhHoaDanhSach.layout,
  opencps.communes,
  opencps.fields,
  binhPhuocDatDai.layout,
  ninhKieuLoaiHoSo.layout,
  ninhKieuLinhVuc.layout,
  ninhKieuTongHop.layout,
  tinhAnGiang2026.layout,
  xaHoaBinh2026.layout,
  tinhAnGiang2026SoHoa.layout,
  tinhQuangTri2026.layout,
  tinhDongThap2026.layout,
  huyenLeThuy2024.layout,
];
