import { makeStyles, tokens } from '@fluentui/react-components';
import { BELOW_FILL } from '../../core';
import { ROW_HEIGHT } from './windowing';

/** The sheet grid's look, shared by the grid and its rows. */
export const useGridStyles = makeStyles({
  scroller: {
    position: 'relative',
    overflow: 'auto',
    height: '100%',
    minHeight: '240px',
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase200,
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  content: { position: 'relative' },
  headRow: {
    position: 'sticky',
    top: 0,
    zIndex: 3,
    height: `${ROW_HEIGHT}px`,
    backgroundColor: tokens.colorNeutralBackground3,
  },
  row: { position: 'absolute', left: 0, height: `${ROW_HEIGHT}px` },
  cell: {
    position: 'absolute',
    top: 0,
    boxSizing: 'border-box',
    height: `${ROW_HEIGHT}px`,
    lineHeight: `${ROW_HEIGHT - 1}px`,
    padding: '0 4px',
    whiteSpace: 'nowrap',
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    borderRight: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  number: { textAlign: 'right' },
  merged: {
    zIndex: 1,
    whiteSpace: 'normal',
    lineHeight: tokens.lineHeightBase200,
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'center',
    textAlign: 'center',
  },
  // The same fill the file and Excel get for a unit below target.
  below: { backgroundColor: `#${BELOW_FILL}` },
  target: {
    zIndex: 2,
    outline: `${tokens.strokeWidthThicker} solid ${tokens.colorBrandStroke1}`,
    outlineOffset: '-3px',
  },
  active: {
    outline: `${tokens.strokeWidthThick} dashed ${tokens.colorNeutralForeground2}`,
    outlineOffset: '-2px',
  },
  header: {
    position: 'absolute',
    top: 0,
    boxSizing: 'border-box',
    height: `${ROW_HEIGHT}px`,
    lineHeight: `${ROW_HEIGHT - 1}px`,
    textAlign: 'center',
    color: tokens.colorNeutralForeground2,
    backgroundColor: tokens.colorNeutralBackground3,
    borderRight: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
  },
  rowHeader: { position: 'sticky', left: 0, zIndex: 2 },
  corner: { position: 'sticky', left: 0, zIndex: 4 },
  headerOfTarget: { color: tokens.colorBrandForeground1, fontWeight: tokens.fontWeightBold },
});
