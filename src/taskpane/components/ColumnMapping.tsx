import {
  Caption1,
  Dropdown,
  Field,
  makeStyles,
  Option,
  tokens,
  type PositioningProps,
} from '@fluentui/react-components';
import type { FieldId } from '../../core';
import type { ColumnChoice } from '../columns';
import { useI18n } from './i18nContext';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  hint: { color: tokens.colorNeutralForeground2 },
  dropdown: { minWidth: 0 },
});

const AUTO = 'auto';
/** Long lists of long headers: below the field, shrunk to fit and scrolled, never beside a 320 px pane. */
const LIST_POSITION: PositioningProps = {
  position: 'below',
  autoSize: 'height',
  fallbackPositions: ['above'],
};

export interface ColumnMappingProps {
  fields: FieldId[];
  /** Field -> column letter the engine used (detected or chosen). */
  mapped: Record<string, string>;
  /** Field -> column letter the officer chose. */
  overrides: Record<string, string>;
  choices: ColumnChoice[];
  disabled: boolean;
  /** `letter` null goes back to detection. */
  onChange: (field: FieldId, letter: string | null) => void;
}

/** One dropdown per figure: which column of the sheet holds it. */
export function ColumnMapping({
  fields,
  mapped,
  overrides,
  choices,
  disabled,
  onChange,
}: ColumnMappingProps) {
  const styles = useStyles();
  const { t } = useI18n();
  const label = (letter: string | undefined) => {
    const choice = choices.find((c) => c.letter === letter);
    return choice ? t.sheets.columnOption(choice.letter, choice.header) : t.sheets.noColumn;
  };
  return (
    <div className={styles.root}>
      <Caption1 className={styles.hint}>{t.sheets.columnsHint}</Caption1>
      {fields.map((field) => (
        <Field key={field} label={t.fields[field]} size="small">
          <Dropdown
            className={styles.dropdown}
            size="small"
            positioning={LIST_POSITION}
            disabled={disabled}
            value={label(mapped[field])}
            selectedOptions={[overrides[field] ?? AUTO]}
            onOptionSelect={(_, data) =>
              onChange(field, data.optionValue === AUTO ? null : (data.optionValue ?? null))
            }
          >
            <Option value={AUTO} text={t.sheets.auto(null)}>
              {t.sheets.auto(overrides[field] ? null : label(mapped[field]))}
            </Option>
            {choices.map((c) => (
              <Option key={c.letter} value={c.letter}>
                {t.sheets.columnOption(c.letter, c.header)}
              </Option>
            ))}
          </Dropdown>
        </Field>
      ))}
    </div>
  );
}
