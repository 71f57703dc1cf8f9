/** The GraphQL the peer is asked: the list of GET /v1/claims?country=…&metric=…&limit=50, as PostGraphile 4 names it. */
export const PEER_LIST_QUERY = `query List($country: String!, $metric: String!, $first: Int!) {
  allClaims(condition: {country: $country, metric: $metric}, first: $first, orderBy: ID_ASC) {
    pageInfo { hasNextPage endCursor }
    nodes {
      id key metric country groupSlug location value valueLow valueHigh approximation valueText
      asOf asOfPrecision statedOn statedPrecision context rank status retractionReason credibility notes version createdAt updatedAt
      claimant: actorByClaimantId {
        id name kind
        roles: actorAffiliationsByPersonId(orderBy: POSITION_ASC) { nodes { role fromDate toDate organization: actorByOrganizationId { id name } } }
      }
      sources: claimSourcesByClaimId(orderBy: POSITION_ASC) {
        nodes {
          quote prefix suffix startOffset endOffset
          document: documentByDocumentId { id title url publishedOn publishedPrecision publisher: actorByPublisherId { id name } }
        }
      }
      outgoing: claimRelationsByClaimId(orderBy: ID_ASC) { nodes { type relatedClaimId assertedBy: actorByAssertedBy { id name } } }
      incoming: claimRelationsByRelatedClaimId(orderBy: ID_ASC) { nodes { type claimId assertedBy: actorByAssertedBy { id name } } }
    }
  }
}`;
