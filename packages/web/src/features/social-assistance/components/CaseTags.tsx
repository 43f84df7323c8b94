import { Tag } from 'antd';
import { clockLabel, clockTone, type ClockStatus } from '../deadline-status';
import { programmeShortLabel, statusLabel, statusTone } from '../workflow-progress';

/** Case status (已受理, 公示中 …) as a coloured tag. */
export const StatusTag = ({ status }: { status: string }) => (
  <Tag color={statusTone(status)} style={{ marginInlineEnd: 0 }}>
    {statusLabel(status)}
  </Tag>
);

/** 低保 / 特困 / 临时救助 … */
export const ProgrammeTag = ({ programme }: { programme: string }) => (
  <Tag color="blue" variant="outlined" style={{ marginInlineEnd: 0 }}>
    {programmeShortLabel(programme)}
  </Tag>
);

/** A statutory clock: overdue red, due soon orange (antd status colours from the theme). */
export const ClockTag = ({ status, text }: { status: ClockStatus; text?: string }) => (
  <Tag color={clockTone(status)} data-clock={status} style={{ marginInlineEnd: 0 }}>
    {text ?? clockLabel(status)}
  </Tag>
);
