#!/usr/bin/python3
"""
Builds test/package/corpus: workbooks holding what officers' workbooks hold, each around the same
statistics sheet (so the summary shades cells on it). openpyxl writes charts, chart sheets, images,
notes, validation, conditional formats, tables, defined names, protection, page breaks, links to
other sheets; the parts openpyxl cannot write (pivot table, VBA project, threaded comments, external
link) are added as Excel writes them. Run: python3 test/package/make-corpus.py (Debian python3-openpyxl: /usr/bin/python3).
"""
import io
import os
import re
import zipfile

from openpyxl import Workbook, load_workbook
from openpyxl.chart import BarChart, LineChart, Reference
from openpyxl.comments import Comment
from openpyxl.drawing.image import Image
from openpyxl.formatting.rule import CellIsRule, ColorScaleRule
from openpyxl.workbook.defined_name import DefinedName
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.pagebreak import Break
from openpyxl.worksheet.table import Table, TableStyleInfo

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "corpus")
FIXTURE = os.path.join(HERE, "..", "fixtures", "so-hoa-quy-hop-2024-10.xlsx")
SHEET = "So hoa - TTTT"


def base():
    wb = load_workbook(FIXTURE)
    wb.properties.creator = "make-corpus"
    return wb, wb[SHEET]


def save(wb, name):
    wb.save(os.path.join(OUT, name))


def rezip(name, edit):
    """Rewrites a saved package through edit(parts: dict[str, bytes])."""
    path = os.path.join(OUT, name)
    with zipfile.ZipFile(path) as z:
        parts = {i.filename: z.read(i.filename) for i in z.infolist()}
    edit(parts)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for k, v in parts.items():
            z.writestr(k, v)


def add_override(parts, part, ctype):
    ct = parts["[Content_Types].xml"].decode()
    ct = ct.replace("</Types>", f'<Override PartName="/{part}" ContentType="{ctype}"/></Types>')
    parts["[Content_Types].xml"] = ct.encode()


