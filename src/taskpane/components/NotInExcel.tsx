import { Body1, makeStyles, tokens } from '@fluentui/react-components';
import { useI18n } from './i18nContext';

const useStyles = makeStyles({ root: { display: 'block', padding: tokens.spacingHorizontalL } });

/** taskpane.html opened outside Excel (e.g. typed into a browser). */
export function NotInExcel() {
  const styles = useStyles();
  const { t } = useI18n();
  return <Body1 className={styles.root}>{t.notInExcel}</Body1>;
}
