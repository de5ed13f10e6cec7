/// A ranking of items (themes), best first. Items a voter did not rank are absent.
public struct Ranking: Sendable, Equatable {
    public var order: [String]

    public init(_ order: [String]) { self.order = order }
}
