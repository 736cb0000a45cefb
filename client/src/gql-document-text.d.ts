// Texts of generated documents, printed at build time by build/graphql-documents.ts.
declare module '*/gql/graphql?document-text=MeDocument' {
  const text: string;
  export default text;
}
declare module '*/gql/graphql?document-text=LoginDocument' {
  const text: string;
  export default text;
}