def add_rel(parts, rels_part, rid, rtype, target, external=False):
    xml = parts.get(rels_part, b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>').decode()
    mode = ' TargetMode="External"' if external else ""
    xml = xml.replace("</Relationships>", f'<Relationship Id="{rid}" Type="{rtype}" Target="{target}"{mode}/></Relationships>')
    parts[rels_part] = xml.encode()


R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def charts():
    wb, ws = base()
    data = wb.create_sheet("Biểu đồ dữ liệu")
    for i, (n, v) in enumerate([("Xã A", 0.5), ("Xã B", 0.8), ("Xã C", 0.95)], start=1):
        data.cell(i, 1, n)
        data.cell(i, 2, v)
    bar = BarChart()
    bar.add_data(Reference(data, min_col=2, min_row=1, max_row=3))
    bar.set_categories(Reference(data, min_col=1, min_row=1, max_row=3))
    data.add_chart(bar, "D2")
    line = LineChart()
    line.add_data(Reference(data, min_col=2, min_row=1, max_row=3))
    cs = wb.create_chartsheet("Biểu đồ")
    cs.add_chart(line)
    from PIL import Image as Picture

    png = io.BytesIO()
    Picture.new("RGB", (40, 20), (200, 30, 30)).save(png, "PNG")
    ws.add_image(Image(io.BytesIO(png.getvalue())), "P2")
    save(wb, "charts-chartsheet-image.xlsx")


def notes_links_validation():
    wb, ws = base()
    ws["P3"].comment = Comment("Số liệu đã đối chiếu với phần mềm một cửa", "Nguyễn Văn An")
    ws["P4"] = "Xem tổng hợp"
    ws["P4"].hyperlink = f"#'{SHEET}'!A1"
    other = wb.create_sheet("Danh mục")
    for i, v in enumerate(["Đạt", "Không đạt", "Chưa đánh giá"], start=1):
        other.cell(i, 1, v)
    dv = DataValidation(type="list", formula1="=Danh_muc_ket_qua", allow_blank=True)
    ws.add_data_validation(dv)
    dv.add("P8:P30")
    wb.defined_names.append(DefinedName("Danh_muc_ket_qua", attr_text="'Danh mục'!$A$1:$A$3"))
    ws.conditional_formatting.add("H8:H30", CellIsRule(operator="lessThan", formula=["0.5"], font=None))
    ws.conditional_formatting.add("K8:K30", ColorScaleRule(start_type="min", start_color="FFF8696B", end_type="max", end_color="FF63BE7B"))
    save(wb, "notes-links-validation-conditional.xlsx")


def names_protection_breaks():
    wb, ws = base()
    wb.defined_names.append(DefinedName("Nguong_dung_han", attr_text="0.98"))
    wb.defined_names.append(DefinedName("Ten_don_vi", attr_text='"UBND huyện Quỳ Hợp"'))
    wb.defined_names.append(DefinedName("Tong_tiep_nhan", attr_text=f"SUM('{SHEET}'!$C$8:$C$29)"))
    wb.defined_names.append(DefinedName("An_noi_bo", attr_text=f"'{SHEET}'!$A$1", hidden=True))
    wb.defined_names.append(DefinedName("Vung_cuc_bo", attr_text=f"'{SHEET}'!$B$8:$B$29", localSheetId=0))
    ws.print_area = "A1:M40"
    ws.print_title_rows = "5:7"
    ws.row_breaks.append(Break(id=20))
    ws.col_breaks.append(Break(id=6))
    ws.protection.sheet = True
    ws.protection.password = "cchc"
    from openpyxl.workbook.protection import WorkbookProtection

    wb.security = WorkbookProtection(lockStructure=True)
    save(wb, "names-protection-breaks.xlsx")


def tables():
    wb, ws = base()
    t = wb.create_sheet("Bảng theo dõi")
    t.append(["Đơn vị", "Tiếp nhận", "Đúng hạn"])
    for n in range(1, 11):
        t.append([f"Xã {n}", n * 10, n * 9])
    tab = Table(displayName="BangTheoDoi", ref="A1:C11")
    tab.tableStyleInfo = TableStyleInfo(name="TableStyleMedium9", showRowStripes=True)
    t.add_table(tab)
    ws.auto_filter.ref = "A7:M29"
    save(wb, "table-autofilter.xlsx")


def pivot_vba_threaded_external():
    """Parts openpyxl does not write, as Excel writes them."""
    wb, ws = base()
    src = wb.create_sheet("Nguồn pivot")
    src.append(["Lĩnh vực", "Số hồ sơ"])
    for n, v in [("Đất đai", 12), ("Hộ tịch", 30), ("Đất đai", 5)]:
        src.append([n, v])
    wb.create_sheet("Pivot")
    save(wb, "pivot-vba-threaded-external.xlsm")

    def edit(parts):
        names = {re.sub(r".*/", "", k): k for k in parts}
        wbx = parts["xl/workbook.xml"].decode()
        if f'xmlns:r="{R}"' not in wbx.split(">", 1)[0]:
            wbx = wbx.replace("<workbook ", f'<workbook xmlns:r="{R}" ', 1)
        sheets = re.findall(r'<sheet [^>]*name="([^"]+)"[^>]*r:id="([^"]+)"', wbx)
        rels = parts["xl/_rels/workbook.xml.rels"].decode()
        target = {i: t for i, t in re.findall(r'Id="([^"]+)"[^>]*Target="([^"]+)"', rels)}
        target.update({i: t for t, i in re.findall(r'Target="([^"]+)"[^>]*Id="([^"]+)"', rels)})
        part_of = {n: "xl/" + target[r].lstrip("/").replace("xl/", "") for n, r in sheets}
        pivot_sheet = part_of["Pivot"]
        # Pivot cache and table.
        parts["xl/pivotCache/pivotCacheDefinition1.xml"] = (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<pivotCacheDefinition xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
            f'xmlns:r="{R}" r:id="rId1" refreshOnLoad="1" recordCount="3">'
            '<cacheSource type="worksheet"><worksheetSource ref="A1:B4" sheet="Nguồn pivot"/></cacheSource>'
            '<cacheFields count="2"><cacheField name="Lĩnh vực" numFmtId="0"><sharedItems count="2"><s v="Đất đai"/><s v="Hộ tịch"/></sharedItems></cacheField>'
            '<cacheField name="Số hồ sơ" numFmtId="0"><sharedItems containsSemiMixedTypes="0" containsString="0" containsNumber="1" containsInteger="1" minValue="5" maxValue="30"/></cacheField></cacheFields>'
            "</pivotCacheDefinition>"
        ).encode()
        parts["xl/pivotCache/pivotCacheRecords1.xml"] = (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<pivotCacheRecords xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="3">'
            '<r><x v="0"/><n v="12"/></r><r><x v="1"/><n v="30"/></r><r><x v="0"/><n v="5"/></r></pivotCacheRecords>'
        ).encode()
        add_rel(parts, "xl/pivotCache/_rels/pivotCacheDefinition1.xml.rels", "rId1", f"{R}/pivotCacheRecords", "pivotCacheRecords1.xml")
        parts["xl/pivotTables/pivotTable1.xml"] = (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<pivotTableDefinition xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" name="PivotLinhVuc" cacheId="1" '
            'dataCaption="Giá trị" updatedVersion="6" createdVersion="6" indent="0" outline="1" outlineData="1">'
            '<location ref="A3:B6" firstHeaderRow="1" firstDataRow="1" firstDataCol="1"/>'
            '<pivotFields count="2"><pivotField axis="axisRow" showAll="0"><items count="3"><item x="0"/><item x="1"/><item t="default"/></items></pivotField>'
            '<pivotField dataField="1" showAll="0"/></pivotFields><rowFields count="1"><field x="0"/></rowFields>'
            '<rowItems count="3"><i><x/></i><i><x v="1"/></i><i t="grand"><x/></i></rowItems><colItems count="1"><i/></colItems>'
            '<dataFields count="1"><dataField name="Tổng Số hồ sơ" fld="1" baseField="0" baseItem="0"/></dataFields></pivotTableDefinition>'
        ).encode()
        add_rel(parts, "xl/pivotTables/_rels/pivotTable1.xml.rels", "rId1", f"{R}/pivotCacheDefinition", "../pivotCache/pivotCacheDefinition1.xml")
        sheet_rels = re.sub(r"([^/]+)$", r"_rels/\1.rels", pivot_sheet)
        add_rel(parts, sheet_rels, "rIdPivot1", f"{R}/pivotTable", "../pivotTables/pivotTable1.xml")
        add_rel(parts, "xl/_rels/workbook.xml.rels", "rIdCache1", f"{R}/pivotCacheDefinition", "pivotCache/pivotCacheDefinition1.xml")
        # External link.
        parts["xl/externalLinks/externalLink1.xml"] = (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            f'<externalLink xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="{R}">'
            '<externalBook r:id="rId1"><sheetNames><sheetName val="Tháng 3"/></sheetNames>'
            '<sheetDataSet><sheetData sheetId="0"><row r="1"><cell r="A1"><v>42</v></cell></row></sheetData></sheetDataSet></externalBook></externalLink>'
        ).encode()
        add_rel(parts, "xl/externalLinks/_rels/externalLink1.xml.rels", "rId1", f"{R}/externalLinkPath", "bao-cao-thang-3.xlsx", external=True)
        add_rel(parts, "xl/_rels/workbook.xml.rels", "rIdExt1", f"{R}/externalLink", "externalLinks/externalLink1.xml")
        wbx = wbx.replace("</sheets>", '</sheets><externalReferences><externalReference r:id="rIdExt1"/></externalReferences>', 1)
        wbx = re.sub(r"(<calcPr[^>]*/>)", r'\1<pivotCaches><pivotCache cacheId="1" r:id="rIdCache1"/></pivotCaches>', wbx, 1)
        if "<pivotCaches>" not in wbx:
            wbx = wbx.replace("</workbook>", '<pivotCaches><pivotCache cacheId="1" r:id="rIdCache1"/></pivotCaches></workbook>')
        parts["xl/workbook.xml"] = wbx.encode()
        # VBA project (an opaque binary part) and the macro-enabled workbook type.
        parts["xl/vbaProject.bin"] = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(range(256)) * 8
        add_rel(parts, "xl/_rels/workbook.xml.rels", "rIdVba1", "http://schemas.microsoft.com/office/2006/relationships/vbaProject", "vbaProject.bin")
        ct = parts["[Content_Types].xml"].decode()
        ct = ct.replace("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml", "application/vnd.ms-excel.sheet.macroEnabled.main+xml")
        ct = ct.replace("</Types>", '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/></Types>')
        parts["[Content_Types].xml"] = ct.encode()
        add_override(parts, "xl/pivotCache/pivotCacheDefinition1.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.pivotCacheDefinition+xml")
        add_override(parts, "xl/pivotCache/pivotCacheRecords1.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.pivotCacheRecords+xml")
        add_override(parts, "xl/pivotTables/pivotTable1.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.pivotTable+xml")
        add_override(parts, "xl/externalLinks/externalLink1.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.externalLink+xml")
        # Threaded comment on the statistics sheet, with its person list.
        main = part_of[SHEET]
        parts["xl/threadedComments/threadedComment1.xml"] = (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<ThreadedComments xmlns="http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments" xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
            '<threadedComment ref="P2" dT="2024-11-01T08:00:00.00" personId="{6B1D9C5E-0000-4000-8000-000000000001}" id="{6B1D9C5E-0000-4000-8000-0000000000A1}">'
            "<text>Chị kiểm tra lại số hồ sơ trễ hạn của xã Liên Hợp giúp em.</text></threadedComment></ThreadedComments>"
        ).encode()
        parts["xl/persons/person.xml"] = (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<personList xmlns="http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments" xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
            '<person displayName="Trần Thị Bình" id="{6B1D9C5E-0000-4000-8000-000000000001}" userId="binh@quyhop.gov.vn" providerId="None"/></personList>'
        ).encode()
        add_rel(parts, re.sub(r"([^/]+)$", r"_rels/\1.rels", main), "rIdTc1", "http://schemas.microsoft.com/office/2017/10/relationships/threadedComment", "../threadedComments/threadedComment1.xml")
        add_rel(parts, "xl/_rels/workbook.xml.rels", "rIdPerson1", "http://schemas.microsoft.com/office/2017/10/relationships/person", "persons/person.xml")
        add_override(parts, "xl/threadedComments/threadedComment1.xml", "application/vnd.ms-excel.threadedcomments+xml")
        add_override(parts, "xl/persons/person.xml", "application/vnd.ms-excel.person+xml")

    rezip("pivot-vba-threaded-external.xlsm", edit)


def absolute_targets_prefixed():
    """A package as some generators write it: absolute relationship targets."""
    wb, _ = base()
    save(wb, "absolute-targets.xlsx")

    def edit(parts):
        rels = parts["xl/_rels/workbook.xml.rels"].decode()
        parts["xl/_rels/workbook.xml.rels"] = re.sub(r'Target="(?!/)([^"]+)"', r'Target="/xl/\1"', rels).encode()

    rezip("absolute-targets.xlsx", edit)


if __name__ == "__main__":
    os.makedirs(OUT, exist_ok=True)
    charts()
    notes_links_validation()
    names_protection_breaks()
    tables()
    pivot_vba_threaded_external()
    absolute_targets_prefixed()
    for f in sorted(os.listdir(OUT)):
        print(f, os.path.getsize(os.path.join(OUT, f)))
