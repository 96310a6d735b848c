import {
  Body1,
  Button,
  Caption1,
  Dropdown,
  Field,
  makeStyles,
  Option,
  tokens,
} from '@fluentui/react-components';
import { DismissRegular, DocumentArrowLeftRegular } from '@fluentui/react-icons';
import { useRef } from 'react';
import type { PeriodMatch } from '../../core';
import type { Comparison, AppState } from '../state';
import type { Workflow } from '../workflow';
import { Heading } from './Heading';
import { useI18n } from './i18nContext';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  intro: { color: tokens.colorNeutralForeground2 },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  input: { display: 'none' },
});

/** The units to pair by hand in one sheet: the unmatched ones and those the officer already paired. */
function pairRows(match: PeriodMatch, comparison: Comparison): { unit: string; paired: string | null }[] {
  const paired = Object.keys(comparison.pairs).filter((u) => !match.unmatched.includes(u));
  return [
    ...match.unmatched.map((unit) => ({ unit, paired: null })),
    ...paired.map((unit) => ({ unit, paired: comparison.pairs[unit] })),
  ];
}

/** "So sánh với kỳ trước": last month's file, how its units matched, and pairing the rest by hand. */
export function ComparePanel({
  state,
  workflow,
  busy,
}: {
  state: AppState;
  workflow: Workflow;
  busy: boolean;
}) {
  const styles = useStyles();
  const { t } = useI18n();
  const input = useRef<HTMLInputElement>(null);
  const { comparison, settings, report } = state;
  const sizeOf = (sheet: string) => report?.sheets.find((s) => s.sheet === sheet)?.units.length ?? 0;
  return (
    <section className={styles.root} aria-labelledby="compare-title">
      <Heading level={2} size={400}>
        <span id="compare-title">{t.compare.title}</span>
      </Heading>
      <Body1 className={styles.intro}>{t.compare.intro}</Body1>
      <div className={styles.actions}>
        <Button
          icon={<DocumentArrowLeftRegular />}
          disabled={busy || !report}
          onClick={() => input.current?.click()}
        >
          {t.compare.choose}
        </Button>
        {comparison && (
          <Button
            appearance="subtle"
            icon={<DismissRegular />}
            disabled={busy}
            onClick={() => void workflow.stopComparing(settings)}
          >
            {t.compare.stop}
          </Button>
        )}
      </div>
      <input
        ref={input}
        className={styles.input}
        type="file"
        aria-label={t.compare.choose}
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) void workflow.comparePrevious(settings, file);
        }}
      />
      {comparison && (
        <>
          <Body1>
            {comparison.inWorkbook
              ? t.compare.againstSheet(comparison.source)
              : t.compare.against(comparison.source)}
          </Body1>
          {comparison.matches.map((m) => {
            const rows = pairRows(m, comparison);
            return (
              <div key={m.sheet} className={styles.root}>
                <Body1>{t.compare.matched(m.sheet, m.previousSheet, m.matched, sizeOf(m.sheet))}</Body1>
                {rows.length > 0 && <Caption1>{t.compare.unmatched}</Caption1>}
                {rows.map(({ unit, paired }) => (
                  <Field key={unit} label={unit}>
                    <Dropdown
                      aria-label={t.compare.pairWith(unit)}
                      disabled={busy}
                      value={paired ?? t.compare.noPair}
                      selectedOptions={[paired ?? '']}
                      onOptionSelect={(_, data) =>
                        void workflow.pairUnit(settings, unit, data.optionValue || null)
                      }
                    >
                      <Option value="">{t.compare.noPair}</Option>
                      {[...(paired ? [paired] : []), ...m.unmatchedPrevious].map((name) => (
                        <Option key={name} value={name}>
                          {name}
                        </Option>
                      ))}
                    </Dropdown>
                  </Field>
                ))}
              </div>
            );
          })}
        </>
      )}
    </section>
  );
}
