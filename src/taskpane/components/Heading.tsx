import { makeStyles, mergeClasses, Text, type TextProps } from '@fluentui/react-components';
import type { ReactNode } from 'react';

const useStyles = makeStyles({ root: { margin: 0, overflowWrap: 'anywhere' } });

/** A section heading: a block of semibold text without the browser's heading margins. */
export function Heading({
  level,
  size,
  className,
  children,
}: {
  level: 1 | 2 | 3;
  size?: TextProps['size'];
  className?: string;
  children: ReactNode;
}) {
  const styles = useStyles();
  return (
    <Text
      as={`h${level}`}
      block
      weight="semibold"
      size={size}
      className={mergeClasses(styles.root, className)}
    >
      {children}
    </Text>
  );
}
