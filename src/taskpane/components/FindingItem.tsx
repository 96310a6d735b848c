import {
  Caption1Strong,
  createFocusOutlineStyle,
  makeStyles,
  mergeClasses,
  tokens,
} from '@fluentui/react-components';
import { ErrorCircleFilled, InfoFilled, WarningFilled } from '@fluentui/react-icons';
import type { Finding, Severity } from '../../core';
import { Heading } from './Heading';
import { useI18n } from './i18nContext';

const useStyles = makeStyles({
  heading: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalXS,
    margin: `${tokens.spacingVerticalXS} 0`,
  },
  error: { color: tokens.colorPaletteRedForeground1 },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
  info: { color: tokens.colorPaletteBlueForeground2 },
  item: {
    display: 'flex',
    flexDirection: 'column',
    width: '100%',
    textAlign: 'left',
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    border: 'none',
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: 'transparent',
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    overflowWrap: 'anywhere',
  },
  clickable: {
    cursor: 'pointer',
    ':hover': {
      backgroundColor: tokens.colorNeutralBackground1Hover,
      borderLeftColor: tokens.colorBrandStroke1,
    },
    ...createFocusOutlineStyle(),
  },
});

const ICONS = { error: ErrorCircleFilled, warning: WarningFilled, info: InfoFilled } as const;

export function SeverityHeading({ severity, count }: { severity: Severity; count: number }) {
  const styles = useStyles();
  const { t } = useI18n();
  const Icon = ICONS[severity];
  return (
    <Heading level={3} size={200} className={styles.heading}>
      <Icon className={styles[severity]} aria-hidden />
      {t.severities[severity]} ({count})
    </Heading>
  );
}

/** A finding; a button that selects the faulty cell when there is one and the host can select it. */
export function FindingItem({ finding, onSelect }: { finding: Finding; onSelect?: () => void }) {
  const styles = useStyles();
  const { t } = useI18n();
  const content = (
    <>
      <Caption1Strong>{t.check.where(finding.row, finding.column)}</Caption1Strong>
      <span>{finding.message}</span>
    </>
  );
  if (finding.row === null || !onSelect) return <div className={styles.item}>{content}</div>;
  return (
    <button type="button" className={mergeClasses(styles.item, styles.clickable)} onClick={onSelect}>
      {content}
    </button>
  );
}
