import { useQuery } from '@apollo/client/react';
import { TurnaroundDocument } from './turnaround.documents';
import { TurnaroundTable } from './TurnaroundTable';
import { TurnaroundTiles } from './TurnaroundTiles';

/**
 * The turnaround of a year (or of one kecamatan): tiles, and with `hrefOf` the per-kecamatan table.
 * Its query is live: pages list TurnaroundDocument among the documents their live events refetch.
 */
export function TurnaroundSection({
  year,
  kecamatanCode = null,
  title,
  hrefOf,
}: {
  year: number;
  kecamatanCode?: string | null;
  title: string;
  hrefOf?: (code: string) => string;
}) {
  const { data } = useQuery(TurnaroundDocument, {
    variables: { year, kecamatanCode },
    fetchPolicy: 'cache-and-network',
  });
  if (!data) return null;
  return (
    <>
      <TurnaroundTiles group={data.turnaround.overall} title={title} />
      {hrefOf && <TurnaroundTable groups={data.turnaround.byKecamatan} hrefOf={hrefOf} />}
    </>
  );
}
