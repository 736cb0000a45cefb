import { graphql } from '../../gql';

/** Kecamatan for the admin's choice of template. */
export const ImportKecamatansDocument = graphql(`
  query ImportKecamatans {
    kecamatans {
      code
      name
    }
  }
`);
