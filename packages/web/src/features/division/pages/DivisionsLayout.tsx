import { Card, Col, Row, theme } from 'antd';
import { useCallback, useMemo, useState } from 'react';
import { Outlet, useNavigate, useParams } from 'react-router';
import { zhCN } from '../../../i18n/zh-CN';
import { DivisionTree } from '../components/DivisionTree';
import { useDivisionScope } from '../hooks/useDivisionScope';

export type DivisionsOutletContext = { refreshTree: () => void; revealInTree: (ancestorIds: number[]) => void };

/** Tree on the left (stays while browsing), list or detail on the right. */
export const DivisionsLayout = () => {
  const { token } = theme.useToken();
  const navigate = useNavigate();
  const { href } = useDivisionScope();
  const params = useParams();
  const selectedId = params['id'] ? Number(params['id']) : null;
  const [treeVersion, setTreeVersion] = useState(0);
  const [revealPath, setRevealPath] = useState<number[]>([]);
  const refreshTree = useCallback(() => setTreeVersion((v) => v + 1), []);
  const revealInTree = useCallback(
    (ids: number[]) => setRevealPath((current) => (current.join(',') === ids.join(',') ? current : ids)),
    [],
  );
  const context = useMemo<DivisionsOutletContext>(() => ({ refreshTree, revealInTree }), [refreshTree, revealInTree]);

  return (
    <Row gutter={token.margin} wrap={false}>
      <Col flex="280px" style={{ minWidth: 0 }}>
        <Card
          title={zhCN.division.treeTitle}
          size="small"
          styles={{ body: { padding: token.paddingXS } }}
          style={{ position: 'sticky', top: 72 }}
        >
          <DivisionTree
            key={treeVersion}
            version={treeVersion}
            revealPath={revealPath}
            selectedId={Number.isFinite(selectedId) ? selectedId : null}
            onSelect={(division) => void navigate(href(`/divisions/${division.id}`))}
            height={620}
          />
        </Card>
      </Col>
      <Col flex="auto" style={{ minWidth: 0 }}>
        <Outlet context={context} />
      </Col>
    </Row>
  );
};
