import { graphql } from '../generated/gql.ts';

export const viewerQuery = graphql(`
  query Viewer {
    viewer {
      subject
      roles
      council {
        id
        laCode
        name
        region
      }
    }
  }
`);
