import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  Caption1,
  Card,
  Dropdown,
  Field,
  makeStyles,
  Option,
  tokens,
} from '@fluentui/react-components';
import type { SheetKind, SheetReport } from '../../core';
import { SHEET_KINDS } from '../../core';
import { formatDay } from '../../core';
import { fieldsToMap, isUnsure, type ColumnChoice } from '../columns';
import type { Strings } from '../i18n';
import { ColumnMapping } from './ColumnMapping';
import { Heading } from './Heading';
import { useI18n } from './i18nContext';

const useStyles = makeStyles({
  card: { gap: tokens.spacingVerticalS },
  title: {
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalS,
  },
  facts: { color: tokens.colorNeutralForeground2 },
});

const AUTO = 'auto';

function periodText(sheet: SheetReport, t: Strings): string {
  const p = sheet.period;
  if (!p?.from || !p.to) return `${t.sheets.period}: ${t.sheets.noPeriod}`;
  return `${t.sheets.period}: ${formatDay(p.from)} – ${formatDay(p.to)}`;
}

function sizeText(sheet: SheetReport, t: Strings): string | null {
  if (sheet.leaders.length) return t.sheets.leaders(sheet.leaders.length);
  return sheet.units.length ? t.sheets.units(sheet.units.length) : null;
}

export interface SheetCardProps {
  sheet: SheetReport;
  columns: ColumnChoice[];
  /** The kind the officer chose, or null when detection decides. */
  kindOverride: SheetKind | null;
  /** Field -> column letter the officer chose for this sheet. */
  columnOverrides: Record<string, string>;
  disabled: boolean;
  onKind: (kind: SheetKind | null) => void;
  onColumn: (field: string, letter: string | null) => void;
}

export function SheetCard({
  sheet,
  columns,
  kindOverride,
  columnOverrides,
  disabled,
  onKind,
  onColumn,
}: SheetCardProps) {
  const styles = useStyles();
  const { t } = useI18n();
  const unsure = isUnsure(sheet);
  const fields = fieldsToMap(sheet);
  const autoLabel = t.sheets.auto(kindOverride ? null : t.kinds[sheet.kind]);
  const size = sizeText(sheet, t);
  return (
    <Card className={styles.card} size="small">
      <div className={styles.title}>
        <Heading level={2}>{sheet.sheet}</Heading>
        {unsure && (
          <Badge appearance="tint" color="warning">
            {t.sheets.unsure}
          </Badge>
        )}
      </div>
      <Field label={t.sheets.kind}>
        <Dropdown
          disabled={disabled}
          value={kindOverride ? t.kinds[kindOverride] : autoLabel}
          selectedOptions={[kindOverride ?? AUTO]}
          onOptionSelect={(_, data) =>
            onKind(data.optionValue === AUTO ? null : (data.optionValue as SheetKind))
          }
        >
          <Option value={AUTO}>{autoLabel}</Option>
          {SHEET_KINDS.map((kind) => (
            <Option key={kind} value={kind}>
              {t.kinds[kind]}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <Caption1 className={styles.facts}>
        {periodText(sheet, t)}
        {size && ` · ${size}`}
      </Caption1>
      {fields.length > 0 && (
        <Accordion collapsible defaultOpenItems={unsure ? ['columns'] : []}>
          <AccordionItem value="columns">
            <AccordionHeader size="small">{t.sheets.columns}</AccordionHeader>
            <AccordionPanel>
              <ColumnMapping
                fields={fields}
                mapped={sheet.columns ?? {}}
                overrides={columnOverrides}
                choices={columns}
                disabled={disabled}
                onChange={onColumn}
              />
            </AccordionPanel>
          </AccordionItem>
        </Accordion>
      )}
    </Card>
  );
}
