import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Popconfirm, theme } from 'antd';
import type { ReactNode } from 'react';
import { handleApiError } from '../../../../api/handle-api-error';
import { saText } from '../../social-assistance.i18n';
import type { THouseholdDetail } from '../../social-assistance.types';

/** Props of the tabs of a household's register (income, property, obligors): add above, remove per row. */
export type RegistryTabProps = {
  household: THouseholdDetail;
  names: ReadonlyMap<number, string>;
  canEdit: boolean;
  onAdd: () => void;
  onRemoved: () => void;
};

/** The small 添加 button above a household register table. */
export const AddButton = ({ onClick, children }: { onClick: () => void; children: ReactNode }) => {
  const { token } = theme.useToken();
  return (
    <Button size="small" icon={<PlusOutlined />} onClick={onClick} style={{ marginBottom: token.marginXS }}>
      {children}
    </Button>
  );
};

/** 删除 with a confirmation; reports success and reloads the household. */
export const RemoveButton = ({ action, onRemoved }: { action: () => Promise<unknown>; onRemoved: () => void }) => {
  const { message } = App.useApp();
  const remove = async () => {
    try {
      await action();
      void message.success(saText.common.removed);
      onRemoved();
    } catch (e) {
      handleApiError(e);
    }
  };
  return (
    <Popconfirm title={saText.common.removeConfirm} onConfirm={() => remove()}>
      <Button size="small" type="link" danger>
        {saText.common.remove}
      </Button>
    </Popconfirm>
  );
};

/** Member id → name, over current and former members (income, property and obligor rows name them). */
export const memberNames = (household: {
  members: readonly { id: number; name: string }[];
  formerMembers: readonly { id: number; name: string }[];
}): ReadonlyMap<number, string> => new Map([...household.members, ...household.formerMembers].map((x) => [x.id, x.name]));
