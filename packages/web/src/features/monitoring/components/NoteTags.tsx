import { InfoCircleOutlined } from '@ant-design/icons';
import { Flex, Tag, Tooltip } from 'antd';
import { noteTag, visibleNotes, type NoteTag } from '../monitoring-format';
import type { SourceNote } from '../monitoring.api';

/** Source oddities kept visible next to a value: 「原文为“约束”」 with the explanation as a tooltip. */
export const NoteTags = ({ notes }: { notes: readonly SourceNote[] }) => {
  const tags: NoteTag[] = visibleNotes(notes).map(noteTag);
  if (tags.length === 0) return null;
  return (
    <Flex wrap gap={4} style={{ marginTop: 2 }}>
      {tags.map((n, index) => (
        <Tooltip key={`${n.kind}-${index}`} title={n.tooltip}>
          <Tag color="gold" variant="outlined" icon={<InfoCircleOutlined />} style={{ marginInlineEnd: 0, cursor: 'help', fontSize: 12 }}>
            {n.text}
          </Tag>
        </Tooltip>
      ))}
    </Flex>
  );
};
