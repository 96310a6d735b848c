import {
  Body1,
  Button,
  Caption1,
  makeStyles,
  mergeClasses,
  shorthands,
  tokens,
} from '@fluentui/react-components';
import { FolderOpenRegular } from '@fluentui/react-icons';
import { useRef, useState, type DragEvent } from 'react';
import { useI18n } from '../taskpane/components/i18nContext';

const useStyles = makeStyles({
  zone: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'center',
    gap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalXXL} ${tokens.spacingHorizontalL}`,
    border: `${tokens.strokeWidthThick} dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusLarge,
    textAlign: 'center',
  },
  over: {
    ...shorthands.borderColor(tokens.colorBrandStroke1),
    backgroundColor: tokens.colorBrandBackground2,
  },
  muted: { color: tokens.colorNeutralForeground2 },
  input: { display: 'none' },
});

/** A button and a drop zone for one .xlsx file. */
export function FilePicker({ disabled, onFile }: { disabled: boolean; onFile: (file: File) => void }) {
  const styles = useStyles();
  const { t } = useI18n();
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  const drop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    const file = e.dataTransfer.files[0];
    if (file && !disabled) onFile(file);
  };
  return (
    <div
      className={mergeClasses(styles.zone, over && styles.over)}
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={drop}
    >
      <Button
        appearance="primary"
        size="large"
        icon={<FolderOpenRegular />}
        disabled={disabled}
        onClick={() => input.current?.click()}
      >
        {t.web.choose}
      </Button>
      <Body1 className={styles.muted}>{t.web.drop}</Body1>
      <Caption1 className={styles.muted}>{t.web.offline}</Caption1>
      <input
        ref={input}
        className={styles.input}
        type="file"
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) onFile(file);
        }}
      />
    </div>
  );
}
